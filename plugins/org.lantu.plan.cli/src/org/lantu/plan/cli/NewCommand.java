package org.lantu.plan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlainText;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanTemplates;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lantu new}: a new plan with the standard structure of its kind, checked as it is written. */
@Command(name = "new", mixinStandardHelpOptions = true,
		description = { "Writes a new plan with the standard structure of its kind of document, to fill in.",
				"Kinds: 规划纲要 (outline), 规划 (plan), 工作方案 (work-plan), 实施意见 (opinion), 决定 (decision)." },
		footer = { "", "Examples:", "  lantu new 规划纲要 十五五规划.plan --issuer 某市人民政府", "  lantu new work-plan plans/园区方案.plan --period 2026—2028",
				"Exit codes: 0 written, 1 the file exists (use --force), 2 usage problem." })
public class NewCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind", description = "规划纲要, 规划, 工作方案, 实施意见 or 决定 (or outline, plan, work-plan, opinion, decision)")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file", description = "the plan file to write (.plan is added if missing)")
	Path file;

	@Option(names = "--title", paramLabel = "TITLE", description = "the plan's title (default: its name and period)")
	String title;

	@Option(names = "--issuer", paramLabel = "NAME", description = "the issuing body (发文机关), e.g. 某市人民政府")
	String issuer;

	@Option(names = "--period", paramLabel = "YEARS", description = "the period, e.g. 2026—2030 (default: the five-year period of this year)")
	String period;

	@Option(names = "--force", description = "overwrite the file if it exists")
	boolean force;

	@Option(names = "--lang", paramLabel = "LANG", converter = ReadOptions.LangConverter.class,
			description = "the language of this command's messages: zh (中文) or en (English); default: LANTU_LANG if set, else zh")
	Lang lang = Lang.preferred();

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PlanTemplates.Kind k = PlanTemplates.Kind.parse(kind)
				.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), Messages.say(lang, "cli.new.kind", kind, PlanTemplates.Kind.all())));
		int[] years = years();
		Path target = file.getFileName().toString().endsWith(".plan") ? file : file.resolveSibling(file.getFileName() + ".plan");
		String name = target.getFileName().toString().replaceFirst("\\.plan$", "");
		var err = spec.commandLine().getErr();
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
			err.println("lantu: " + Messages.say(lang, "cli.new.exists", PlainText.visible(target.toString())));
			return 1;
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			err.println("lantu: " + Messages.say(lang, "cli.new.not-a-file", PlainText.visible(target.toString())));
			return 1;
		}
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		String text = PlanTemplates.text(k, name, title, issuer, years[0], years[1]);
		AtomicText.write(target, text);
		var out = spec.commandLine().getOut();
		out.println(Messages.say(lang, "cli.new.wrote", PlainText.visible(target.toString()), k.zh(), years[0] + "—" + years[1]));
		CheckReport report = PlanChecker.create().check(List.of(target), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(lang));
		for (PlanDiagnostic d : report.diagnostics()) {
			out.println(d.format());
		}
		out.println(report.summary(lang));
		return 0;
	}

	/** The period asked for, or the five-year period of this year. */
	private int[] years() {
		if (period == null) {
			return PlanTemplates.fiveYearPeriod(Year.now().getValue());
		}
		return PlanTemplates.period(period)
				.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), Messages.say(lang, "cli.new.period", period)));
	}
}
