package org.lantu.plan.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.lantu.plan.render.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantu export}: the working tables of each plan. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the working tables of each plan (Excel, CSV, Markdown or JSON).",
				"Tables: indicators (one row per indicator and value), projects with stages, zones, phases,",
				"tasks with lead units, and the check's findings." },
		footer = { "", "Formats:", "  xlsx  one workbook per plan, a sheet per table, numbers as numbers, frozen header",
				"  csv   one file per table, UTF-8 with BOM, RFC 4180; formula-like text neutralised",
				"  md    one Markdown file per plan", "  json  one file per plan, schema in docs/json-schema.json", "", "Examples:",
				"  lantu export --format xlsx examples/ -o out/", "Exit codes: 0 written, 1 nothing could be written, 2 usage problem." })
public class ExportCommand implements Callable<Integer> {

	@Mixin
	PublishOptions options;

	@Option(names = "--format", paramLabel = "FORMAT", required = true, description = "xlsx, csv, md or json")
	Publisher.Format format;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Publisher.Result result = Publisher.create().export(options.paths, options.output, format, options.lang(), options.options());
		return options.report(spec, result);
	}
}
