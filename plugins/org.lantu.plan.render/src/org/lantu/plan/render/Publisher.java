package org.lantu.plan.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanChecker.CheckedPlan;

/**
 * What every front end calls to publish: check the plans, then write one HTML document per plan
 * ({@link #render}) or its working tables ({@link #export}). The findings of the check are part
 * of what is published.
 */
public final class Publisher {

	public enum Format {
		xlsx, csv, md, json
	}

	/** The files written and the check they were made from. */
	public record Result(CheckReport report, List<Path> written, List<String> skipped) {
	}

	private final PlanChecker checker;

	public Publisher(PlanChecker checker) {
		this.checker = checker;
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
	 * Checks the plans once, then writes for each readable plan its HTML document (if asked) and
	 * its tables in each format asked for.
	 */
	public Result publish(List<Path> inputs, Path outputDirectory, String lang, PlanChecker.Options options, boolean html, List<Format> formats)
			throws IOException {
		PlanChecker.Checked checked = checker.checkAndKeep(inputs, CheckFilter.ALL, options);
		Outputs outputs = new Outputs(outputDirectory, inputSet(checked));
		HtmlRenderer renderer = new HtmlRenderer(checker.evaluator(), lang);
		TableModel model = new TableModel(checker.evaluator(), lang);
		List<Path> written = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (CheckedPlan p : checked.plans()) {
			if (p.plan() == null) {
				skipped.add(p.file().toString());
				continue;
			}
			String base = Outputs.baseName(p.file());
			String file = p.file().getFileName().toString();
			if (html) {
				written.add(outputs.write(base + ".html", renderer.render(p.plan(), file, p.diagnostics()).getBytes(StandardCharsets.UTF_8)));
			}
			if (formats.isEmpty()) {
				continue;
			}
			List<Sheet> sheets = model.sheets(p.plan(), file, p.diagnostics());
			// a plan with a syntax error in its header may have neither title nor name: the file names it then
			String title = p.plan().getTitle() != null ? p.plan().getTitle() : p.plan().getName() != null ? p.plan().getName() : file;
			for (Format format : formats) {
				switch (format) {
				case xlsx -> written.add(outputs.write(base + ".xlsx", TableWriters.xlsx(sheets)));
				case json -> written.add(outputs.write(base + ".json", TableWriters.json(p.plan().getName(), file, sheets).getBytes(StandardCharsets.UTF_8)));
				case md -> written.add(outputs.write(base + ".md", TableWriters.markdown(title, sheets).getBytes(StandardCharsets.UTF_8)));
				case csv -> {
					for (Sheet s : sheets) {
						written.add(outputs.write(base + "-" + s.name() + ".csv", TableWriters.csv(s)));
					}
				}
				}
			}
		}
		return new Result(checked.report(), written, skipped);
	}

	private static Set<Path> inputSet(PlanChecker.Checked checked) {
		Set<Path> set = new HashSet<>();
		checked.plans().forEach(p -> set.add(p.file()));
		return set;
	}
}
