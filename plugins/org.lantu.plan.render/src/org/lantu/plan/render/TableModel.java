package org.lantu.plan.render;

import static org.lantu.plan.render.Sheet.Cell.of;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanFacts;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.RatioValue;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Attribute;
import org.lantu.plan.plan.Category;
import org.lantu.plan.plan.CategoryProperty;
import org.lantu.plan.plan.ColumnKind;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.NoteProperty;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.TextCell;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.render.Sheet.Cell;
import org.lantu.plan.resolve.IndicatorColumns;

/**
 * The working tables of a plan, as every table format exports them: indicators (one row per
 * indicator and value), projects with their stages, zones, phases, tasks with lead units, and
 * the check's findings. Numbers are the numbers the author wrote, in the unit written.
 */
public final class TableModel {

	private final PlanFacts evaluated;
	private final Labels labels;

	public TableModel(PlanFacts evaluated, String lang) {
		this.evaluated = evaluated;
		this.labels = Labels.of(lang);
	}

	public List<Sheet> sheets(Plan plan, String sourceName, List<PlanDiagnostic> diagnostics) {
		Sources sources = new Sources(sourceName, diagnostics);
		return List.of(indicators(plan, sources), industries(plan, sources), projects(plan, sources), zones(plan, sources), phases(plan, sources),
				tasks(plan, sources), findings(diagnostics));
	}

	/**
	 * A sheet whose columns are keyed as given and labelled in the document's language; {@code
	 * key=label} labels a column with another label's text.
	 */
	private Sheet sheet(String name, String... columns) {
		List<String> keys = List.of(columns).stream().map(c -> c.split("=")[0]).toList();
		List<String> names = List.of(columns).stream().map(c -> labels.get(c.contains("=") ? c.split("=")[1] : c)).toList();
		return new Sheet(name, labels.get("sheet-" + name), keys, names);
	}

	private Sheet indicators(Plan plan, Sources sources) {
		Sheet s = sheet("indicators", "category", "indicator", "unit", "year", "kind", "value", "qualifier", "base", "growth", "attribute", "note", "source");
		for (Indicator i : EcoreUtil2.getAllContentsOfType(plan, Indicator.class)) {
			Facts f = evaluated.of(i);
			String category = categoryOf(i);
			Map<Key, RatioValue> ratios = evaluated.ratios(i);
			String base = f.base().map(e -> e.getKey().year() + ": " + e.getValue().written())
					.orElse(ratios.entrySet().stream().filter(e -> e.getKey().kind() == Facts.Kind.BASE).findFirst()
							.map(e -> e.getKey().year() + ": " + e.getValue().written()).orElse(null));
			Value growth = f.get(Facts.Kind.GROWTH) != null ? f.get(Facts.Kind.GROWTH) : f.get(Facts.Kind.CHANGE);
			String growthText = growth == null ? growthWords(i) : f.get(Facts.Kind.GROWTH) != null ? growth.written() : "[" + growth.written() + "]";
			String note = String.join("；", i.getProperties().stream().filter(NoteProperty.class::isInstance).map(p -> ((NoteProperty) p).getText()).toList());
			String attribute = f.attribute() == null ? null : f.attribute() == Attribute.BINDING ? "约束性" : "预期性";
			String name = i.getTitle() != null ? i.getTitle() : i.getName();
			boolean any = false;
			for (Map.Entry<Key, Value> e : f.values().entrySet()) {
				Key k = e.getKey();
				if (!f.isAmount(k)) {
					continue;
				}
				any = true;
				Value v = e.getValue();
				s.add(of(category), of(name), of(unitName(v.unit(), i.getUnit())), k.year() == 0 ? Cell.EMPTY : of(k.year()), of(labels.get(k.kind().label())),
						number(v), of(v.qualifier().symbol()), of(base), of(growthText), of(attribute), of(note.isEmpty() ? null : note), of(sources.of(v.source())));
			}
			for (Map.Entry<Key, RatioValue> e : ratios.entrySet()) {
				Key k = e.getKey();
				if (!f.isAmount(k)) {
					continue;
				}
				any = true;
				RatioValue r = e.getValue();
				s.add(of(category), of(name), of(i.getUnit()), k.year() == 0 ? Cell.EMPTY : of(k.year()), of(labels.get(k.kind().label())), of(r.written()),
						of(r.terms().get(0).qualifier().symbol()), of(base), of(growthText), of(attribute), of(note.isEmpty() ? null : note), of(sources.of(r.source())));
			}
			if (!any) {
				s.add(of(category), of(name), of(i.getUnit()), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, of(base), of(growthText), of(attribute),
						of(note.isEmpty() ? null : note), of(sources.of(i)));
			}
		}
		return s;
	}

