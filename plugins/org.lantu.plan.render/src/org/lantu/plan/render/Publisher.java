package org.lantu.plan.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanChecker.CheckedPlan;
import org.lantu.plan.api.PlanFacts;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.render.docx.DocxWriter;
import org.lantu.plan.render.docx.OfficialFonts;
import org.lantu.plan.render.docx.PlanInWord;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.DocumentBuilder;
import org.lantu.plan.render.pdf.CjkFonts;
import org.lantu.plan.render.pdf.PdfWriter;

/**
 * What every front end calls to publish: check the plans, then write one HTML document per plan
 * ({@link #render}), its official document (Word, {@link Format#docx}) or its working tables
 * ({@link #export}). The documents are written from one {@link Document} per plan. The findings of
 * the check are part of what is published.
 */
public final class Publisher {

	public enum Format {
		xlsx, csv, md, json,
		/** The official document (公文) in the GB/T 9704 layout. */
		docx,
		/** The official document as a PDF, fonts embedded. */
		pdf;

		/** Whether this format is written from the working tables (the others from the document). */
		boolean isTable() {
			return this != docx && this != pdf;
		}
	}

	/**
	 * The files written, the check they were made from, the plans that could not be read, and
	 * what could not be written (one line each, naming the path and the reason). A file that
	 * cannot be written does not stop the others.
	 */
	public record Result(CheckReport report, List<Path> written, List<String> skipped, List<String> failed) {
	}

	private final PlanChecker checker;
	private final OfficialFonts fonts;
	private final List<Path> fontFolders;
	private final boolean planInWord;

	public Publisher(PlanChecker checker) {
		this(checker, OfficialFonts.OFFICE, List.of(), true);
	}

	private Publisher(PlanChecker checker, OfficialFonts fonts, List<Path> fontFolders, boolean planInWord) {
		this.checker = checker;
		this.fonts = fonts;
		this.fontFolders = fontFolders;
		this.planInWord = planInWord;
	}

	/** This publisher, naming {@code fonts} in the Word documents it writes. */
	public Publisher withFonts(OfficialFonts fonts) {
		return new Publisher(checker, fonts, fontFolders, planInWord);
	}

	/** This publisher, embedding in its PDFs the Chinese fonts of {@code folders} before the system's. */
	public Publisher withFontFolders(List<Path> folders) {
		return new Publisher(checker, fonts, List.copyOf(folders), planInWord);
	}

	/**
	 * This publisher, carrying (the default) or not carrying each plan's source in the Word
	 * documents it writes ({@link PlanInWord}): {@code lantu import} gives the plan back from an
	 * unchanged document. Leave it out of a document sent to readers who should not have the
	 * source (its comments, its acknowledged deviations).
	 */
	public Publisher withPlanInWord(boolean carry) {
		return new Publisher(checker, fonts, fontFolders, carry);
	}

	public static Publisher create() {
		return new Publisher(PlanChecker.create());
	}

	public Result render(List<Path> inputs, Path outputDirectory, String lang, PlanChecker.Options options) throws IOException {
		return publish(inputs, outputDirectory, lang, options, true, List.of());
	}

	public Result export(List<Path> inputs, Path outputDirectory, Format format, String lang, PlanChecker.Options options) throws IOException {
		return publish(inputs, outputDirectory, lang, options, false, List.of(format));
	}

