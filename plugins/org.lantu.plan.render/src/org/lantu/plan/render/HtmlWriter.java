package org.lantu.plan.render;

import static org.lantu.plan.render.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.Anchor;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Break;
import org.lantu.plan.render.document.Document.Caption;
import org.lantu.plan.render.document.Document.Category;
import org.lantu.plan.render.document.Document.Claim;
import org.lantu.plan.render.document.Document.ColumnHead;
import org.lantu.plan.render.document.Document.Dash;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.Fact;
import org.lantu.plan.render.document.Document.Facts;
import org.lantu.plan.render.document.Document.Figure;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.GridCell;
import org.lantu.plan.render.document.Document.Header;
import org.lantu.plan.render.document.Document.Heading;
import org.lantu.plan.render.document.Document.IndicatorFacts;
import org.lantu.plan.render.document.Document.IndicatorRow;
import org.lantu.plan.render.document.Document.IndicatorTable;
import org.lantu.plan.render.document.Document.Note;
import org.lantu.plan.render.document.Document.Number;
import org.lantu.plan.render.document.Document.Para;
import org.lantu.plan.render.document.Document.Plain;
import org.lantu.plan.render.document.Document.ProjectFacts;
import org.lantu.plan.render.document.Document.Reference;
import org.lantu.plan.render.document.Document.Row;
import org.lantu.plan.render.document.Document.Run;
import org.lantu.plan.render.document.Document.Source;
import org.lantu.plan.render.document.Document.TextTable;

/**
 * Writes a {@link Document} as one self-contained HTML page in the published layout: title block,
 * contents, the check results, charts, then the body with boxes (专栏), tables (表) and indicator
 * tables in the official form. Every author string is escaped; every block carries
 * {@code data-src="file:line"} and the first on a line the anchor findings link to; findings mark
 * the part they are about. The output depends only on the document (no dates, no randomness).
 */
public final class HtmlWriter {

	private final Document document;
	private final Labels labels;
	private final StringBuilder out = new StringBuilder(64 * 1024);
	private final Set<Integer> anchoredLines = new HashSet<>();

	private HtmlWriter(Document document) {
		this.document = document;
		this.labels = Labels.of(document.lang().equals("en") ? "en" : "zh");
	}

	/** The page of {@code document}. */
	public static String write(Document document) {
		return new HtmlWriter(document).page();
	}

	private String page() {
		Header h = document.header();
		out.append("<!DOCTYPE html>\n<html lang=\"").append(document.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Lantu\">\n<title>")
				.append(esc(h.title())).append("</title>\n<style>\n").append(stylesheet()).append("</style>\n</head>\n<body>\n");
		titleBlock(h);
		contents(document.contents());
		findings(document.findings().diagnostics(), document.findings().coverage());
		charts(document.charts());
		out.append("<main>\n");
		blocks(document.body());
		out.append("</main>\n</body>\n</html>\n");
		return out.toString();
	}

	// ---------------------------------------------------------------- front matter

	private void titleBlock(Header h) {
		out.append("<header class=\"title-block\"").append(src(h.source())).append(">\n");
		if (h.issuer() != null) {
			out.append("<p class=\"issuer\">").append(esc(h.issuer())).append("</p>\n");
		}
		if (h.number() != null) {
			out.append("<p class=\"doc-number\">").append(esc(h.number())).append("</p>\n");
		}
		out.append("<h1>").append(esc(h.title())).append("</h1>\n");
		if (!h.meta().isEmpty()) {
			out.append("<p class=\"meta\">").append(esc(String.join(" · ", h.meta()))).append("</p>\n");
		}
		if (!h.addressees().isEmpty()) {
			out.append("<p class=\"to\">").append(esc(String.join("，", h.addressees()))).append("：</p>\n");
		}
		if (!h.basis().isEmpty()) {
			out.append("<details class=\"basis\"><summary>").append(esc(labels.get("basis"))).append("</summary><ol>\n");
			for (String b : h.basis()) {
				out.append("<li>").append(esc(b)).append("</li>\n");
			}
			out.append("</ol></details>\n");
		}
		out.append("</header>\n");
	}

	private void contents(List<Heading> headings) {
		if (headings.isEmpty()) {
			return;
		}
		out.append("<nav class=\"toc\"><h2>").append(esc(labels.get("contents"))).append("</h2><ol>\n");
		for (Heading h : headings) {
			out.append("<li><a href=\"#ch-").append(h.index()).append("\">").append(esc(h.text())).append("</a></li>\n");
		}
		out.append("</ol></nav>\n");
	}

