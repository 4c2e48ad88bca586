package org.lantu.plan.render.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.lantu.plan.plan.Date;
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
import org.lantu.plan.plan.PlanScope;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.QuantityItem;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Sum;
import org.lantu.plan.plan.Table;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.Text;
import org.lantu.plan.plan.TextCell;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.plan.ValueCell;
import org.lantu.plan.plan.ValueRef;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.render.Labels;
import org.lantu.plan.render.Sources;
import org.lantu.plan.render.TableModel;
import org.lantu.plan.render.document.Document.Anchor;
import org.lantu.plan.render.document.Document.Bar;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Break;
import org.lantu.plan.render.document.Document.Caption;
import org.lantu.plan.render.document.Document.CellKind;
import org.lantu.plan.render.document.Document.ColumnHead;
import org.lantu.plan.render.document.Document.Dash;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;
import org.lantu.plan.render.document.Document.Fact;
import org.lantu.plan.render.document.Document.Findings;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.GridCell;
import org.lantu.plan.render.document.Document.Header;
import org.lantu.plan.render.document.Document.Heading;
import org.lantu.plan.render.document.Document.IndicatorFacts;
import org.lantu.plan.render.document.Document.IndicatorRow;
import org.lantu.plan.render.document.Document.Para;
import org.lantu.plan.render.document.Document.Plain;
import org.lantu.plan.render.document.Document.Point;
import org.lantu.plan.render.document.Document.ProjectFacts;
import org.lantu.plan.render.document.Document.Reference;
import org.lantu.plan.render.document.Document.Row;
import org.lantu.plan.render.document.Document.Run;
import org.lantu.plan.render.document.Document.Series;
import org.lantu.plan.render.document.Document.Source;
import org.lantu.plan.render.document.Document.Span;
import org.lantu.plan.render.document.Document.TextTable;

/**
 * Builds the {@link Document} of a checked plan: the one place that decides what is published
 * (which elements, in which order, under which heading, with which numbers and labels); the
 * writers only decide how it looks. Values come from {@link PlanFacts}, evaluated once per
 * publication.
 */
public final class DocumentBuilder {

	private final PlanFacts evaluated;
	private final Labels labels;

	private Plan plan;
	private Sources sources;
	private int chapterCount;

	public DocumentBuilder(PlanFacts evaluated, String lang) {
		this.evaluated = evaluated;
		this.labels = Labels.of(lang);
	}

	/** The document of {@code plan} (read from {@code sourceName}), with the findings of its check and, if known, its coverage. */
	public Document build(Plan plan, String sourceName, List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
		this.plan = plan;
		this.sources = new Sources(sourceName, diagnostics);
		this.chapterCount = 0;
		Header header = header(plan);
		List<Heading> contents = contents(plan);
		Document.Charts charts = charts(plan);
		List<Block> body = blocks(plan.getElements(), 0);
		return new Document(labels.lang(), header, contents, new Findings(List.copyOf(diagnostics), coverage), charts, body);
	}

	// ---------------------------------------------------------------- front matter

	private Header header(Plan p) {
		List<String> meta = new ArrayList<>();
		if (p.getPeriod() != null) {
			meta.add(labels.get("period") + " " + (p.getPeriod().getFrom() == 0 ? labels.get("until") + " " : p.getPeriod().getFrom() + "—") + p.getPeriod().getTo());
		}
		if (!p.getOutlook().isEmpty()) {
			meta.add(labels.get("outlook") + " " + String.join("、", p.getOutlook().stream().map(String::valueOf).toList()));
		}
		PlanScope scope = p.getScope();
		if (scope != null && scope.getArea() != null) {
			// 规划范围 32 平方公里（北部片区、中部片区、南部片区）
			meta.add(labels.get("area") + " " + PlanFacts.written(scope.getArea()) + (scope.getParts().isEmpty() ? "" : "（" + names(scope.getParts()) + "）"));
		}
		Document.Date date = date(p.getDate());
		if (date != null) {
			meta.add(date.chinese());
		}
		List<String> basis = new ArrayList<>();
		for (BasisItem b : p.getBasis()) {
			basis.add(Objects.toString(b.getTitle(), "") + (b.getDocNumber() == null ? "" : "（" + b.getDocNumber() + "）"));
		}
		return new Header(source(p), p.getIssuer(), p.getNumber(), DisplayNames.shownOf(p.getName(), p.getTitle()), p.getKind(), meta,
				List.copyOf(p.getAddressees()), basis, date, p.getSignedBy(), date(p.getSignedDate()));
	}

