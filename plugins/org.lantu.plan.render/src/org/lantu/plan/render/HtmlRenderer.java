package org.lantu.plan.render;

import static org.lantu.plan.render.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.lantu.plan.api.Numbering;
import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanFacts;
import org.lantu.plan.evaluate.ComputedColumns;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Resolved;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Annex;
import org.lantu.plan.plan.Attribute;
import org.lantu.plan.plan.AttributeCell;
import org.lantu.plan.plan.BasisItem;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Category;
import org.lantu.plan.plan.Cell;
import org.lantu.plan.plan.CellItem;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.Column;
import org.lantu.plan.plan.Composition;
import org.lantu.plan.plan.Computed;
import org.lantu.plan.plan.CumulativeCell;
import org.lantu.plan.plan.Element;
import org.lantu.plan.plan.Figure;
import org.lantu.plan.plan.Group;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorCell;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.Inline;
import org.lantu.plan.plan.NotApplicable;
import org.lantu.plan.plan.NotApplicableCell;
import org.lantu.plan.plan.Note;
import org.lantu.plan.plan.NoteProperty;
import org.lantu.plan.plan.Organisation;
import org.lantu.plan.plan.Paragraph;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.QuantityItem;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Row;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Table;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.Text;
import org.lantu.plan.plan.TextCell;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.plan.ValueCell;
import org.lantu.plan.plan.ValueRef;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Decimals;

/**
 * A plan as one self-contained HTML document in the published layout: title block, contents,
 * the check results, figures, then chapters, boxes (专栏), tables (表) and indicator tables in the
 * official form. Every author string is escaped; every generated block carries
 * {@code data-src="file:line"}; findings mark the element they are about. The output depends only
 * on the input (no dates, no randomness), so the same plan always renders to the same bytes.
 */
public class HtmlRenderer {

	private final PlanFacts evaluated;
	private final Labels labels;

	private StringBuilder out;
	private Sources sources;
	private Plan plan;
	private final Set<Integer> anchoredLines = new HashSet<>();
	private int chapterCount;

	public HtmlRenderer(PlanFacts evaluated, String lang) {
		this.evaluated = evaluated;
		this.labels = Labels.of(lang);
	}

	/** The document for one plan, with the findings of its check. */
	public String render(Plan plan, String sourceName, List<PlanDiagnostic> diagnostics) {
		return render(plan, sourceName, diagnostics, null);
	}