	private void findings(List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
		long e = diagnostics.stream().filter(d -> d.severity() == PlanDiagnostic.Severity.ERROR).count();
		long w = diagnostics.stream().filter(d -> d.severity() == PlanDiagnostic.Severity.WARNING).count();
		long i = diagnostics.size() - e - w;
		out.append("<section class=\"findings\" id=\"findings\"><h2>").append(esc(labels.get("findings"))).append("</h2>\n");
		coverage(coverage);
		if (diagnostics.isEmpty()) {
			out.append("<p class=\"clean\">").append(esc(labels.get("no-findings"))).append("</p></section>\n");
			return;
		}
		out.append("<p class=\"summary\"><span class=\"sev-error\">").append(e).append(' ').append(esc(labels.get("errors")))
				.append("</span> · <span class=\"sev-warning\">").append(w).append(' ').append(esc(labels.get("warnings"))).append("</span>");
		if (i > 0) {
			out.append(" · <span class=\"sev-info\">").append(i).append(' ').append(esc(labels.get("infos"))).append("</span>");
		}
		out.append("</p>\n<ol class=\"finding-list\">\n");
		for (PlanDiagnostic d : diagnostics) {
			out.append("<li class=\"sev-").append(d.severity().label()).append("\"><a href=\"#L").append(d.line()).append("\">")
					.append(esc(labels.get(d.severity().label()))).append(" · ").append(d.line()).append(':').append(d.column()).append("</a> <code>[")
					.append(esc(d.check())).append("]</code> ").append(esc(d.message())).append("</li>\n");
		}
		out.append("</ol></section>\n");
	}

	/** "已核验 82% 的数字（41/50）…", and each number a relation names but could not check, linked to its line. */
	private void coverage(PlanCoverage coverage) {
		if (coverage == null || coverage.numbers().isEmpty()) {
			return;
		}
		Lang lang = labels.lang().equals("en") ? Lang.EN : Lang.ZH;
		out.append("<p class=\"coverage\"><meter min=\"0\" max=\"100\" value=\"").append(coverage.percent()).append("\"></meter> ")
				.append(esc(coverage.summary(lang))).append("</p>\n");
		List<PlanCoverage.Number> unchecked = coverage.numbers().stream().filter(n -> n.status() == PlanCoverage.Status.UNCHECKED).toList();
		if (unchecked.isEmpty()) {
			return;
		}
		out.append("<ul class=\"unchecked\">\n");
		for (PlanCoverage.Number n : unchecked) {
			out.append("<li><a href=\"#L").append(n.line()).append("\">").append(n.line()).append(':').append(n.column()).append("</a> ")
					.append(esc(n.written())).append(n.element() == null ? "" : "（" + esc(n.element()) + "）").append(" — ").append(esc(n.reason()))
					.append("</li>\n");
		}
		out.append("</ul>\n");
	}

	private void charts(Document.Charts c) {
		if (c.isEmpty()) {
			return;
		}
		out.append("<section class=\"charts\"><h2>").append(esc(labels.get("charts"))).append("</h2>\n");
		if (!c.phases().isEmpty()) {
			out.append(Charts.timeline(labels.get("phases-chart"), c.phases()));
		}
		if (!c.zones().isEmpty()) {
			out.append(Charts.bars(labels.get("zones-chart"), c.zones()));
		}
		if (!c.indicators().isEmpty()) {
			out.append(Charts.trajectories(labels.get("indicators-chart"), c.indicators()));
		}
		if (!c.projects().isEmpty()) {
			out.append(Charts.bars(labels.get("projects-chart"), c.projects()));
		}
		out.append("\n</section>\n");
	}

	// ---------------------------------------------------------------- blocks

	private void blocks(List<Block> blocks) {
		for (Block b : blocks) {
			block(b);
		}
	}

	private void block(Block block) {
		switch (block) {
		case Division d -> division(d);
		case Para p -> {
			out.append("<p").append(src(p.source())).append('>');
			if (p.label() != null) {
				out.append("<strong class=\"run-in\">").append(esc(p.label())).append("</strong>");
			}
			runs(p.runs());
			out.append("</p>\n");
		}
		case Note n -> note(n);
		case Figure f -> out.append("<figure class=\"figure-ref\"").append(src(f.source())).append("><div class=\"placeholder\"></div><figcaption>")
				.append(esc(caption(f.caption()))).append(f.credit() == null ? "" : "<br><small>" + esc(f.credit()) + "</small>").append("</figcaption></figure>\n");
		case TextTable t -> table(t);
		case IndicatorTable it -> {
			out.append("<figure class=\"table\"").append(src(it.source())).append('>');
			if (it.caption() != null) {
				Caption c = it.caption();
				out.append("<figcaption>").append(esc((c.number() == null ? "" : c.label() + " " + c.number() + "　") + Objects.toString(c.title(), ""))).append("</figcaption>");
			}
			out.append('\n');
			grid(it.grid());
			out.append("</figure>\n");
		}
		case IndicatorFacts i -> indicator(i);
		case Facts f -> {
			out.append("<div class=\"").append(f.kind()).append('"').append(src(f.source())).append("><h4>").append(esc(f.heading())).append("</h4>");
			if (!f.lines().isEmpty()) {
				out.append("<p class=\"facts").append(flagClass(f.found())).append('"').append(title(f.found())).append('>').append(esc(String.join(" · ", f.lines())))
						.append("</p>");
			}
			blocks(f.children());
			out.append("</div>\n");
		}
		case ProjectFacts p -> project(p);
		case Anchor a -> anchorOnly(a.source());
		}
	}