	private static Document.Date date(Date d) {
		return d == null ? null : new Document.Date(d.getYear(), d.getMonth(), d.getDay());
	}

	private List<Heading> contents(Plan p) {
		List<Heading> headings = new ArrayList<>();
		for (Element e : p.getElements()) {
			if (e instanceof Chapter c) {
				headings.add(new Heading(headings.size() + 1, chapterHeading(c)));
			} else if (e instanceof Annex a) {
				headings.add(new Heading(headings.size() + 1, annexHeading(a)));
			}
		}
		return headings;
	}

	// ---------------------------------------------------------------- charts

	private Document.Charts charts(Plan p) {
		List<Span> phases = EcoreUtil2.getAllContentsOfType(p, Phase.class).stream().filter(ph -> ph.getRange() != null)
				.map(ph -> new Span(DisplayNames.shownOf(ph.getName(), ph.getTitle()), ph.getRange().getFrom(), ph.getRange().getTo(),
						ph.getArea() == null ? "" : PlanFacts.written(ph.getArea())))
				.toList();
		List<Bar> zones = new ArrayList<>();
		for (Zone z : EcoreUtil2.getAllContentsOfType(p, Zone.class)) {
			Value v = evaluated.value(z.getArea());
			if (v != null && v.unit() != null) {
				zones.add(new Bar(z.getName(), v.nominal(), v.written(), !sources.at(z.getArea()).isEmpty()));
			}
		}
		List<Series> series = new ArrayList<>();
		for (Indicator i : EcoreUtil2.getAllContentsOfType(p, Indicator.class)) {
			Facts f = evaluated.of(i);
			List<Point> points = new ArrayList<>();
			for (Map.Entry<Key, Value> e : f.values().entrySet()) {
				Key k = e.getKey();
				if (k.year() != 0 && f.isAmount(k) && e.getValue().unit() != null && e.getValue().unit().equals(f.unit())) {
					points.add(new Point(k.year(), Decimals.quotient(e.getValue().nominal(), f.unit().factor()), e.getValue().written(), k.kind().name().toLowerCase()));
				}
			}
			points.sort((a, b) -> Integer.compare(a.year(), b.year()));
			if (points.size() >= 2 && points.stream().map(Point::year).distinct().count() == points.size()) {
				series.add(new Series(f.name(), points, f.unit().name()));
			}
		}
		// the plan's goals first: indicators with targets, then those that record actuals
		series.sort((a, b) -> Boolean.compare(b.points().stream().anyMatch(pt -> pt.kind().equals("target")),
				a.points().stream().anyMatch(pt -> pt.kind().equals("target"))));
		List<Bar> projects = new ArrayList<>();
		// a total of other projects (a table's 合计) is no bar beside them
		Set<EObject> totals = new HashSet<>();
		EcoreUtil2.getAllContentsOfType(p, Sum.class).forEach(sum -> totals.add(sum.getTotal()));
		for (Project pr : EcoreUtil2.getAllContentsOfType(p, Project.class)) {
			Value v = evaluated.value(pr.getInvestment());
			if (v != null && v.unit() != null && !totals.contains(pr)) {
				projects.add(new Bar(pr.getName(), v.nominal(), v.written(), !sources.at(pr.getInvestment()).isEmpty()));
			}
		}
		return new Document.Charts(phases.size() >= 2 ? phases : List.of(), zones.size() >= 2 ? zones.subList(0, Math.min(24, zones.size())) : List.of(),
				series.subList(0, Math.min(12, series.size())), projects.size() >= 2 ? projects : List.of());
	}

	// ---------------------------------------------------------------- elements

	private List<Block> blocks(List<Element> elements, int depth) {
		List<Block> blocks = new ArrayList<>();
		for (Element e : elements) {
			Block b = block(e, depth);
			if (b != null) {
				blocks.add(b);
			}
		}
		return blocks;
	}

