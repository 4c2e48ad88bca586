package org.lantu.plan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu check}: parse, link and validate plans; print one line per diagnostic. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Parses, links and checks plan files and prints every diagnostic as",
				"  path:line:col: severity: [check-id] message", "followed by a summary line." },
		footer = { "", "Examples:", "  lantu check examples/", "  lantu check --format json my.plan",
				"Exit codes: 0 no errors, 1 errors found, 2 usage problem or internal failure." })
public class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "plan files, or directories searched for *.plan")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: an array of {file, line, column, endLine, endColumn, severity, check, message, element}")
	Format format = Format.text;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		CheckReport report = PlanChecker.create().check(paths);
		var out = spec.commandLine().getOut();
		if (format == Format.json) {
			out.println(Json.diagnostics(report.diagnostics()));
		} else {
			for (PlanDiagnostic d : report.diagnostics()) {
				out.println(d.format());
			}
			out.println(summary(report));
		}
		return report.hasErrors() ? 1 : 0;
	}

	static String summary(CheckReport report) {
		long e = report.count(PlanDiagnostic.Severity.ERROR);
		long w = report.count(PlanDiagnostic.Severity.WARNING);
		long i = report.count(PlanDiagnostic.Severity.INFO);
		int n = report.files().size();
		return n + (n == 1 ? " plan" : " plans") + " checked: " + e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning" : " warnings")
				+ (i > 0 ? ", " + i + " info" : "");
	}
}