	private void division(Division d) {
		switch (d.kind()) {
		case CHAPTER, ANNEX -> {
			anchorOnly(d.source());
			out.append("<section class=\"").append(d.kind() == Document.DivisionKind.CHAPTER ? "chapter" : "annex").append("\" id=\"ch-").append(d.index())
					.append('"').append(dataSrc(d.source())).append("><h2>").append(esc(d.heading())).append("</h2>\n");
			blocks(d.children());
			out.append("</section>\n");
		}
		case SECTION -> {
			int level = Math.min(6, d.depth() + 2);
			out.append("<section class=\"section\"").append(src(d.source())).append("><h").append(level).append('>').append(esc(d.heading())).append("</h")
					.append(level).append(">\n");
			blocks(d.children());
			out.append("</section>\n");
		}
		case BOX -> {
			out.append("<aside class=\"box\"").append(src(d.source())).append("><h4>").append(esc(d.heading())).append("</h4>\n");
			blocks(d.children());
			out.append("</aside>\n");
		}
		}
	}

	/** "表 1　标题": the label, the number after a space, the title after an ideographic space. */
	private static String caption(Caption c) {
		return c.label() + (c.number() == null ? "" : " " + c.number()) + "　" + Objects.toString(c.title(), "");
	}

	private void note(Note n) {
		out.append("<p class=\"note\"").append(src(n.source())).append('>').append(esc(labels.get("note"))).append("：");
		runs(n.runs());
		out.append("</p>\n");
	}

	private void runs(List<Run> runs) {
		for (Run r : runs) {
			switch (r) {
			case Plain p -> out.append(esc(p.text()));
			case Claim c -> out.append("<span class=\"claim").append(flagClass(c.found())).append('"').append(title(c.found())).append('>').append(esc(c.text()))
					.append("</span>");
			case Reference v -> out.append("<span class=\"value-ref\">").append(esc(v.text())).append("</span>");
			case Number n -> out.append("<span class=\"num").append(flagClass(n.found())).append('"').append(title(n.found())).append('>').append(esc(n.text()))
					.append("</span>");
			case Dash d -> out.append("—");
			case Break b -> out.append("<br>");
			}
		}
	}

	// ---------------------------------------------------------------- tables

	private void table(TextTable t) {
		out.append("<figure class=\"table\"").append(src(t.source())).append("><figcaption>").append(esc(caption(t.caption()))).append("</figcaption>\n");
		if (t.grid() != null) {
			grid(t.grid());
		} else {
			out.append("<table class=\"text-table\">\n");
			if (!t.header().isEmpty()) {
				out.append("<thead><tr>");
				for (List<Run> c : t.header()) {
					out.append("<th>");
					runs(c);
					out.append("</th>");
				}
				out.append("</tr></thead>\n");
			}
			out.append("<tbody>\n");
			for (Row r : t.rows()) {
				out.append("<tr").append(src(r.source())).append('>');
				for (List<Run> c : r.cells()) {
					out.append("<td>");
					runs(c);
					out.append("</td>");
				}
				out.append("</tr>\n");
			}
			out.append("</tbody></table>\n");
		}
		for (Note n : t.notes()) {
			note(n);
		}
		out.append("</figure>\n");
	}