	/** The indicator's category: the 类别 of its table, or its own {@code 类别 "…"}. */
	public static String categoryOf(Indicator i) {
		Category category = EcoreUtil2.getContainerOfType(i, Category.class);
		if (category != null && category.getTitle() != null) {
			return category.getTitle();
		}
		return i.getProperties().stream().filter(CategoryProperty.class::isInstance).map(p -> ((CategoryProperty) p).getTitle()).findFirst().orElse(null);
	}

	/** A growth or change written in words in its table column ("高于全省水平"), or null. */
	static String growthWords(Indicator i) {
		var placed = IndicatorColumns.place(i);
		for (var e : placed.cells().entrySet()) {
			if (e.getKey() instanceof TextCell t && (e.getValue().getKind() == ColumnKind.GROWTH || e.getValue().getKind() == ColumnKind.CHANGE)) {
				return t.getText();
			}
		}
		return null;
	}

	private Sheet industries(Plan plan, Sources sources) {
		Sheet s = sheet("industries", "industry=industry-name", "title", "kind=positioning", "output=output-indicator", "output-values", "zones=layout",
				"source");
		for (Industry ind : EcoreUtil2.getAllContentsOfType(plan, Industry.class)) {
			String values = null;
			if (ind.getOutput() != null && !ind.getOutput().eIsProxy()) {
				Facts f = evaluated.of(ind.getOutput());
				values = String.join("；", f.values().entrySet().stream().filter(e -> f.isAmount(e.getKey()))
						.map(e -> (e.getKey().year() == 0 ? "" : e.getKey().year() + "：") + e.getValue().written()).toList());
			}
			s.add(of(ind.getName()), of(ind.getTitle()), of(ind.getKind()), of(name(ind.getOutput())), of(values == null || values.isEmpty() ? null : values),
					of(String.join("、", ind.getZones().stream().map(TableModel::name).filter(n -> n != null).toList())), of(sources.of(ind)));
		}
		return s;
	}

	/** The number written (the lower end of a range), as a numeric cell. */
	private static Cell number(Value v) {
		if (v == null) {
			return Cell.EMPTY;
		}
		if (v.upper() != null) {
			return of(v.number().toPlainString() + "—" + v.upper().toPlainString());
		}
		return of(v.number());
	}

	private static String unitName(Unit unit, String declared) {
		return unit != null ? unit.name() : declared;
	}

	private Sheet projects(Plan plan, Sources sources) {
		Sheet s = sheet("projects", "title", "stage", "zone", "industry", "investment", "investment_unit=investment-unit", "land", "land_unit=land-unit", "years", "status",
				"source");
		for (Project p : EcoreUtil2.getAllContentsOfType(plan, Project.class)) {
			String title = p.getTitle() != null ? p.getTitle() : p.getName();
			row(s, title, null, p.getZone(), p.getIndustry(), p.getInvestment(), p.getLand(), p.getYears() == null ? null : p.getYears().getFrom() + "—" + p.getYears().getTo(),
					PlanFacts.isWritten(p, PlanPackage.Literals.PROJECT__STATUS) ? labels.get("status-" + p.getStatus().getName().toLowerCase(Locale.ROOT))
							: null,
					sources.of(p));
			for (Stage st : p.getStages()) {
				row(s, title, st.getTitle() != null ? st.getTitle() : st.getName(), null, null, st.getInvestment(), st.getLand(),
						st.getYears() == null ? null : st.getYears().getFrom() + "—" + st.getYears().getTo(), null, sources.of(st));
			}
		}
		return s;
	}

