package org.lantu.plan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.render.Outputs;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu format}: the standard layout (one element per line, blocks indented, comments kept). */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Prints each plan in the standard layout (--write rewrites the files).",
				"A plan with syntax errors is left untouched and its errors are reported." },
		footer = { "", "Examples:", "  lantu format my.plan", "  lantu format --write examples/",
				"Exit codes: 0 formatted, 1 a plan could not be formatted, 2 usage problem." })
public class FormatCommand implements Callable<Integer> {

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "plan files, or directories searched for *.plan")
	List<Path> paths;

	@Option(names = "--write", description = "rewrite the files in place (atomically) instead of printing them")
	boolean write;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		List<PlanDiagnostic> problems = new ArrayList<>();
		List<Path> files = PlanChecker.expand(paths, problems);
		PlanChecker checker = PlanChecker.create();
		var out = spec.commandLine().getOut();
		for (Path file : files) {
			String formatted = checker.format(file, problems);
			if (formatted == null) {
				continue;
			}
			if (write) {
				if (!formatted.equals(Files.readString(file, StandardCharsets.UTF_8))) {
					new Outputs(file.toAbsolutePath().getParent(), java.util.Set.of()).write(file.getFileName().toString(), formatted.getBytes(StandardCharsets.UTF_8));
					out.println("formatted " + file);
				}
			} else {
				out.print(formatted);
			}
		}
		for (PlanDiagnostic d : problems) {
			spec.commandLine().getErr().println(d.format());
		}
		return problems.isEmpty() ? 0 : 1;
	}
}