	private Block block(Element e, int depth) {
		if (e instanceof Chapter c) {
			chapterCount++;
			int index = chapterCount;
			return new Division(DivisionKind.CHAPTER, 0, index, chapterHeading(c), c.getNumber(), c.getTitle(), source(c), blocks(c.getElements(), 1));
		} else if (e instanceof Annex a) {
			chapterCount++;
			int index = chapterCount;
			return new Division(DivisionKind.ANNEX, 0, index, annexHeading(a), a.getNumber(), a.getTitle(), source(a), blocks(a.getElements(), 1));
		} else if (e instanceof Section s) {
			return new Division(DivisionKind.SECTION, depth, 0, Numbering.heading(plan.getNumbering(), depth, s.getNumber(), s.getTitle()), s.getNumber(),
					s.getTitle(), source(s),
					blocks(s.getElements(), depth + 1));
		} else if (e instanceof Paragraph p) {
			return new Para(p.getLabel(), runs(p.getContent()), source(p));
		} else if (e instanceof Box b) {
			return new Division(DivisionKind.BOX, depth, 0, labels.get("box") + (b.getNumber() == null ? "" : " " + b.getNumber()) + "　" + Objects.toString(b.getTitle(), ""),
					b.getNumber(), b.getTitle(), source(b), blocks(b.getElements(), depth + 1));
		} else if (e instanceof Table t) {
			return table(t);
		} else if (e instanceof IndicatorTable it) {
			Caption caption = it.getTitle() == null && it.getNumber() == null ? null : new Caption(labels.get("table"), it.getNumber(), it.getTitle());
			return new Document.IndicatorTable(caption, grid(it), source(it));
		} else if (e instanceof Figure f) {
			return new Document.Figure(new Caption(labels.get("figure"), f.getNumber(), f.getTitle()), f.getSource(), source(f));
		} else if (e instanceof Note n) {
			return note(n);
		} else if (e instanceof Indicator i) {
			return indicator(i);
		} else if (e instanceof Phase ph) {
			return phase(ph, depth);
		} else if (e instanceof Zone z) {
			return zone(z, depth);
		} else if (e instanceof Industry in) {
			return new Document.Facts("industry", DisplayNames.shownOf(in.getName(), in.getTitle()), in.getKind() == null ? List.of() : List.of(in.getKind()), List.of(),
					source(in), blocks(in.getElements(), depth + 1));
		} else if (e instanceof Project pr) {
			return project(pr, depth);
		} else if (e instanceof Task t) {
			return task(t, depth);
		} else if (e instanceof Organisation o && o.getHead() == null && o.getMembers().isEmpty() && o.getCadence() == null && o.getElements().isEmpty()) {
			return new Anchor(source(o)); // a unit named as a lead or support unit: nothing to publish on its own
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
			return new Document.Facts("organisation", DisplayNames.shownOf(o.getName(), o.getTitle()), lines, List.of(), source(o), blocks(o.getElements(), depth + 1));
		} else if (e instanceof Composition || e instanceof Group || e instanceof UnitDecl || e instanceof Ack) {
			// model relations, not published text (their findings are listed with the check results)
			return new Anchor(source(e));
		}
		return null;
	}

	private String chapterHeading(Chapter c) {
		return Numbering.heading(plan.getNumbering(), 0, c.getNumber(), c.getTitle());
	}

	private String annexHeading(Annex a) {
		return labels.get("annex") + (a.getNumber() == null ? "" : a.getNumber()) + "　" + a.getTitle();
	}

	private Document.Note note(Note n) {
		return new Document.Note(runs(n.getContent()), source(n));
	}

	private List<Run> runs(List<Inline> content) {
		List<Run> runs = new ArrayList<>();
		for (Inline i : content) {
			Run r = run(i);
			if (r != null) {
				runs.add(r);
			}
		}
		return runs;
	}