	private void row(Sheet s, String title, String stage, Referable zone, Referable industry, Quantity investment, Quantity land, String years, String status,
			String source) {
		Value inv = evaluated.value(investment);
		Value l = evaluated.value(land);
		s.add(of(title), of(stage), of(name(zone)), of(name(industry)), number(inv), of(inv == null || inv.unit() == null ? null : inv.unit().name()), number(l),
				of(l == null || l.unit() == null ? null : l.unit().name()), of(years), of(status), of(source));
	}

	private static String name(EObject o) {
		return o == null || o.eIsProxy() ? null : DisplayNames.nameOf(o);
	}

	private Sheet zones(Plan plan, Sources sources) {
		Sheet s = sheet("zones", "zone=zone-name", "parent", "kind", "area", "unit", "phase", "industries", "source");
		for (Zone z : EcoreUtil2.getAllContentsOfType(plan, Zone.class)) {
			Value a = evaluated.value(z.getArea());
			Zone parent = z.eContainer() instanceof Zone pz ? pz : null;
			s.add(of(z.getTitle() != null ? z.getTitle() : z.getName()), of(parent == null ? null : parent.getName()), of(z.getKind()), number(a),
					of(a == null || a.unit() == null ? null : a.unit().name()), of(name(z.getPhase())),
					of(String.join("、", z.getIndustries().stream().map(TableModel::name).filter(n -> n != null).toList())), of(sources.of(z)));
		}
		return s;
	}

	private Sheet phases(Plan plan, Sources sources) {
		Sheet s = sheet("phases", "phase", "title", "from=year-from", "to=year-to", "area", "unit", "source");
		for (Phase p : EcoreUtil2.getAllContentsOfType(plan, Phase.class)) {
			Value a = evaluated.value(p.getArea());
			s.add(of(p.getName()), of(p.getTitle()), p.getRange() == null ? Cell.EMPTY : of(p.getRange().getFrom()),
					p.getRange() == null ? Cell.EMPTY : of(p.getRange().getTo()), number(a), of(a == null || a.unit() == null ? null : a.unit().name()),
					of(sources.of(p)));
		}
		return s;
	}

	private Sheet tasks(Plan plan, Sources sources) {
		Sheet s = sheet("tasks", "number", "task", "lead", "support", "deadline", "targets", "source");
		for (Task t : EcoreUtil2.getAllContentsOfType(plan, Task.class)) {
			s.add(t.getNumber() == null ? Cell.EMPTY : of(new BigDecimal(t.getNumber())), of(t.getTitle()),
					of(String.join("、", t.getLead().stream().map(TableModel::name).filter(n -> n != null).toList())),
					of(String.join("、", t.getSupport().stream().map(TableModel::name).filter(n -> n != null).toList())),
					t.getDeadline() == 0 ? Cell.EMPTY : of(t.getDeadline()),
					of(String.join("、", t.getTargets().stream().map(TableModel::name).filter(n -> n != null).toList())), of(sources.of(t)));
		}
		return s;
	}

	private Sheet findings(List<PlanDiagnostic> diagnostics) {
		Sheet s = sheet("findings", "file", "line", "column", "severity", "check", "message", "element", "value");
		for (PlanDiagnostic d : diagnostics) {
			s.add(of(Sources.shown(d.file())), of(d.line()), of(d.column()), of(labels.get(d.severity().label())), of(d.check()), of(d.message()), of(d.element()),
					of(String.join("; ", d.data())));
		}
		return s;
	}

}
