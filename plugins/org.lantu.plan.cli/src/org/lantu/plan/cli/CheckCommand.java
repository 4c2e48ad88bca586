package org.lantu.plan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.render.SarifWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu check}: parse, link and validate plans; print one line per diagnostic. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks plan files and prints every finding.", "Each finding is printed as",
				"  path:line:col: severity: [check-id] message", "followed by a summary line." },
		footer = { "", "Examples:", "  lantu check examples/", "  lantu check --format json my.plan",
				"  lantu check --format sarif plans/ > lantu.sarif   (for GitHub or GitLab code scanning)", "  lantu check --only sum,growth --strict my.plan",
				"  lantu check --coverage examples/   (how many of each plan's numbers were cross-checked)",
				"  lantu explain space.parts      (what a check does and how to fix its findings)",
				"Exit codes: 0 no errors, 1 errors found, 2 usage problem or internal failure." })
public class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths", description = "plan files, or directories searched for *.plan")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", description = { "text (default); json: an array of {file, line, column, endLine, endColumn, severity, check, message, element, data};",
			"sarif: a SARIF 2.1.0 log for code scanning (GitHub, GitLab), paths relative to the current folder" })
	Format format = Format.text;

	@Option(names = "--strict", description = "read 超过/突破/低于 as excluding the bound (> rather than ≥), and count every warning as an error")
	boolean strict;

	@Option(names = "--tolerance", paramLabel = "PERCENT", description = "tolerance of 约/左右/近 (default 5%%); a plan's own `tolerance` line takes precedence")
	String tolerance;

	@Option(names = "--only", paramLabel = "ID", split = ",", description = "report only these checks or families (e.g. sum, growth.mismatch); repeatable")
	List<String> only = new ArrayList<>();

	@Option(names = "--disable", paramLabel = "ID", split = ",", description = "do not report these checks or families; repeatable")
	List<String> disable = new ArrayList<>();

	@Option(names = "--coverage", description = "also report, per plan, how many of its numbers the checks compared with another (cross-checked), "
			+ "how many are stated once, and which a relation names but could not check, and why; with --format json, the output becomes "
			+ "{\"diagnostics\": [...], \"coverage\": [...]} listing every number")
	boolean coverage;

	@CommandLine.Mixin
	ReadOptions read;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		CheckFilter filter = new CheckFilter(only, disable);
		if (!filter.unknown().isEmpty()) {
			throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(read.lang, "cli.usage.no-such-check", String.join(", ", filter.unknown())));
		}
		var options = read.applyTo(new PlanChecker.Options(strict, tolerance == null ? PlanChecker.Options.DEFAULT.tolerance() : parseTolerance(tolerance))).withCoverage(coverage);
		PlanChecker.Progress progress = TerminalProgress.forStandardError();
		CheckReport report;
		try {
			report = PlanChecker.create().checkAndKeep(paths, filter, options, progress).report();
		} finally {
			TerminalProgress.finish(progress);
		}
		var out = spec.commandLine().getOut();
		if (format == Format.json) {
			out.println(coverage ? Json.withCoverage(report.diagnostics(), report.coverage()) : Json.diagnostics(report.diagnostics()));
		} else if (format == Format.sarif) {
			out.print(new SarifWriter(Main.Version.number(), Path.of(""), options.lang()).write(report.diagnostics()));
			out.flush();
		} else {
			for (PlanDiagnostic d : report.diagnostics()) {
				out.println(d.format());
			}
			out.println(report.summary(options.lang()));
			if (coverage) {
				printCoverage(out, report, options.lang());
			}
		}
		return report.hasErrors() ? 1 : 0;
	}

	/** Per plan: the share of numbers cross-checked, then each number a relation names but could not check, with the reason. */
	private static void printCoverage(PrintWriter out, CheckReport report, Lang lang) {
		for (PlanCoverage c : report.coverage()) {
			out.println(Messages.say(lang, "cli.coverage", PlainText.visible(c.file()), c.summary(lang)));
			for (PlanCoverage.Number n : c.numbers()) {
				if (n.status() == PlanCoverage.Status.UNCHECKED) {
					out.println("  " + PlainText.visible(c.file()) + ":" + n.line() + ":" + n.column() + ": "
							+ PlainText.visible(Messages.say(lang, "cli.coverage.unchecked", n.written(), n.element() == null ? "" : n.element(), n.reason())));
				}
			}
		}
	}

	/** "10%", "10" → 0.10 */
	private BigDecimal parseTolerance(String text) {
		return CheckSettings.parseTolerance(text)
				.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), Messages.say(read.lang, "cli.usage.tolerance", text)));
	}

}