	/** The document for one plan, with the findings of its check and how many of its numbers were cross-checked (if known). */
	public String render(Plan plan, String sourceName, List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
		this.plan = plan;
		this.out = new StringBuilder(64 * 1024);
		this.sources = new Sources(sourceName, diagnostics);
		anchoredLines.clear();
		chapterCount = 0;
		String title = DisplayNames.shownOf(plan.getName(), plan.getTitle());
		out.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Lantu\">\n<title>")
				.append(esc(title)).append("</title>\n<style>\n").append(stylesheet()).append("</style>\n</head>\n<body>\n");
		titleBlock(plan, title);
		contents(plan);
		findings(diagnostics, coverage);
		charts(plan);
		out.append("<main>\n");
		for (Element e : plan.getElements()) {
			element(e, 0);
		}
		out.append("</main>\n</body>\n</html>\n");
		return out.toString();
	}

	// ---------------------------------------------------------------- front matter

	private void titleBlock(Plan p, String title) {
		out.append("<header class=\"title-block\"").append(src(p)).append(">\n");
		if (p.getIssuer() != null) {
			out.append("<p class=\"issuer\">").append(esc(p.getIssuer())).append("</p>\n");
		}
		if (p.getNumber() != null) {
			out.append("<p class=\"doc-number\">").append(esc(p.getNumber())).append("</p>\n");
		}
		out.append("<h1>").append(esc(title)).append("</h1>\n");
		List<String> meta = new ArrayList<>();
		if (p.getPeriod() != null) {
			meta.add(labels.get("period") + " " + (p.getPeriod().getFrom() == 0 ? labels.get("until") + " " : p.getPeriod().getFrom() + "—") + p.getPeriod().getTo());
		}
		if (!p.getOutlook().isEmpty()) {
			meta.add(labels.get("outlook") + " " + String.join("、", p.getOutlook().stream().map(String::valueOf).toList()));
		}
		if (p.getArea() != null) {
			meta.add(labels.get("area") + " " + PlanFacts.written(p.getArea()));
		}
		if (p.getDate() != null) {
			meta.add(p.getDate().getYear() + "年" + p.getDate().getMonth() + "月" + p.getDate().getDay() + "日");
		}
		if (!meta.isEmpty()) {
			out.append("<p class=\"meta\">").append(esc(String.join(" · ", meta))).append("</p>\n");
		}
		if (!p.getAddressees().isEmpty()) {
			out.append("<p class=\"to\">").append(esc(String.join("，", p.getAddressees()))).append("：</p>\n");
		}
		if (!p.getBasis().isEmpty()) {
			out.append("<details class=\"basis\"><summary>").append(esc(labels.get("basis"))).append("</summary><ol>\n");
			for (BasisItem b : p.getBasis()) {
				out.append("<li>").append(esc(b.getTitle())).append(b.getDocNumber() == null ? "" : "（" + esc(b.getDocNumber()) + "）").append("</li>\n");
			}
			out.append("</ol></details>\n");
		}
		out.append("</header>\n");
	}

	private void contents(Plan p) {
		List<EObject> chapters = new ArrayList<>();
		for (Element e : p.getElements()) {
			if (e instanceof Chapter || e instanceof Annex) {
				chapters.add(e);
			}
		}
		if (chapters.isEmpty()) {
			return;
		}
		out.append("<nav class=\"toc\"><h2>").append(esc(labels.get("contents"))).append("</h2><ol>\n");
		int i = 0;
		for (EObject c : chapters) {
			i++;
			String heading = c instanceof Chapter ch ? chapterHeading(ch) : annexHeading((Annex) c);
			out.append("<li><a href=\"#ch-").append(i).append("\">").append(esc(heading)).append("</a></li>\n");
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

	// ---------------------------------------------------------------- charts

	private void charts(Plan p) {
		StringBuilder before = out;
		out = new StringBuilder();
		List<Phase> phases = EcoreUtil2.getAllContentsOfType(p, Phase.class).stream().filter(ph -> ph.getRange() != null).toList();
		if (phases.size() >= 2) {
			List<Charts.Span> spans = phases.stream().map(ph -> new Charts.Span(DisplayNames.shownOf(ph.getName(), ph.getTitle()),
					ph.getRange().getFrom(), ph.getRange().getTo(), ph.getArea() == null ? "" : PlanFacts.written(ph.getArea()))).toList();
			out.append(Charts.timeline(labels.get("phases-chart"), spans));
		}
		List<Charts.Bar> zoneBars = new ArrayList<>();
		for (Zone z : EcoreUtil2.getAllContentsOfType(p, Zone.class)) {
			Value v = evaluated.value(z.getArea());
			if (v != null && v.unit() != null) {
				zoneBars.add(new Charts.Bar(z.getName(), v.nominal(), v.written(), !sources.at(z.getArea()).isEmpty()));
			}
		}
		if (zoneBars.size() >= 2) {
			out.append(Charts.bars(labels.get("zones-chart"), zoneBars.subList(0, Math.min(24, zoneBars.size()))));
		}
		List<Charts.Series> series = new ArrayList<>();
		for (Indicator i : EcoreUtil2.getAllContentsOfType(p, Indicator.class)) {
			Facts f = evaluated.of(i);
			List<Charts.Point> points = new ArrayList<>();
			for (Map.Entry<Key, Value> e : f.values().entrySet()) {
				Key k = e.getKey();
				if (k.year() != 0 && f.isAmount(k) && e.getValue().unit() != null && e.getValue().unit().equals(f.unit())) {
					points.add(new Charts.Point(k.year(), e.getValue().nominal().divide(f.unit().factor()), e.getValue().written(), k.kind().name().toLowerCase()));
				}
			}
			points.sort((a, b) -> Integer.compare(a.year(), b.year()));
			if (points.size() >= 2 && points.stream().map(Charts.Point::year).distinct().count() == points.size()) {
				series.add(new Charts.Series(f.name(), points, f.unit().name()));
			}
		}
		// the plan's goals first: indicators with targets, then those that record actuals
		series.sort((a, b) -> Boolean.compare(b.points().stream().anyMatch(pt -> pt.kind().equals("target")),
				a.points().stream().anyMatch(pt -> pt.kind().equals("target"))));
		if (!series.isEmpty()) {
			out.append(Charts.trajectories(labels.get("indicators-chart"), series.subList(0, Math.min(12, series.size()))));
		}
		List<Charts.Bar> projectBars = new ArrayList<>();
		for (Project pr : EcoreUtil2.getAllContentsOfType(p, Project.class)) {
			Value v = evaluated.value(pr.getInvestment());
			if (v != null && v.unit() != null) {
				projectBars.add(new Charts.Bar(pr.getName(), v.nominal(), v.written(), !sources.at(pr.getInvestment()).isEmpty()));
			}
		}
		if (projectBars.size() >= 2) {
			out.append(Charts.bars(labels.get("projects-chart"), projectBars));
		}
		String charts = out.toString();
		out = before;
		if (!charts.isEmpty()) {
			out.append("<section class=\"charts\"><h2>").append(esc(labels.get("charts"))).append("</h2>\n").append(charts).append("\n</section>\n");
		}
	}

	// ---------------------------------------------------------------- elements

	private void element(Element e, int depth) {
		if (e instanceof Chapter c) {
			chapterCount++;
			anchorOnly(c);
			out.append("<section class=\"chapter\" id=\"ch-").append(chapterCount).append('"').append(dataSrc(c)).append("><h2>").append(esc(chapterHeading(c)))
					.append("</h2>\n");
			children(c.getElements(), 1);
			out.append("</section>\n");
		} else if (e instanceof Annex a) {
			chapterCount++;
			anchorOnly(a);
			out.append("<section class=\"annex\" id=\"ch-").append(chapterCount).append('"').append(dataSrc(a)).append("><h2>").append(esc(annexHeading(a)))
					.append("</h2>\n");
			children(a.getElements(), 1);
			out.append("</section>\n");
		} else if (e instanceof Section s) {
			int level = Math.min(6, depth + 2);
			out.append("<section class=\"section\"").append(src(s)).append("><h").append(level).append('>')
					.append(esc(Numbering.heading(plan.getNumbering(), depth, s.getNumber(), s.getTitle()))).append("</h").append(level).append(">\n");
			children(s.getElements(), depth + 1);
			out.append("</section>\n");
		} else if (e instanceof Paragraph p) {
			out.append("<p").append(src(p)).append('>');
			if (p.getLabel() != null) {
				out.append("<strong class=\"run-in\">").append(esc(p.getLabel())).append("</strong>");
			}
			inlines(p.getContent());
			out.append("</p>\n");
		} else if (e instanceof Box b) {
			out.append("<aside class=\"box\"").append(src(b)).append("><h4>").append(esc(labels.get("box"))).append(b.getNumber() == null ? "" : " " + esc(b.getNumber()))
					.append("　").append(esc(b.getTitle())).append("</h4>\n");
			children(b.getElements(), depth + 1);
			out.append("</aside>\n");
		} else if (e instanceof Table t) {
			table(t);
		} else if (e instanceof IndicatorTable it) {
			indicatorTable(it, null);
		} else if (e instanceof Figure f) {
			out.append("<figure class=\"figure-ref\"").append(src(f)).append("><div class=\"placeholder\"></div><figcaption>").append(esc(labels.get("figure")))
					.append(f.getNumber() == null ? "" : " " + esc(f.getNumber())).append("　").append(esc(f.getTitle()))
					.append(f.getSource() == null ? "" : "<br><small>" + esc(f.getSource()) + "</small>").append("</figcaption></figure>\n");
		} else if (e instanceof Note n) {
			note(n);
		} else if (e instanceof Indicator i) {
			indicator(i);
		} else if (e instanceof Phase ph) {
			phase(ph, depth);
		} else if (e instanceof Zone z) {
			zone(z, depth);
		} else if (e instanceof Industry in) {
			facts(in, DisplayNames.shownOf(in.getName(), in.getTitle()), in.getKind() == null ? List.of() : List.of(in.getKind()), in.getElements(), depth);
		} else if (e instanceof Project pr) {
			project(pr, depth);
		} else if (e instanceof Task t) {
			task(t, depth);
		} else if (e instanceof Organisation o && o.getHead() == null && o.getMembers().isEmpty() && o.getCadence() == null && o.getElements().isEmpty()) {
			anchorOnly(o); // a unit named as a lead or support unit: nothing to publish on its own
		} else if (e instanceof Organisation o) {
			List<String> lines = new ArrayList<>();
			if (o.getHead() != null) {
				lines.add(o.getHead());
			}
			if (!o.getMembers().isEmpty()) {
				lines.add(names(o.getMembers()));
			}
			if (o.getCadence() != null) {
				lines.add(o.getCadence());
			}
			facts(o, DisplayNames.shownOf(o.getName(), o.getTitle()), lines, o.getElements(), depth);
		} else if (e instanceof Composition || e instanceof Group || e instanceof UnitDecl || e instanceof Ack) {
			// model relations, not published text (their findings are listed at the top)
			anchorOnly(e);
		}
	}

	private void children(List<Element> elements, int depth) {
		for (Element e : elements) {
			element(e, depth);
		}
	}

	private String chapterHeading(Chapter c) {
		return Numbering.heading(plan.getNumbering(), 0, c.getNumber(), c.getTitle());
	}

	private String annexHeading(Annex a) {
		return labels.get("annex") + (a.getNumber() == null ? "" : a.getNumber()) + "　" + a.getTitle();
	}

	private void note(Note n) {
		out.append("<p class=\"note\"").append(src(n)).append('>').append(esc(labels.get("note"))).append("：");
		inlines(n.getContent());
		out.append("</p>\n");
	}

	private void inlines(List<Inline> content) {
		for (Inline i : content) {
			inline(i);
		}
	}

	private void inline(EObject i) {
		if (i instanceof Text t) {
			out.append(esc(t.getValue()));
		} else if (i instanceof Claim c) {
			String written = c.getValue() != null ? PlanFacts.written(c.getValue()) : c.getCount() == null ? "" : c.getCount().getWord();
			List<PlanDiagnostic> found = new ArrayList<>(sources.at(c));
			if (c.getValue() != null) {
				found.addAll(sources.at(c.getValue()));
			}
			out.append("<span class=\"claim").append(flagClass(found)).append('"').append(title(found)).append('>').append(esc(written)).append("</span>");
		} else if (i instanceof ValueRef r) {
			out.append("<span class=\"value-ref\">").append(esc(valueOf(r))).append("</span>");
		} else if (i instanceof QuantityItem q) {
			List<PlanDiagnostic> found = sources.at(q.getValue());
			out.append("<span class=\"num").append(flagClass(found)).append('"').append(title(found)).append('>').append(esc(PlanFacts.written(q.getValue())))
					.append("</span>");
		} else if (i instanceof NotApplicable) {
			out.append("—");
		}
	}

	/** The text a value reference shows: the stated value as written, or the computed one. */
	private String valueOf(ValueRef r) {
		if (r.getTarget() == null || r.getTarget().getSubject() == null || r.getTarget().getSubject().eIsProxy()) {
			return "?";
		}
		Resolved resolved = evaluated.resolve(r.getTarget());
		if (resolved.stated() != null) {
			return resolved.stated().written();
		}
		if (resolved.nominal() != null) {
			return Charts.number(resolved.nominal()) + (resolved.key().kind() == Facts.Kind.GROWTH ? "%" : "");
		}
		return "?";
	}

	// ---------------------------------------------------------------- tables

	private void table(Table t) {
		out.append("<figure class=\"table\"").append(src(t)).append("><figcaption>").append(esc(labels.get("table")))
				.append(t.getNumber() == null ? "" : " " + esc(t.getNumber())).append("　").append(esc(t.getTitle())).append("</figcaption>\n");
		if (t.getIndicators() != null) {
			indicatorTable(t.getIndicators(), t);
		} else {
			out.append("<table class=\"text-table\">\n");
			if (!t.getHeader().isEmpty()) {
				out.append("<thead><tr>");
				for (Cell c : t.getHeader()) {
					out.append("<th>");
					cell(c);
					out.append("</th>");
				}
				out.append("</tr></thead>\n");
			}
			out.append("<tbody>\n");
			for (Row r : t.getRows()) {
				out.append("<tr").append(src(r)).append('>');
				for (Cell c : r.getCells()) {
					out.append("<td>");
					cell(c);
					out.append("</td>");
				}
				out.append("</tr>\n");
			}
			out.append("</tbody></table>\n");
		}
		for (Note n : t.getNotes()) {
			note(n);
		}
		out.append("</figure>\n");
	}

	/** Items of a cell: consecutive texts start new lines; claims and values stay inline. */
	private void cell(Cell c) {
		EObject previous = null;
		for (CellItem item : c.getItems()) {
			if (item instanceof Text && previous instanceof Text) {
				out.append("<br>");
			}
			inline(item);
			previous = item;
		}
	}

	private void indicatorTable(IndicatorTable it, Table inside) {
		if (inside == null) {
			out.append("<figure class=\"table\"").append(src(it)).append('>');
			if (it.getTitle() != null || it.getNumber() != null) {
				out.append("<figcaption>").append(it.getNumber() == null ? "" : esc(labels.get("table")) + " " + esc(it.getNumber()) + "　")
						.append(esc(it.getTitle() == null ? "" : it.getTitle())).append("</figcaption>");
			}
			out.append('\n');
		}
		boolean numbered = it.getGroups().stream().flatMap(g -> g.getIndicators().stream()).anyMatch(i -> i.getNumber() != null);
		boolean categories = it.getGroups().stream().anyMatch(g -> g.getTitle() != null);
		out.append("<table class=\"indicators\">\n<thead><tr>");
		if (categories) {
			out.append("<th>").append(esc(labels.get("category"))).append("</th>");
		}
		if (numbered) {
			out.append("<th>").append(esc(labels.get("number"))).append("</th>");
		}
		out.append("<th>").append(esc(labels.get("indicator"))).append("</th><th>").append(esc(labels.get("unit"))).append("</th>");
		for (Column c : it.getColumns()) {
			out.append("<th>").append(esc(columnLabel(c))).append("</th>");
		}
		for (Computed c : it.getComputed()) {
			out.append("<th class=\"computed\">").append(esc(computedLabel(c))).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (Category g : it.getGroups()) {
			boolean first = true;
			for (Indicator i : g.getIndicators()) {
				out.append("<tr").append(src(i)).append('>');
				if (categories && first) {
					out.append("<th scope=\"rowgroup\" rowspan=\"").append(g.getIndicators().size()).append("\">").append(esc(g.getTitle() == null ? "" : g.getTitle()))
							.append("</th>");
				}
				first = false;
				if (numbered) {
					out.append("<td class=\"no\">").append(esc(i.getNumber() == null ? "" : i.getNumber())).append("</td>");
				}
				out.append("<td class=\"name\">").append(esc(DisplayNames.shownOf(i.getName(), i.getTitle()))).append(i.isStar() ? "<sup>*</sup>" : "")
						.append("</td><td class=\"unit\">").append(esc(i.getUnit() == null ? "" : i.getUnit())).append("</td>");
				int used = 0;
				// the row's facts (a derived value for an empty cell, the computed columns) only when a cell needs them
				boolean needed = !it.getComputed().isEmpty() || i.getCells().size() < it.getColumns().size()
						|| i.getCells().stream().anyMatch(NotApplicableCell.class::isInstance);
				Facts facts = needed ? evaluated.of(i) : null;
				for (IndicatorCell cell : i.getCells()) {
					int span = cell instanceof TextCell t && t.getSpan() != null ? Math.max(1, Integer.parseInt(t.getSpan())) : 1;
					if (used >= it.getColumns().size()) {
						break;
					}
					Value derived = cell instanceof NotApplicableCell && facts != null ? derived(facts, it.getColumns().get(used)) : null;
					used += span;
					if (derived != null) {
						out.append("<td class=\"derived\" title=\"").append(esc(derived.written())).append("\">—</td>");
					} else {
						indicatorCell(cell, span);
					}
				}
				for (; used < it.getColumns().size(); used++) {
					Value derived = facts == null ? null : derived(facts, it.getColumns().get(used));
					out.append(derived == null ? "<td></td>" : "<td class=\"num derived\">" + esc(derived.written()) + "</td>");
				}
				for (Computed c : it.getComputed()) {
					out.append("<td class=\"num computed\">").append(esc(computed(c, facts))).append("</td>");
				}
				out.append("</tr>\n");
			}
		}
		out.append("</tbody></table>\n");
		for (Note n : it.getNotes()) {
			note(n);
		}
		if (inside == null) {
			out.append("</figure>\n");
		}
	}

	/** The value a 合计 derives for a column the row leaves empty (推算), or null. */
	private static Value derived(Facts f, Column c) {
		Kind kind = switch (c.getKind()) {
		case BASE -> Kind.BASE;
		case TARGET -> Kind.TARGET;
		case ACTUAL -> Kind.ACTUAL;
		default -> null;
		};
		Value v = kind == null ? null : f.get(new Key(kind, c.getYear()));
		return v != null && v.derived() ? v : null;
	}

	private String columnLabel(Column c) {
		if (c.getLabel() != null) {
			return c.getLabel();
		}
		String kind = switch (c.getKind()) {
		case BASE -> labels.get("base");
		case TARGET -> labels.get("target");
		case ACTUAL -> labels.get("actual");
		case GROWTH -> labels.get("growth");
		case CHANGE -> labels.get("change");
		case ATTRIBUTE -> labels.get("attribute");
		case NOTE -> labels.get("remark");
		};
		return c.getYear() == 0 ? kind : c.getYear() + labels.get("year") + (labels.lang().equals("en") ? " " + kind.toLowerCase() : "（" + kind + "）");
	}

	private String computedLabel(Computed c) {
		String base = switch (c) {
		case GROWTH -> labels.get("growth");
		case CHANGE -> labels.get("change");
		case ATTAINMENT -> labels.get("attainment");
		};
		return base + labels.get("computed-suffix");
	}

	/** A computed cell: from the figures as written, to two decimals; empty when not computable. */
	private static String computed(Computed c, Facts f) {
		BigDecimal v = switch (c) {
		case GROWTH -> ComputedColumns.growthPercent(f);
		case CHANGE -> ComputedColumns.change(f);
		case ATTAINMENT -> ComputedColumns.attainmentPercent(f);
		};
		if (v == null) {
			return "";
		}
		return Decimals.plain(v, 2) + (c == Computed.CHANGE ? "" : "%");
	}

	private void indicatorCell(IndicatorCell cell, int span) {
		List<PlanDiagnostic> found = new ArrayList<>(sources.at(cell));
		Quantity q = cell instanceof ValueCell v ? v.getValue() : cell instanceof CumulativeCell c ? c.getValue() : null;
		if (q != null) {
			found.addAll(sources.at(q));
		}
		out.append("<td").append(span > 1 ? " colspan=\"" + span + "\"" : "");
		String cls = (q != null ? "num" : "") + flagClass(found);
		if (!cls.isBlank()) {
			out.append(" class=\"").append(cls.strip()).append('"');
		}
		out.append(title(found)).append('>');
		if (cell instanceof ValueCell) {
			out.append(esc(PlanFacts.written(q)));
		} else if (cell instanceof CumulativeCell) {
			out.append('[').append(esc(PlanFacts.written(q))).append(']');
		} else if (cell instanceof NotApplicableCell) {
			out.append('—');
		} else if (cell instanceof TextCell t) {
			out.append(esc(t.getText()));
		} else if (cell instanceof AttributeCell a) {
			out.append(esc(attribute(a.getAttribute())));
		}
		out.append("</td>");
	}

	private String attribute(Attribute a) {
		if (labels.lang().equals("en")) {
			return a == Attribute.BINDING ? "binding" : "expected";
		}
		return a == Attribute.BINDING ? "约束性" : "预期性";
	}

	// ---------------------------------------------------------------- indicators, space, projects, tasks

	private void indicator(Indicator i) {
		Facts f = evaluated.of(i);
		out.append("<dl class=\"indicator\"").append(src(i)).append("><dt>").append(esc(DisplayNames.shownOf(i.getName(), i.getTitle())))
				.append(i.getUnit() == null ? "" : "（" + esc(i.getUnit()) + "）").append("</dt>");
		String category = TableModel.categoryOf(i);
		if (category != null) {
			out.append("<dd class=\"category\">").append(esc(labels.get("category"))).append(' ').append(esc(category)).append("</dd>");
		}
		for (Map.Entry<Key, Value> e : f.values().entrySet()) {
			List<PlanDiagnostic> found = sources.at(e.getValue().source());
			out.append("<dd class=\"").append(flagClass(found).strip()).append('"').append(title(found)).append('>').append(esc(keyLabel(e.getKey()))).append(' ')
					.append(esc(e.getValue().written())).append("</dd>");
		}
		if (f.values().isEmpty()) {
			out.append("<dd class=\"none\">").append(esc(labels.get("no-values"))).append("</dd>");
		}
		for (var p : i.getProperties()) {
			if (p instanceof NoteProperty n) {
				out.append("<dd class=\"note\">").append(esc(labels.get("note"))).append(' ').append(esc(n.getText())).append("</dd>");
			}
		}
		out.append("</dl>\n");
	}

	private String keyLabel(Key k) {
		String kind = labels.get(switch (k.kind()) {
		case BASE -> "base";
		case TARGET -> "target";
		case ACTUAL -> "actual";
		case GROWTH -> "growth";
		case CHANGE -> "change";
		case POINTS -> "points";
		case AREA -> "area";
		case INVESTMENT -> "investment";
		case LAND -> "land";
		case OUTPUT -> "output";
		});
		return k.year() == 0 ? kind : k.year() + labels.get("year") + kind;
	}

	private void phase(Phase ph, int depth) {
		out.append("<div class=\"phase\"").append(src(ph)).append("><h4>").append(esc(DisplayNames.shownOf(ph.getName(), ph.getTitle())));
		if (ph.getRange() != null) {
			out.append("（").append(ph.getRange().getFrom()).append("—").append(ph.getRange().getTo()).append("）");
		}
		out.append("</h4>");
		List<String> lines = new ArrayList<>();
		if (ph.getArea() != null) {
			lines.add(labels.get("area") + " " + PlanFacts.written(ph.getArea()));
		}
		if (!ph.getZones().isEmpty()) {
			lines.add(names(ph.getZones()));
		}
		factLine(lines, ph.getArea());
		children(ph.getElements(), depth + 1);
		out.append("</div>\n");
	}

	private void zone(Zone z, int depth) {
		out.append("<div class=\"zone\"").append(src(z)).append("><h4>").append(esc(DisplayNames.shownOf(z.getName(), z.getTitle()))).append("</h4>");
		List<String> lines = new ArrayList<>();
		if (z.getKind() != null) {
			lines.add(z.getKind());
		}
		if (z.getArea() != null) {
			lines.add(labels.get("area") + " " + PlanFacts.written(z.getArea()));
		}
		if (!z.getParts().isEmpty()) {
			lines.add(labels.get("parts") + " " + names(z.getParts()));
		}
		if (!z.getIndustries().isEmpty()) {
			lines.add(labels.get("industries") + " " + names(z.getIndustries()));
		}
		factLine(lines, z.getArea());
		children(z.getElements(), depth + 1);
		out.append("</div>\n");
	}

	private void project(Project p, int depth) {
		out.append("<div class=\"project\"").append(src(p)).append("><h4>").append(esc(DisplayNames.shownOf(p.getName(), p.getTitle()))).append("</h4>");
		out.append("<table class=\"facts\"><tbody>");
		factRow("investment", p.getInvestment());
		factRow("land", p.getLand());
		factRow("floor", p.getFloorArea());
		factRow("output", p.getOutput());
		if (!p.getCapacity().isEmpty()) {
			out.append("<tr><th>").append(esc(labels.get("capacity"))).append("</th><td>")
					.append(esc(String.join("、", p.getCapacity().stream().map(PlanFacts::written).toList()))).append("</td></tr>");
		}
		if (p.getYears() != null) {
			out.append("<tr><th>").append(esc(labels.get("years"))).append("</th><td>").append(p.getYears().getFrom()).append("—").append(p.getYears().getTo())
					.append("</td></tr>");
		}
		if (p.getZone() != null && !p.getZone().eIsProxy()) {
			out.append("<tr><th>").append(esc(labels.get("zone"))).append("</th><td>").append(esc(DisplayNames.nameOf(p.getZone()))).append("</td></tr>");
		}
		if (p.getIndustry() != null && !p.getIndustry().eIsProxy()) {
			out.append("<tr><th>").append(esc(labels.get("industry"))).append("</th><td>").append(esc(DisplayNames.nameOf(p.getIndustry()))).append("</td></tr>");
		}
		if (PlanFacts.isWritten(p, PlanPackage.Literals.PROJECT__STATUS)) {
			out.append("<tr><th>").append(esc(labels.get("status"))).append("</th><td>")
					.append(esc(labels.get("status-" + p.getStatus().getName().toLowerCase(Locale.ROOT)))).append("</td></tr>");
		}
		for (Stage s : p.getStages()) {
			List<String> parts = new ArrayList<>();
			for (Quantity q : new Quantity[] { s.getInvestment(), s.getLand(), s.getFloorArea(), s.getOutput() }) {
				if (q != null) {
					parts.add(PlanFacts.written(q));
				}
			}
			s.getCapacity().forEach(q -> parts.add(PlanFacts.written(q)));
			if (s.getYears() != null) {
				parts.add(s.getYears().getFrom() + "—" + s.getYears().getTo());
			}
			if (s.getScope() != null) {
				parts.add(s.getScope());
			}
			out.append("<tr").append(src(s)).append("><th>").append(esc(DisplayNames.shownOf(s.getName(), s.getTitle()))).append("</th><td>")
					.append(esc(String.join("；", parts))).append("</td></tr>");
		}
		out.append("</tbody></table>\n");
		children(p.getElements(), depth + 1);
		out.append("</div>\n");
	}

	private void factRow(String label, Quantity q) {
		if (q == null) {
			return;
		}
		List<PlanDiagnostic> found = sources.at(q);
		out.append("<tr><th>").append(esc(labels.get(label))).append("</th><td class=\"num").append(flagClass(found)).append('"').append(title(found))
				.append('>').append(esc(PlanFacts.written(q))).append("</td></tr>");
	}

	private void task(Task t, int depth) {
		// numbered in the style the plan declares for its level (编号 "第一章" "（一）"), else 4.
		out.append("<div class=\"task\"").append(src(t)).append("><h4>").append(esc(Numbering.heading(plan.getNumbering(), depth, t.getNumber(), t.getTitle())))
				.append("</h4>");
		List<String> lines = new ArrayList<>();
		if (!t.getLead().isEmpty()) {
			lines.add(labels.get("lead") + "：" + names(t.getLead()));
		}
		if (!t.getSupport().isEmpty()) {
			lines.add(labels.get("support") + "：" + names(t.getSupport()));
		}
		if (t.getDeadline() != 0) {
			lines.add(labels.get("deadline") + "：" + t.getDeadline());
		}
		factLine(lines, null);
		children(t.getElements(), depth + 1);
		out.append("</div>\n");
	}

	private void facts(EObject o, String name, List<String> lines, List<Element> elements, int depth) {
		out.append("<div class=\"").append(o.eClass().getName().toLowerCase()).append('"').append(src(o)).append("><h4>").append(esc(name)).append("</h4>");
		factLine(lines.stream().filter(l -> l != null).toList(), null);
		children(elements, depth + 1);
		out.append("</div>\n");
	}

	private void factLine(List<String> lines, Quantity flaggedBy) {
		if (lines.isEmpty()) {
			return;
		}
		List<PlanDiagnostic> found = flaggedBy == null ? List.of() : sources.at(flaggedBy);
		out.append("<p class=\"facts").append(flagClass(found)).append('"').append(title(found)).append('>').append(esc(String.join(" · ", lines))).append("</p>");
	}

	private static String names(List<? extends Referable> refs) {
		return String.join("、", refs.stream().map(r -> r.eIsProxy() ? "?" : DisplayNames.nameOf(r)).toList());
	}

	// ---------------------------------------------------------------- sources and findings

	/** {@code data-src} and, for the first element on a line, the anchor findings link to. */
	private String src(EObject o) {
		int line = sources.line(o);
		String anchor = line > 0 && anchoredLines.add(line) ? " id=\"L" + line + "\"" : "";
		return anchor + " data-src=\"" + esc(sources.of(o)) + "\"";
	}

	private String dataSrc(EObject o) {
		return " data-src=\"" + esc(sources.of(o)) + "\"";
	}

	private void anchorOnly(EObject o) {
		int line = sources.line(o);
		if (line > 0 && anchoredLines.add(line)) {
			out.append("<span class=\"anchor\" id=\"L").append(line).append("\" data-src=\"").append(esc(sources.of(o))).append("\"></span>\n");
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
		try (InputStream in = HtmlRenderer.class.getResourceAsStream("plan.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