	/**
	 * Checks the plans once, then writes for each readable plan its HTML document (if asked), its
	 * official document (Word, PDF) and its tables in each format asked for (each format once,
	 * however often it is asked for).
	 */
	public Result publish(List<Path> inputs, Path outputDirectory, String lang, PlanChecker.Options options, boolean html, List<Format> asked)
			throws IOException {
		List<Format> formats = List.copyOf(new LinkedHashSet<>(asked));
		PlanChecker.Checked checked = checker.checkAndKeep(inputs, CheckFilter.ALL, options);
		Outputs outputs = new Outputs(outputDirectory, inputSet(checked), options.lang());
		PlanFacts evaluated = checker.facts(); // one per publication: the document and the tables evaluate each element once
		DocumentBuilder documents = new DocumentBuilder(evaluated, lang);
		TableModel model = new TableModel(evaluated, lang);
		List<Path> written = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		try {
			outputs.prepare();
		} catch (Outputs.Failure e) {
			failed.add(e.getMessage());
			return new Result(checked.report(), written, skipped, failed);
		}
		Map<Path, String> names = outputNames(checked.plans().stream().map(CheckedPlan::file).toList());
		CjkFonts embedded = null;
		if (formats.contains(Format.pdf)) {
			try {
				embedded = PdfWriter.fonts(fontFolders, options.lang() == null ? Lang.preferred() : options.lang());
			} catch (CjkFonts.Missing e) {
				failed.add(e.getMessage()); // once for all the plans: no PDF can be written
			}
		}
		for (CheckedPlan p : checked.plans()) {
			if (p.plan() == null) {
				skipped.add(p.file().toString());
				continue;
			}
			String base = names.get(p.file());
			String file = Sources.shown(p.file().toString());
			if (html || formats.contains(Format.docx) || formats.contains(Format.pdf)) {
				Document document = documents.build(p.plan(), file, p.diagnostics(), p.coverage());
				if (html) {
					write(outputs, base + ".html", () -> HtmlWriter.write(document).getBytes(StandardCharsets.UTF_8), written, failed);
				}
				if (formats.contains(Format.docx)) {
					String text = planInWord ? Sources.text(p.plan()) : null;
					PlanInWord.Source source = text == null ? null : new PlanInWord.Source(p.file().getFileName().toString(), text);
					write(outputs, base + ".docx", () -> DocxWriter.write(document, fonts, source), written, failed);
				}
				if (embedded != null) {
					CjkFonts with = embedded;
					write(outputs, base + ".pdf", () -> PdfWriter.write(document, with), written, failed);
				}
			}
			if (formats.stream().noneMatch(Format::isTable)) {
				continue;
			}
			List<Sheet> sheets = model.sheets(p.plan(), file, p.diagnostics());
			// a plan with a syntax error in its header may have neither title nor name: the file names it then
			String title = p.plan().getTitle() != null ? p.plan().getTitle() : p.plan().getName() != null ? p.plan().getName() : file;
			for (Format format : formats) {
				switch (format) {
				case xlsx -> write(outputs, base + ".xlsx", () -> TableWriters.xlsx(sheets), written, failed);
				case json -> write(outputs, base + ".json", () -> TableWriters.json(p.plan().getName(), file, sheets).getBytes(StandardCharsets.UTF_8), written, failed);
				case md -> write(outputs, base + ".md", () -> TableWriters.markdown(title, sheets).getBytes(StandardCharsets.UTF_8), written, failed);
				case csv -> {
					for (Sheet s : sheets) {
						write(outputs, base + "-" + s.name() + ".csv", () -> TableWriters.csv(s), written, failed);
					}
				}
				case docx, pdf -> {
					// written above, from the document
				}
				}
			}
		}
		return new Result(checked.report(), written, skipped, failed);
	}

	/** What a writer makes, made only when it is written. */
	private interface Content {
		byte[] bytes() throws IOException;
	}

	private static void write(Outputs outputs, String name, Content content, List<Path> written, List<String> failed) throws IOException {
		byte[] bytes;
		try {
			bytes = content.bytes();
		} catch (IOException | RuntimeException e) {
			// a writer that cannot make this file (a font it cannot read, a library's failure): the others go on
			failed.add(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			return;
		}
		try {
			written.add(outputs.write(name, bytes));
		} catch (Outputs.Failure e) {
			failed.add(e.getMessage());
		}
	}

	/**
	 * The output name of each plan, without extension: its file name; if two plans would share
	 * one (a/x.plan and b/x.plan, or X.plan and x.plan on a system that does not tell case), every
	 * plan keeps its folders below the folder all of them share (a/x, b/x), so none replaces another.
	 */
	static Map<Path, String> outputNames(List<Path> files) {
		Map<Path, String> names = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		boolean clash = false;
		for (Path f : files) {
			String base = Outputs.baseName(f);
			names.put(f, base);
			clash |= !seen.add(base.toLowerCase(Locale.ROOT));
		}
		if (!clash) {
			return names;
		}
		Path common = null;
		for (Path f : files) {
			Path folder = f.toAbsolutePath().normalize().getParent();
			if (common == null) {
				common = folder;
			} else {
				while (!folder.startsWith(common)) {
					common = common.getParent();
				}
			}
		}
		for (Path f : files) {
			Path relative = common.relativize(f.toAbsolutePath().normalize());
			String name = relative.toString().replace('\\', '/');
			names.put(f, name.endsWith(".plan") ? name.substring(0, name.length() - 5) : name);
		}
		return names;
	}

	private static Set<Path> inputSet(PlanChecker.Checked checked) {
		Set<Path> set = new HashSet<>();
		checked.plans().forEach(p -> set.add(p.file()));
		return set;
	}
}