	private void grid(Grid g) {
		out.append("<table class=\"indicators\">\n<thead><tr>");
		for (ColumnHead c : g.columns()) {
			out.append(c.computed() ? "<th class=\"computed\">" : "<th>").append(esc(c.label())).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (Category category : g.groups()) {
			boolean first = true;
			for (IndicatorRow row : category.rows()) {
				out.append("<tr").append(src(row.source())).append('>');
				if (g.categories() && first) {
					out.append("<th scope=\"rowgroup\" rowspan=\"").append(category.rows().size()).append("\">").append(esc(category.title())).append("</th>");
				}
				first = false;
				if (g.numbered()) {
					out.append("<td class=\"no\">").append(esc(row.number())).append("</td>");
				}
				out.append("<td class=\"name\">").append(esc(row.name())).append(row.star() ? "<sup>*</sup>" : "").append("</td><td class=\"unit\">")
						.append(esc(row.unit())).append("</td>");
				for (GridCell cell : row.cells()) {
					gridCell(cell);
				}
				out.append("</tr>\n");
			}
		}
		out.append("</tbody></table>\n");
		for (Note n : g.notes()) {
			note(n);
		}
	}

	private void gridCell(GridCell cell) {
		switch (cell.kind()) {
		case STATED -> {
			out.append("<td").append(cell.span() > 1 ? " colspan=\"" + cell.span() + "\"" : "");
			String cls = (cell.numeric() ? "num" : "") + flagClass(cell.found());
			if (!cls.isBlank()) {
				out.append(" class=\"").append(cls.strip()).append('"');
			}
			out.append(title(cell.found())).append('>').append(esc(cell.text())).append("</td>");
		}
		case DASH_DERIVED -> out.append("<td class=\"derived\" title=\"").append(esc(cell.derived())).append("\">—</td>");
		case EMPTY -> out.append("<td></td>");
		case DERIVED -> out.append("<td class=\"num derived\">").append(esc(cell.text())).append("</td>");
		case COMPUTED -> out.append("<td class=\"num computed\">").append(esc(cell.text())).append("</td>");
		}
	}

	// ---------------------------------------------------------------- indicators and projects

	private void indicator(IndicatorFacts i) {
		out.append("<dl class=\"indicator\"").append(src(i.source())).append("><dt>").append(esc(i.name())).append(i.unit() == null ? "" : "（" + esc(i.unit()) + "）")
				.append("</dt>");
		if (i.category() != null) {
			out.append("<dd class=\"category\">").append(esc(labels.get("category"))).append(' ').append(esc(i.category())).append("</dd>");
		}
		for (Fact f : i.facts()) {
			out.append("<dd class=\"").append(flagClass(f.found()).strip()).append('"').append(title(f.found())).append('>').append(esc(f.label())).append(' ')
					.append(esc(f.value())).append("</dd>");
		}
		if (i.facts().isEmpty()) {
			out.append("<dd class=\"none\">").append(esc(labels.get("no-values"))).append("</dd>");
		}
		for (String n : i.notes()) {
			out.append("<dd class=\"note\">").append(esc(labels.get("note"))).append(' ').append(esc(n)).append("</dd>");
		}
		out.append("</dl>\n");
	}

	private void project(ProjectFacts p) {
		out.append("<div class=\"project\"").append(src(p.source())).append("><h4>").append(esc(p.name())).append("</h4>");
		out.append("<table class=\"facts\"><tbody>");
		for (Fact f : p.rows()) {
			if (f.numeric()) {
				out.append("<tr><th>").append(esc(f.label())).append("</th><td class=\"num").append(flagClass(f.found())).append('"').append(title(f.found()))
						.append('>').append(esc(f.value())).append("</td></tr>");
			} else {
				out.append("<tr").append(f.source() == null ? "" : src(f.source())).append("><th>").append(esc(f.label())).append("</th><td>").append(esc(f.value()))
						.append("</td></tr>");
			}
		}
		out.append("</tbody></table>\n");
		blocks(p.children());
		out.append("</div>\n");
	}

	// ---------------------------------------------------------------- sources and findings

	/** {@code data-src} and, for the first part on a line, the anchor findings link to. */
	private String src(Source s) {
		String anchor = s.line() > 0 && anchoredLines.add(s.line()) ? " id=\"L" + s.line() + "\"" : "";
		return anchor + dataSrc(s);
	}

	private static String dataSrc(Source s) {
		return " data-src=\"" + esc(s.where()) + "\"";
	}

	private void anchorOnly(Source s) {
		if (s.line() > 0 && anchoredLines.add(s.line())) {
			out.append("<span class=\"anchor\" id=\"L").append(s.line()).append("\" data-src=\"").append(esc(s.where())).append("\"></span>\n");
		}
	}

	private static String flagClass(List<PlanDiagnostic> found) {
		if (found.isEmpty()) {
			return "";
		}
		boolean error = found.stream().anyMatch(d -> d.severity() == PlanDiagnostic.Severity.ERROR);
		boolean warning = found.stream().anyMatch(d -> d.severity() == PlanDiagnostic.Severity.WARNING);
		return error ? " flag flag-error" : warning ? " flag flag-warning" : " flag flag-info";
	}

	private static String title(List<PlanDiagnostic> found) {
		if (found.isEmpty()) {
			return "";
		}
		return " title=\"" + esc(String.join("\n", found.stream().map(d -> "[" + d.check() + "] " + d.message()).toList())) + "\"";
	}

	static String stylesheet() {
		try (InputStream in = HtmlWriter.class.getResourceAsStream("plan.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
