package org.lantu.plan.maven.goals;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.render.Outputs;
import org.lantu.plan.render.Publisher;
import org.lantu.plan.render.SarifWriter;
import org.lantu.plan.render.docx.OfficialFonts;

/**
 * The goals' work, with the engine (Java 21): called by the mojos, which are compiled for Java 17
 * and check the Java and Maven versions first, with their parameters as plain values.
 */
public final class Goals {
	private Goals() {
	}

	/** {@code lantu:check}: fails the build when the plans have errors (or warnings, if asked). */
	public static void check(Map<String, Object> p, Log log) throws MojoExecutionException, MojoFailureException {
		PlanChecker.Options options = options(p).withCoverage(false); // the goal shows findings, not which numbers were compared
		CheckFilter filter = new CheckFilter(strings(p, "only"), strings(p, "disable"));
		if (!filter.unknown().isEmpty()) {
			throw new MojoExecutionException(Messages.say(options.lang(), "cli.usage.no-such-check", String.join(", ", filter.unknown())));
		}
		CheckReport report = PlanChecker.create().check(plans(p), filter, options);
		log(report, log, options.lang());
		if (p.get("sarifFile") instanceof File sarif) {
			Path file = sarif.toPath();
			Path base = options.root() != null ? options.root() : Path.of("");
			byte[] content = new SarifWriter(String.valueOf(p.get("pluginVersion")), base, options.lang()).write(report.diagnostics())
					.getBytes(StandardCharsets.UTF_8);
			Path folder = file.toAbsolutePath().getParent();
			try {
				Outputs outputs = new Outputs(folder, Set.copyOf(plans(p)), options.lang());
				outputs.prepare();
				log.info(Messages.say(options.lang(), "cli.wrote", outputs.write(file.getFileName().toString(), content)));
			} catch (Outputs.Failure e) {
				throw new MojoExecutionException("lantu.sarifFile: " + e.getMessage());
			}
		}
		boolean failOnWarning = Boolean.TRUE.equals(p.get("failOnWarning"));
		if (report.hasErrors() || failOnWarning && report.count(PlanDiagnostic.Severity.WARNING) > 0) {
			Lang lang = options.lang();
			throw new MojoFailureException(Messages.say(lang, "maven.failed", report.count(PlanDiagnostic.Severity.ERROR),
					failOnWarning ? Messages.say(lang, "maven.failed.warnings", report.count(PlanDiagnostic.Severity.WARNING)) : ""));
		}
	}

	/**
	 * {@code lantu:render}: the documents (and tables) of the plans, with their findings. A plan that cannot be read is not
	 * published and fails the build, after the others are written (as {@code lantu render} ends with exit code 1).
	 */
	public static void render(Map<String, Object> p, Log log) throws MojoExecutionException, MojoFailureException {
		Lang speaking = options(p).lang();
		String lang = speaking.tag();
		List<Publisher.Format> formats = new ArrayList<>();
		for (String f : strings(p, "exports")) {
			try {
				formats.add(Publisher.Format.valueOf(f.trim()));
			} catch (IllegalArgumentException e) {
				throw new MojoExecutionException(Messages.say(speaking, "maven.export-format", f));
			}
		}
		Path out = ((File) p.get("outputDirectory")).toPath();
		OfficialFonts fonts;
		try {
			fonts = OfficialFonts.OFFICE.with((String) p.get("fontNames"));
		} catch (OfficialFonts.BadOverride e) {
			throw new MojoExecutionException(Messages.say(speaking, "cli.usage.font-names", e.getMessage()));
		}
		try {
			List<Path> fontFolders = new ArrayList<>();
			Object folders = p.get("fontDirectories");
			if (folders instanceof List<?> list) {
				for (Object f : list) {
					fontFolders.add(((File) f).toPath());
				}
			}
			Publisher.Result result = Publisher.create().withFonts(fonts).withFontFolders(fontFolders).withPlanInWord(!Boolean.FALSE.equals(p.get("planInWord")))
					.publish(plans(p), out, lang, options(p), true, formats);
			log(result.report(), log, options(p).lang());
			result.written().forEach(w -> log.info(Messages.say(speaking, "cli.wrote", w)));
			for (String s : result.skipped()) {
				log.warn(Messages.say(speaking, "maven.not-rendered", s));
			}
			result.failed().forEach(log::error);
			if (!result.failed().isEmpty()) {
				throw new MojoExecutionException(Messages.say(speaking, "maven.not-written", result.failed().size(), result.failed().get(0)));
			}
			if (!result.skipped().isEmpty()) {
				throw new MojoFailureException(Messages.say(speaking, "maven.not-rendered.failed", result.skipped().size(), result.skipped().get(0)));
			}
		} catch (IOException e) {
			throw new MojoExecutionException(Messages.say(speaking, "maven.cannot-write", out, e.getMessage()), e);
		}
	}

	static PlanChecker.Options options(Map<String, Object> p) throws MojoExecutionException {
		String langTag = String.valueOf(p.get("lang"));
		// a language that is not one is told in the user's (LANTU_LANG, else Chinese)
		Lang lang = Lang.parse(langTag).orElseThrow(() -> new MojoExecutionException(Messages.say(Lang.preferred(), "maven.bad-lang", langTag)));
		BigDecimal tolerance = tolerance(String.valueOf(p.get("tolerance")), lang);
		long maxFileSize = ((Number) p.get("maxFileSize")).longValue();
		if (maxFileSize < 1) {
			throw new MojoExecutionException(Messages.say(lang, "maven.bad-max-file-size", maxFileSize));
		}
		File root = (File) p.get("root");
		return new PlanChecker.Options(Boolean.TRUE.equals(p.get("strict")), tolerance).withRoot(root == null ? null : root.toPath())
				.withMaxFileBytes(maxFileSize << 20).withLang(lang);
	}

	/** "5", "5%", "5 %" → 0.05 */
	static BigDecimal tolerance(String text, Lang lang) throws MojoExecutionException {
		return CheckSettings.parseTolerance(text).orElseThrow(() -> new MojoExecutionException(Messages.say(lang, "maven.bad-tolerance", text)));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> p, String key) {
		Object v = p.get(key);
		return v == null ? List.of() : (List<String>) v;
	}

	@SuppressWarnings("unchecked")
	private static List<Path> plans(Map<String, Object> p) {
		return ((List<File>) p.get("plans")).stream().map(File::toPath).toList();
	}

	/** Each finding in the command line's format, at its severity. */
	static void log(CheckReport report, Log log, Lang lang) {
		for (PlanDiagnostic d : report.diagnostics()) {
			switch (d.severity()) {
			case ERROR -> log.error(d.format());
			case WARNING -> log.warn(d.format());
			default -> log.info(d.format());
			}
		}
		log.info(report.summary(lang));
	}
}
