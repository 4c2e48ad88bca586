package org.lantu.plan.cli;

import java.nio.file.Path;

import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How plans are read, for every command that reads them: the workspace root, the size limit, the number of jobs, the language. */
class ReadOptions {

	@Option(names = "--root", paramLabel = "DIR", description = { "the workspace: imports must lead to plans under this folder",
			"(default: the current folder; a plan named outside it has its own folder)" })
	Path root;

	@Option(names = "--max-file-size", paramLabel = "MB", description = "the largest plan file read, in MB (default: ${DEFAULT-VALUE})")
	long maxFileSize = PlanFiles.DEFAULT_MAX_BYTES >> 20;

	@Option(names = { "-j", "--jobs" }, paramLabel = "N", description = { "files read and checked at once, and threads checking one large plan",
			"(default: one per processor, here ${DEFAULT-VALUE}); the findings are the same for any N" })
	int jobs = Runtime.getRuntime().availableProcessors();

	@Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
			description = { "the language of findings and generated labels: zh (中文) or en (English);", "default: LANTU_LANG if set, else zh" })
	Lang lang = Lang.preferred();

	/** Reads zh, zh-CN, en, en_US… */
	static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
		@Override
		public Lang convert(String value) {
			return Lang.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(Messages.say(Lang.preferred(), "cli.usage.lang", value)));
		}
	}

	/** {@code options} with this workspace, limit, number of jobs and language. */
	PlanChecker.Options applyTo(PlanChecker.Options options) {
		if (jobs < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(lang, "cli.usage.jobs", jobs));
		}
		if (maxFileSize < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), Messages.say(lang, "cli.usage.max-file-size", maxFileSize));
		}
		return options.withRoot(root).withMaxFileBytes(Math.min(maxFileSize, Long.MAX_VALUE >> 20) << 20).withJobs(jobs).withLang(lang);
	}

	@CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
	CommandLine.Model.CommandSpec spec;
}
