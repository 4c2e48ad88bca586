package org.lantu.plan.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.lantu.plan.render.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lantu render}: one self-contained HTML document per plan. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = { "Writes one self-contained HTML document per plan.",
				"Each document has a title block, contents, the check results (flagged where they occur),",
				"figures, and the chapters, boxes and tables." },
		footer = { "", "Examples:", "  lantu render examples/ -o out/", "  lantu render --lang en my.plan",
				"Exit codes: 0 written, 1 nothing could be written, 2 usage problem." })
public class RenderCommand implements Callable<Integer> {

	@Mixin
	PublishOptions options;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Publisher.Result result = Publisher.create().render(options.paths, options.output, options.lang(), options.options());
		return options.report(spec, result);
	}
}
