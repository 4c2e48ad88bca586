package org.lantu.plan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.render.Publisher;
import org.lantu.plan.render.docx.OfficialFonts;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What render and export share: the plans, the output directory, the fonts of the official documents (the language is {@link ReadOptions}'). */
class PublishOptions {

	@Parameters(paramLabel = "PLAN", arity = "1..*", descriptionKey = "plans", description = "plan files, or directories searched for *.plan")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "output directory, created if missing (default: out)")
	Path output = Path.of("out");

	@Option(names = "--strict", description = "check with 超过/突破 read strictly (see lantu check --help)")
	boolean strict;

	@Option(names = "--font-names", paramLabel = "ROLE=FONT,…", description = { "fonts the Word document names, by role: title, body, hei, kai, song, latin",
			"(also 标题, 正文, 黑体, 楷体, 宋体, 西文); default: 方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体, Times New Roman" })
	String fontNames;

	@Option(names = "--fonts", paramLabel = "DIR", description = { "a folder of fonts to embed in the PDF before the system's (the office's 方正小标宋, 仿宋_GB2312…);",
			"may be given more than once" })
	List<Path> fontFolders = new ArrayList<>();

	@Option(names = "--no-plan", description = { "leave the plan's source out of the Word document; by default the document carries it,",
			"so that lantu import gives the plan back as it was while the document's text is unchanged" })
	boolean noPlan;

	@picocli.CommandLine.Mixin
	ReadOptions read;

	/** The language of the labels and the findings: zh or en. */
	String lang() {
		return read.lang.tag();
	}


	/** The publisher, with the fonts asked for; a bad font option is a usage error. */
	Publisher publisher(CommandLine.Model.CommandSpec spec) {
		OfficialFonts fonts;
		try {
			fonts = OfficialFonts.OFFICE.with(fontNames);
		} catch (OfficialFonts.BadOverride e) {
			throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(read.lang, "cli.usage.font-names", e.getMessage()));
		}
		for (Path folder : fontFolders) {
			if (!Files.isDirectory(folder)) {
				throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(read.lang, "cli.usage.fonts", folder));
			}
		}
		return Publisher.create().withFonts(fonts).withFontFolders(fontFolders).withPlanInWord(!noPlan);
	}

	PlanChecker.Options options() {
		return read.applyTo(new PlanChecker.Options(strict, PlanChecker.Options.DEFAULT.tolerance()));
	}

	/**
	 * Prints what was written and the check's summary; 1 if a plan could not be read far enough to be published or a
	 * file could not be written (the others are written all the same), so that a batch in a script or CI never loses a
	 * plan with exit code 0.
	 */
	int report(CommandLine.Model.CommandSpec spec, Publisher.Result result) {
		var out = spec.commandLine().getOut();
		Lang lang = read.lang;
		for (Path p : result.written()) {
			out.println(Messages.say(lang, "cli.wrote", PlainText.visible(p.toString())));
		}
		var err = spec.commandLine().getErr();
		// what kept a file from being read at all (missing, not UTF-8, a directory with no plans)
		result.report().diagnostics().stream().filter(d -> d.check().equals(CheckType.FILE.id()))
				.forEach(d -> err.println(d.format()));
		for (String s : result.skipped()) {
			err.println(Messages.say(lang, "cli.not-read", PlainText.visible(s)));
		}
		for (String f : result.failed()) {
			err.println("lantu: " + PlainText.visible(f));
		}
		out.println(Messages.say(lang, "cli.published", result.report().summary(lang)));
		return result.written().isEmpty() || !result.failed().isEmpty() || !result.skipped().isEmpty() ? 1 : 0;
	}
}
