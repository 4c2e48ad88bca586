package org.lantu.plan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.render.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantu render}: one self-contained HTML document per plan. */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = { "Writes one self-contained HTML document per plan.",
				"Each document has a title block, contents, the check results (flagged where they occur),",
				"figures, and the chapters, boxes and tables." },
		footer = { "", "Examples:", "  lantu render examples/ -o out/", "  lantu render --lang en my.plan", "  lantu render --export pdf --export docx my.plan",
				"Exit codes: 0 every plan written, 1 a plan or file could not be written (the others are), 2 usage problem." })
public class RenderCommand implements Callable<Integer> {

	@Mixin
	PublishOptions options;

	@Option(names = "--export", paramLabel = "FORMAT", description = "also write this format beside each document: docx, pdf, xlsx, csv, md or json (may be given more than once)")
	List<Publisher.Format> exports = new ArrayList<>();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Publisher.Result result = options.publisher(spec).publish(options.paths, options.output, options.lang(), options.options(), true, exports);
		return options.report(spec, result);
	}
}
