package org.lantu.plan.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.lantu.plan.render.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lantu export}: the working tables of each plan, or its official document. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes the working tables of each plan (Excel, CSV, Markdown or JSON), or the plan as an official document (Word or PDF).",
				"Tables: indicators (one row per indicator and value), projects with stages, zones, phases,",
				"tasks with lead units, and the check's findings." },
		footer = { "", "Formats:", "  xlsx  one workbook per plan, a sheet per table, numbers as numbers, frozen header",
				"  csv   one file per table, UTF-8 with BOM, RFC 4180; formula-like text neutralised",
				"  md    one Markdown file per plan", "  json  one file per plan, schema in docs/json-schema.json",
				"  docx  the plan as an official document (公文) in the GB/T 9704 layout, with named styles",
				"  pdf   the same official document as a PDF, Chinese fonts embedded (found on this machine or in --fonts)",
				"", "Examples:", "  lantu export --format xlsx examples/ -o out/", "  lantu export --format docx --font-names \"title=方正小标宋_GBK,body=仿宋\" my.plan",
				"  lantu export --format pdf --fonts ~/office-fonts my.plan",
				"Exit codes: 0 every plan written, 1 a plan or file could not be written (the others are), 2 usage problem." })
public class ExportCommand implements Callable<Integer> {

	@Mixin
	PublishOptions options;

	@Option(names = "--format", paramLabel = "FORMAT", required = true, description = "xlsx, csv, md, json, docx or pdf")
	Publisher.Format format;


	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Publisher.Result result = options.publisher(spec).export(options.paths, options.output, format, options.lang(), options.options());
		return options.report(spec, result);
	}
}
