package org.lantu.plan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.importer.Importer;
import org.lantu.plan.importer.recognise.Prose;
import org.lantu.plan.importer.recognise.Recogniser;
import org.lantu.plan.importer.source.ImportFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu import}: a Word (.docx) or text plan as a draft .plan, with a report of what was recognised and the draft's check. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Turns a plan published as Word (.docx) or text (.txt) into a draft .plan that parses,",
				"with its headings, boxes, indicator tables and the text's numbers tied to the indicators, and checks it." },
		footer = { "", "Examples:", "  lantu import 十四五规划.docx", "  lantu import 方案.txt -o plans/ --force", "  lantu import 规划.docx --report json",
				"Exit codes: 0 imported, 1 the draft exists (use --force), 2 the source cannot be imported or usage problem." })
public class ImportCommand implements Callable<Integer> {

	/** How many untied numbers the printed report lists; --report json lists all. */
	private static final int LISTED = 20;

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "source", description = "the Word (.docx) or text (.txt, Markdown .md; UTF-8 or GB18030) file to import")
	Path source;

	@Option(names = { "-o", "--output" }, paramLabel = "PATH",
			description = "the folder to write the draft into, or the draft itself when the name ends in .plan (default: beside the source)")
	Path output;

	@Option(names = "--force", description = "overwrite the draft if it exists")
	boolean force;

	/** The import report's forms. */
	enum Report {
		text, json
	}

	@Option(names = "--report", paramLabel = "FORMAT", description = "text (default) or json: the import report on standard output")
	Report report = Report.text;

	/** Where the plan is taken from: {@link Importer.From}, spelled for the command line. */
	enum From {
		auto(Importer.From.AUTO), plan(Importer.From.PLAN), text(Importer.From.TEXT);

		final Importer.From value;

		From(Importer.From value) {
			this.value = value;
		}
	}

	@Option(names = "--from", paramLabel = "WHAT", description = { "auto (default): a Word document written by lantu export whose text is unchanged gives back",
			"the plan it carries, as it was; any other document is read from its text;",
			"plan: the plan a Lantu Word document carries, even if its text was changed; text: always the text" })
	From from = From.auto;

	@Option(names = "--lang", paramLabel = "LANG", converter = ReadOptions.LangConverter.class,
			description = "the language of the report: zh (中文) or en (English); default: LANTU_LANG if set, else zh")
	Lang lang = Lang.preferred();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String name = source.getFileName() == null ? "plan" : source.getFileName().toString();
		if (name.endsWith(".plan")) {
			err.println("lantu: " + Messages.say(lang, "importer.is-plan", PlainText.visible(source.toString())));
			return 2;
		}
		// -o 草案.plan names the draft; any other -o names its folder
		boolean named = output != null && output.getFileName() != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".plan")
				&& !Files.isDirectory(output);
		if (output != null && !named && Files.exists(output) && !Files.isDirectory(output)) {
			err.println("lantu: " + Messages.say(lang, "outputs.not-a-folder", PlainText.visible(output.toString())));
			return 2;
		}
		Path folder = named ? output.toAbsolutePath().getParent() : output != null ? output : source.toAbsolutePath().getParent();
		Path target = named ? output : folder.resolve(name.replaceFirst("\\.[^.]*$", "") + ".plan");
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (!force || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
			err.println("lantu: " + Messages.say(lang, Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? "importer.exists" : "cli.new.not-a-file",
					PlainText.visible(target.toString())));
			return 1;
		}
		PlanChecker checker = PlanChecker.create();
		Importer.Result result;
		try {
			result = Importer.file(source, from.value, checker::syntaxErrorLines);
		} catch (ImportFailure e) {
			err.println("lantu: " + PlainText.visible(source.toString()) + ": " + Messages.say(lang, e.key(), e.args().toArray()));
			return 2;
		}
		Files.createDirectories(folder);
		AtomicText.write(target, result.plan());
		CheckReport check = checker.check(List.of(target), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(lang));
		if (report == Report.json) {
			out.println(json(target, result, check));
		} else {
			text(out, target, result, check);
		}
		return 0;
	}

	private void text(PrintWriter out, Path target, Importer.Result result, CheckReport check) {
		out.println(Messages.say(lang, "importer.wrote", PlainText.visible(source.toString()), PlainText.visible(target.toString())));
		if (result.restored()) {
			out.println(Messages.say(lang, result.carried().unchanged() ? "importer.restored" : "importer.restored-changed",
					PlainText.visible(result.carried().file())));
			// the plan itself, not a draft
			out.println(Messages.say(lang, "importer.check") + " " + check.summary(lang));
			return;
		}
		if (result.carried() != null) {
			out.println(Messages.say(lang, "importer.changed", PlainText.visible(result.carried().file())));
		}
		if (result.relationsCarried() > 0) {
			out.println(Messages.say(lang, "importer.relations", result.relationsCarried()));
		}
		Recogniser.Counts c = result.counts();
		out.println(Messages.say(lang, "importer.counts", c.headings(), c.paragraphs(), c.tables(), c.indicatorTables(), c.boxes(), c.indicators(), c.stated(),
				c.claims()));
		if (!c.untied().isEmpty()) {
			out.println(Messages.say(lang, "importer.untied", c.untied().size()));
			for (Prose.Untied u : c.untied().subList(0, Math.min(LISTED, c.untied().size()))) {
				out.println(Messages.say(lang, "importer.untied.line", u.line(), PlainText.visible(u.amount()), PlainText.visible(u.context())));
			}
			if (c.untied().size() > LISTED) {
				out.println(Messages.say(lang, "importer.untied.more", c.untied().size() - LISTED));
			}
		}
		out.println(Messages.say(lang, "importer.draft") + " " + check.summary(lang));
		out.println(Messages.say(lang, "importer.next", PlainText.visible(target.toString())));
	}

	private static String json(Path target, Importer.Result r, CheckReport check) {
		StringBuilder b = new StringBuilder("{\n");
		b.append("  \"draft\": ").append(Json.string(target.toString())).append(",\n");
		b.append("  \"source_format\": ").append(Json.string(r.format())).append(",\n");
		// the plan a Lantu Word document carries: given back ("plan"), or passed over for the changed text ("text")
		b.append("  \"from\": ").append(Json.string(r.restored() ? "plan" : "text")).append(", \"carried_plan\": ")
				.append(r.carried() == null ? "null" : Json.string(r.carried().file())).append(", \"text_changed_since_export\": ")
				.append(r.carried() == null ? "null" : String.valueOf(!r.carried().unchanged())).append(", \"relations_carried\": ").append(r.relationsCarried())
				.append(",\n");
		Recogniser.Counts c = r.restored() ? Recogniser.Counts.NONE : r.counts();
		b.append("  \"headings\": ").append(c.headings()).append(", \"paragraphs\": ").append(c.paragraphs()).append(", \"tables\": ").append(c.tables())
				.append(", \"indicator_tables\": ").append(c.indicatorTables()).append(", \"boxes\": ").append(c.boxes()).append(",\n");
		b.append("  \"indicators\": ").append(c.indicators()).append(", \"indicators_from_text\": ").append(c.stated()).append(", \"claims\": ")
				.append(c.claims()).append(",\n");
		b.append("  \"untied\": [");
		for (int i = 0; i < c.untied().size(); i++) {
			Prose.Untied u = c.untied().get(i);
			b.append(i == 0 ? "\n" : ",\n").append("    {\"line\": ").append(u.line()).append(", \"amount\": ").append(Json.string(u.amount()))
					.append(", \"context\": ").append(Json.string(u.context())).append('}');
		}
		b.append(c.untied().isEmpty() ? "],\n" : "\n  ],\n");
		b.append("  \"check\": {\"errors\": ").append(check.count(PlanDiagnostic.Severity.ERROR)).append(", \"warnings\": ")
				.append(check.count(PlanDiagnostic.Severity.WARNING)).append(", \"information\": ").append(check.count(PlanDiagnostic.Severity.INFO)).append("},\n");
		b.append("  \"diagnostics\": ").append(Json.diagnostics(check.diagnostics()).strip()).append("\n}");
		return b.toString();
	}
}