	private Run run(EObject i) {
		if (i instanceof Text t) {
			return new Plain(Objects.toString(t.getValue(), ""));
		} else if (i instanceof Claim c) {
			String written = c.getValue() != null ? PlanFacts.written(c.getValue()) : c.getCount() == null ? "" : c.getCount().getWord();
			List<PlanDiagnostic> found = new ArrayList<>(sources.at(c));
			if (c.getValue() != null) {
				found.addAll(sources.at(c.getValue()));
			}
			return new Document.Claim(written, found);
		} else if (i instanceof ValueRef r) {
			return new Reference(valueOf(r));
		} else if (i instanceof QuantityItem q) {
			return new Document.Number(PlanFacts.written(q.getValue()), sources.at(q.getValue()));
		} else if (i instanceof NotApplicable) {
			return new Dash();
		}
		return null;
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
			return Decimals.plain(resolved.nominal(), 2) + (resolved.key().kind().isComputedPercentage() ? "%" : "");
		}
		return "?";
	}

	// ---------------------------------------------------------------- tables

	private TextTable table(Table t) {
		Caption caption = new Caption(labels.get("table"), t.getNumber(), t.getTitle());
		List<Document.Note> notes = t.getNotes().stream().map(this::note).toList();
		if (t.getIndicators() != null) {
			return new TextTable(caption, List.of(), List.of(), grid(t.getIndicators()), notes, source(t));
		}
		List<List<Run>> header = t.getHeader().stream().map(this::cell).toList();
		List<Row> rows = t.getRows().stream().map(r -> new Row(source(r), r.getCells().stream().map(this::cell).toList())).toList();
		return new TextTable(caption, header, rows, null, notes, source(t));
	}

	/** Items of a cell: consecutive texts start new lines; claims and values stay inline. */
	private List<Run> cell(Cell c) {
		List<Run> runs = new ArrayList<>();
		EObject previous = null;
		for (CellItem item : c.getItems()) {
			if (item instanceof Text && previous instanceof Text) {
				runs.add(new Break());
			}
			Run r = run(item);
			if (r != null) {
				runs.add(r);
			}
			previous = item;
		}
		return runs;
	}

	private Grid grid(IndicatorTable it) {
		boolean numbered = it.getGroups().stream().flatMap(g -> g.getIndicators().stream()).anyMatch(i -> i.getNumber() != null);
		boolean categories = it.getGroups().stream().anyMatch(g -> g.getTitle() != null);
		List<ColumnHead> columns = new ArrayList<>();
		if (categories) {
			columns.add(new ColumnHead(labels.get("category"), false));
		}
		if (numbered) {
			columns.add(new ColumnHead(labels.get("number"), false));
		}
		columns.add(new ColumnHead(labels.get("indicator"), false));
		columns.add(new ColumnHead(labels.get("unit"), false));
		for (Column c : it.getColumns()) {
			columns.add(new ColumnHead(columnLabel(c), false));
		}
		for (Computed c : it.getComputed()) {
			columns.add(new ColumnHead(computedLabel(c), true));
		}
		List<Document.Category> groups = new ArrayList<>();
		for (Category g : it.getGroups()) {
			List<IndicatorRow> rows = new ArrayList<>();
			for (Indicator i : g.getIndicators()) {
				rows.add(row(it, i));
			}
			groups.add(new Document.Category(g.getTitle(), rows));
		}
		return new Grid(categories, numbered, columns, groups, it.getNotes().stream().map(this::note).toList());
	}

	private IndicatorRow row(IndicatorTable it, Indicator i) {
		List<GridCell> cells = new ArrayList<>();
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
			cells.add(derived != null ? new GridCell(CellKind.DASH_DERIVED, "—", false, 1, derived.written(), List.of()) : stated(cell, span));
		}
		for (; used < it.getColumns().size(); used++) {
			Value derived = facts == null ? null : derived(facts, it.getColumns().get(used));
			cells.add(derived == null ? new GridCell(CellKind.EMPTY, "", false, 1, null, List.of())
					: new GridCell(CellKind.DERIVED, derived.written(), true, 1, derived.written(), List.of()));
		}
		for (Computed c : it.getComputed()) {
			cells.add(new GridCell(CellKind.COMPUTED, computed(c, facts), true, 1, null, List.of()));
		}
		// a row marked 其中： is shown as the published table has it
		String name = (i.isOfWhich() ? "其中：" : "") + DisplayNames.shownOf(i.getName(), i.getTitle());
		return new IndicatorRow(source(i), i.getNumber(), name, i.isStar(), i.getUnit(), cells);
	}

	private GridCell stated(IndicatorCell cell, int span) {
		List<PlanDiagnostic> found = new ArrayList<>(sources.at(cell));
		Quantity q = cell instanceof ValueCell v ? v.getValue() : cell instanceof CumulativeCell c ? c.getValue() : null;
		if (q != null) {
			found.addAll(sources.at(q));
		}
		String text = "";
		if (cell instanceof ValueCell) {
			text = PlanFacts.written(q);
		} else if (cell instanceof CumulativeCell) {
			text = "[" + PlanFacts.written(q) + "]";
		} else if (cell instanceof NotApplicableCell) {
			text = "—";
		} else if (cell instanceof TextCell t) {
			text = Objects.toString(t.getText(), "");
		} else if (cell instanceof AttributeCell a) {
			text = attribute(a.getAttribute());
		}
		return new GridCell(CellKind.STATED, text, q != null, span, null, found);
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
		return c.getYear() == 0 ? kind : c.getYear() + labels.get("year") + (isEnglish() ? " " + kind.toLowerCase() : "（" + kind + "）");
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

	private String attribute(Attribute a) {
		if (isEnglish()) {
			return a == Attribute.BINDING ? "binding" : "expected";
		}
		return a == Attribute.BINDING ? "约束性" : "预期性";
	}

	private boolean isEnglish() {
		return labels.lang().equals("en");
	}

	// ---------------------------------------------------------------- indicators, space, projects, tasks

	private IndicatorFacts indicator(Indicator i) {
		Facts f = evaluated.of(i);
		List<Fact> values = new ArrayList<>();
		for (Map.Entry<Key, Value> e : f.values().entrySet()) {
			values.add(new Fact(keyLabel(e.getKey()), e.getValue().written(), false, sources.at(e.getValue().source()), null));
		}
		List<String> notes = i.getProperties().stream().filter(NoteProperty.class::isInstance).map(p -> ((NoteProperty) p).getText()).toList();
		return new IndicatorFacts(DisplayNames.shownOf(i.getName(), i.getTitle()), i.getUnit(), TableModel.categoryOf(i), values, notes, source(i));
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
		case RISE -> "rise";
		case FALL -> "fall";
		});
		return k.year() == 0 ? kind : k.year() + labels.get("year") + kind;
	}

	private Document.Facts phase(Phase ph, int depth) {
		String heading = DisplayNames.shownOf(ph.getName(), ph.getTitle()) + (ph.getRange() == null ? "" : "（" + ph.getRange().getFrom() + "—" + ph.getRange().getTo() + "）");
		List<String> lines = new ArrayList<>();
		if (ph.getArea() != null) {
			lines.add(labels.get("area") + " " + PlanFacts.written(ph.getArea()));
		}
		if (!ph.getZones().isEmpty()) {
			lines.add(names(ph.getZones()));
		}
		return new Document.Facts("phase", heading, lines, sources.at(ph.getArea()), source(ph), blocks(ph.getElements(), depth + 1));
	}

	private Document.Facts zone(Zone z, int depth) {
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
		return new Document.Facts("zone", DisplayNames.shownOf(z.getName(), z.getTitle()), lines, sources.at(z.getArea()), source(z), blocks(z.getElements(), depth + 1));
	}

	private ProjectFacts project(Project p, int depth) {
		List<Fact> rows = new ArrayList<>();
		quantity(rows, "investment", p.getInvestment());
		quantity(rows, "land", p.getLand());
		quantity(rows, "floor", p.getFloorArea());
		quantity(rows, "output", p.getOutput());
		if (!p.getCapacity().isEmpty()) {
			rows.add(new Fact(labels.get("capacity"), String.join("、", p.getCapacity().stream().map(PlanFacts::written).toList()), false, List.of(), null));
		}
		if (p.getYears() != null) {
			rows.add(new Fact(labels.get("years"), p.getYears().getFrom() + "—" + p.getYears().getTo(), false, List.of(), null));
		}
		if (p.getZone() != null && !p.getZone().eIsProxy()) {
			rows.add(new Fact(labels.get("zone"), DisplayNames.nameOf(p.getZone()), false, List.of(), null));
		}
		if (p.getIndustry() != null && !p.getIndustry().eIsProxy()) {
			rows.add(new Fact(labels.get("industry"), DisplayNames.nameOf(p.getIndustry()), false, List.of(), null));
		}
		if (PlanFacts.isWritten(p, PlanPackage.Literals.PROJECT__STATUS)) {
			rows.add(new Fact(labels.get("status"), labels.get("status-" + p.getStatus().getName().toLowerCase(Locale.ROOT)), false, List.of(), null));
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
			rows.add(new Fact(DisplayNames.shownOf(s.getName(), s.getTitle()), String.join("；", parts), false, List.of(), source(s)));
		}
		return new ProjectFacts(DisplayNames.shownOf(p.getName(), p.getTitle()), rows, source(p), blocks(p.getElements(), depth + 1));
	}

	private void quantity(List<Fact> rows, String label, Quantity q) {
		if (q != null) {
			rows.add(new Fact(labels.get(label), PlanFacts.written(q), true, sources.at(q), null));
		}
	}

	private Document.Facts task(Task t, int depth) {
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
		// numbered in the style the plan declares for its level (编号 "第一章" "（一）"), else 4.
		return new Document.Facts("task", Numbering.heading(plan.getNumbering(), depth, t.getNumber(), t.getTitle()), lines, List.of(), source(t),
				blocks(t.getElements(), depth + 1));
	}

	private static String names(List<? extends Referable> refs) {
		return String.join("、", refs.stream().map(r -> r.eIsProxy() ? "?" : DisplayNames.nameOf(r)).toList());
	}

	private Source source(EObject o) {
		return new Source(sources.of(o), sources.line(o));
	}
}
