package org.lantu.plan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanReader;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.findings.Messages;
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

	@Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths", description = "plan files, or directories searched for *.plan")
	List<Path> paths;

	@Option(names = "--write", description = { "rewrite the files in place (atomically), keeping their permissions and line ends;",
			"a symbolic link stays a link (its target is rewritten); a read-only file is refused" })
	boolean write;

	@CommandLine.Mixin
	ReadOptions read;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		List<PlanDiagnostic> problems = new ArrayList<>();
		List<Path> files = PlanReader.expand(paths, problems, read.lang);
		PlanChecker checker = PlanChecker.create();
		PlanChecker.Options options = read.applyTo(PlanChecker.Options.DEFAULT);
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		boolean failed = false;
		for (Path file : files) {
			String formatted = checker.format(file, problems, options);
			if (formatted == null) {
				continue;
			}
			if (!write) {
				out.print(formatted);
				continue;
			}
			try {
				byte[] before = PlanFiles.read(file, options.maxFileBytes());
				byte[] after = formatted.getBytes(StandardCharsets.UTF_8);
				if (!Arrays.equals(before, after)) {
					Outputs.rewrite(file, after, read.lang);
					out.println(Messages.say(read.lang, "cli.format.formatted", PlainText.visible(file.toString())));
				}
			} catch (PlanFiles.Unreadable e) {
				// the file changed between its formatting and its rewriting (it became unreadable, or grew past the limit)
				err.println("lantu: " + PlainText.visible(file.toString()) + ": " + e.text().in(read.lang));
				failed = true;
			} catch (IOException e) {
				err.println("lantu: " + PlainText.visible(e.getMessage()));
				failed = true;
			}
		}
		for (PlanDiagnostic d : problems) {
			err.println(d.format());
		}
		return problems.isEmpty() && !failed ? 0 : 1;
	}
}
