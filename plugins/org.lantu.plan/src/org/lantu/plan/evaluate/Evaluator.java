package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.parser.Spans;
import org.lantu.plan.parser.SyntaxErrors;
import org.lantu.plan.plan.ActualProperty;
import org.lantu.plan.plan.Attribute;
import org.lantu.plan.plan.AttributeCell;
import org.lantu.plan.plan.AttributeProperty;
import org.lantu.plan.plan.BaseProperty;
import org.lantu.plan.plan.ChangeProperty;
import org.lantu.plan.plan.Column;
import org.lantu.plan.plan.CumulativeCell;
import org.lantu.plan.plan.DecliningProperty;
import org.lantu.plan.plan.GrowthProperty;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorCell;
import org.lantu.plan.plan.IndicatorProperty;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.PlanScope;
import org.lantu.plan.plan.PointsProperty;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.TargetProperty;
import org.lantu.plan.plan.ValueCell;
import org.lantu.plan.plan.YearValue;
import org.lantu.plan.plan.Zone;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.quantity.Units;
import org.lantu.plan.resolve.IndicatorColumns;

import com.google.inject.Inject;

/**
 * Evaluates what the author wrote: quantities to {@link Value}s (number, unit, qualifier,
 * tolerance), and plan elements to their {@link Facts}. Every check reads values through here.
 */
public class Evaluator {

	@Inject
	private Analyser analyser;

	@Inject
	private SumDerivation sums;

	/** The settings in force for a model element (see {@link CheckSettings#of}). */
	public CheckSettings settings(EObject context) {
		return CheckSettings.of(context);
	}

	/**
	 * A quantity evaluated in context: a bare number takes {@code contextUnit} (the indicator's
	 * unit). Null when its unit is unknown (unit.unknown reports that).
	 */
	public Value value(Quantity q, String contextUnit) {
		if (q == null || q.getValue() == null || !q.getTerms().isEmpty()) {
			return null; // a ratio is no one amount: see ratio(…)
		}
		Reading reading = read(q, contextUnit);
		return reading == null ? null : reading.value(q.getValue(), q.getUpper(), written(q));
	}

	/**
	 * A ratio (7.9:39.6:52.5, 2.45:1) evaluated in context: each term a value in the quantity's unit, else
	 * {@code contextUnit}. A whole term stands for what rounds to it (7 for 6.5 to 7.5), but a term written as 1 is
	 * exact, as the 1 of 2.45:1 is, unless the terms are percentages of a whole. Null when {@code q} is no ratio or its unit is unknown.
	 */
	public RatioValue ratio(Quantity q, String contextUnit) {
		if (q == null || q.getValue() == null || q.getTerms().isEmpty() || recovered(q)) {
			return null;
		}
		Reading reading = read(q, contextUnit); // once for all its terms: a ratio may have thousands
		if (reading == null) {
			return null;
		}
		boolean ofAWhole = RatioValue.ofAWhole(reading.unit());
		List<BigDecimal> numbers = new ArrayList<>();
		numbers.add(q.getValue());
		numbers.addAll(q.getTerms());
		List<Value> terms = new ArrayList<>(numbers.size());
		for (BigDecimal n : numbers) {
			Value term = reading.value(n, null, n.toPlainString());
			// a whole term was rounded to the unit (7:38:55 of 6.7:38.5:54.8), as every computed proportion is; but the 1 of 2.45:1 is exact
			if (term.tolerance() == null && n.scale() <= 0) {
				BigDecimal rounded = !ofAWhole && n.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ZERO : HALF;
				term = new Value(q, term.written(), term.unit(), n, null, term.qualifier(), rounded, term.relative());
			}
			terms.add(term);
		}
		return new RatioValue(q, written(q), List.copyOf(terms));
	}

	private static final BigDecimal HALF = new BigDecimal("0.5");

	/**
	 * Whether the parser recovered from a syntax error inside a quantity (7.9:39.5:| 7:38:55): a term it could not read is
	 * left out, so the ratio it holds is not the one written. The syntax error is reported; nothing is checked on it.
	 */
	private static boolean recovered(Quantity q) {
		ICompositeNode node = NodeModelUtils.getNode(q);
		return node != null && SyntaxErrors.within(node);
	}

	/** What a quantity's words say of each number it holds: unit, qualifier, tolerances. */
	private record Reading(Quantity q, Unit unit, Qualifier qualifier, BigDecimal relative, String suffix) {

		Value value(BigDecimal number, BigDecimal upper, String written) {
			BigDecimal tolerance = null;
			if (q.getTolerance() != null) {
				if (!q.isRelative()) {
					tolerance = q.getTolerance().abs();
				} else if (qualifier == Qualifier.EXACT) {
					tolerance = number.abs().multiply(relative);
				}
			}
			if (q.getUnit() == null && unit != null) {
				int at = !suffix.isEmpty() && written.contains(suffix) ? written.lastIndexOf(suffix) : written.length();
				written = written.substring(0, at) + unit.name() + written.substring(at);
			}
			return new Value(q, written, unit, number, upper, qualifier, tolerance, relative);
		}
	}

	/** Null when the quantity's unit is unknown (unit.unknown reports that). */
	private Reading read(Quantity q, String contextUnit) {
		Units units = units(q);
		Qualifier qualifier = Qualifier.EXACT;
		if (isWritten(q, PlanPackage.Literals.QUANTITY__PREFIX)) {
			qualifier = qualifier.and(Qualifier.of(q.getPrefix()));
		}
		boolean suffixWritten = isWritten(q, PlanPackage.Literals.QUANTITY__SUFFIX);
		if (suffixWritten) {
			qualifier = qualifier.and(Qualifier.of(q.getSuffix()));
		}
		Unit unit = null;
		if (q.getUnit() != null) {
			Optional<Unit> u = units.find(q.getUnit());
			if (u.isPresent()) {
				unit = u.get();
			} else {
				Optional<Map.Entry<Unit, String>> glued = units.findWithGluedSuffix(q.getUnit());
				if (glued.isEmpty()) {
					return null;
				}
				unit = glued.get().getKey();
				qualifier = qualifier.and(Qualifier.ofWord(glued.get().getValue()));
			}
		} else if (contextUnit != null) {
			unit = units.find(contextUnit).orElse(null);
		}
		BigDecimal relative = q.getTolerance() != null && q.isRelative() ? q.getTolerance().abs().movePointLeft(2) : planTolerance(q);
		return new Reading(q, unit, qualifier, relative, suffixWritten ? q.getSuffix().getLiteral() : "");
	}

	/** The unit table in force where {@code context} stands: its file's (see {@link PlanAnalysis#units()}). */
	public Units units(EObject context) {
		PlanAnalysis analysis = analyser.of(context);
		return analysis == null ? new Units() : analysis.units();
	}

	/** The analysis of {@code context}'s file, or null when it is in no file. */
	public PlanAnalysis analysis(EObject context) {
		return analyser.of(context);
	}

	/** The plan's own tolerance for 约 ({@code tolerance 10%}), else the settings'. */
	private BigDecimal planTolerance(EObject o) {
		Plan plan = EcoreUtil2.getContainerOfType(o, Plan.class);
		if (plan != null && plan.getTolerance() != null && plan.getTolerance().getValue() != null) {
			return plan.getTolerance().getValue().abs().movePointLeft(2);
		}
		return CheckSettings.of(o).tolerance();
	}

	/**
	 * Whether an optional enum feature was written: EMF reports an enum holding its first literal
	 * (约, 以上, 增速) as unset, so the text decides ({@link Spans}).
	 */
	public static boolean isWritten(EObject o, EStructuralFeature feature) {
		return Spans.isWritten(o, feature);
	}

	/** The source text of an element, as the author wrote it (whitespace collapsed). */
	public static String written(EObject o) {
		return Spans.tokens(o).replace(" ", "");
	}

	/**
	 * The evaluated values of an indicator, zone, phase, project, stage, industry (its output
	 * indicator) or the plan's area: those the author stated, then those its file's 合计s derive (see {@link SumDerivation}).
	 * Evaluated once per file version and settings, and kept in the file's {@link PlanAnalysis}.
	 */
	public Facts facts(EObject element) {
		if (element instanceof Industry industry && industry.getOutput() != null && !industry.getOutput().eIsProxy()) {
			return facts(industry.getOutput());
		}
		PlanAnalysis analysis = analyser.of(element);
		if (analysis == null) {
			return stated(element); // in no file: no 合计 derives anything for it
		}
		CheckSettings settings = settings(element);
		BigDecimal tolerance = settings.tolerance();
		Lang lang = settings.lang();
		// while a 合计 derives, the facts it reads leave it out: those are not the element's whole facts
		boolean whole = !sums.deriving();
		if (whole) {
			Facts known = analysis.facts(element, tolerance, lang);
			if (known != null) {
				return known;
			}
		}
		Facts stated = analysis.stated(element, tolerance, lang);
		if (stated == null) {
			stated = stated(element);
			analysis.stated(element, tolerance, lang, stated);
		}
		Facts f = stated;
		if (!analysis.sumsNaming(element).isEmpty()) {
			f = stated.copy();
			sums.derive(f, this, analysis);
		}
		if (whole) {
			analysis.facts(element, tolerance, lang, f);
		}
		return f;
	}

	/** The values the author stated for an element. */
	private Facts stated(EObject element) {
		if (element instanceof Indicator i) {
			return indicator(i);
		}
		Facts f = new Facts(element, DisplayNames.nameOf(element), null);
		if (element instanceof Zone z) {
			f.put(new Key(Kind.AREA, 0), value(z.getArea(), null));
		} else if (element instanceof Phase p) {
			f.put(new Key(Kind.AREA, 0), value(p.getArea(), null));
		} else if (element instanceof PlanScope s) {
			f.put(new Key(Kind.AREA, 0), value(s.getArea(), null));
		} else if (element instanceof Project p) {
			f.put(new Key(Kind.INVESTMENT, 0), value(p.getInvestment(), null));
			f.put(new Key(Kind.LAND, 0), value(p.getLand(), null));
			f.put(new Key(Kind.OUTPUT, 0), value(p.getOutput(), null));
		} else if (element instanceof Stage s) {
			f.put(new Key(Kind.INVESTMENT, 0), value(s.getInvestment(), null));
			f.put(new Key(Kind.LAND, 0), value(s.getLand(), null));
			f.put(new Key(Kind.OUTPUT, 0), value(s.getOutput(), null));
		}
		return f;
	}

	/**
	 * An indicator's attribute (约束性, 预期性) as its cells or properties state it (the last one
	 * written), without evaluating its values: what grading a finding needs.
	 */
	public static Attribute attributeOf(Indicator indicator) {
		Attribute attribute = null;
		for (IndicatorCell cell : indicator.getCells()) {
			if (cell instanceof AttributeCell a) {
				attribute = a.getAttribute();
			}
		}
		for (IndicatorProperty p : indicator.getProperties()) {
			if (p instanceof AttributeProperty a) {
				attribute = a.getAttribute();
			}
		}
		return attribute;
	}

	private Facts indicator(Indicator indicator) {
		String unitName = indicator.getUnit();
		Unit unit = unitName == null ? null : units(indicator).find(unitName).orElse(null);
		Facts f = new Facts(indicator, DisplayNames.nameOf(indicator), unit);
		f.setAttribute(attributeOf(indicator));
		stated(indicator, (key, q, contextUnit) -> f.put(key, value(q, contextUnit)));
		for (IndicatorProperty p : indicator.getProperties()) {
			if (p instanceof DecliningProperty) {
				f.setDeclining(true);
			}
		}
		return f;
	}

	/**
	 * The ratios an indicator states (三次产业结构: 7.9:39.6:52.5 | 7:38:55), by the same keys as its
	 * {@link #facts} (which leave them out: a ratio is no one amount). Empty for most indicators.
	 */
	public Map<Key, RatioValue> ratios(Indicator indicator) {
		Map<Key, RatioValue> ratios = new LinkedHashMap<>();
		stated(indicator, (key, q, contextUnit) -> {
			RatioValue r = ratio(q, contextUnit);
			if (r != null) {
				ratios.putIfAbsent(key, r);
			}
		});
		return ratios;
	}

	private interface StatedQuantity {
		void accept(Key key, Quantity q, String contextUnit);
	}

	/** Every quantity an indicator states, in its cells (by their columns) and then its properties, with its key and the unit a bare number takes. */
	private static void stated(Indicator indicator, StatedQuantity each) {
		String unitName = indicator.getUnit();
		var placement = IndicatorColumns.place(indicator);
		for (Map.Entry<IndicatorCell, Column> e : placement.cells().entrySet()) {
			IndicatorCell cell = e.getKey();
			Column column = e.getValue();
			int year = column.getYear();
			Quantity q = cell instanceof ValueCell v ? v.getValue() : cell instanceof CumulativeCell c ? c.getValue() : null;
			if (q == null) {
				continue;
			}
			boolean bracketed = cell instanceof CumulativeCell;
			switch (column.getKind()) {
			case BASE -> each.accept(new Key(Kind.BASE, year), q, bracketed ? null : unitName);
			case TARGET -> each.accept(new Key(Kind.TARGET, year), q, bracketed ? null : unitName);
			case ACTUAL -> each.accept(new Key(Kind.ACTUAL, year), q, bracketed ? null : unitName);
			case GROWTH -> each.accept(new Key(bracketed ? Kind.CHANGE : Kind.GROWTH, 0), q, bracketed ? unitName : "%");
			case CHANGE -> each.accept(new Key(Kind.CHANGE, 0), q, unitName);
			default -> {
			}
			}
		}
		for (IndicatorProperty p : indicator.getProperties()) {
			if (p instanceof BaseProperty b) {
				each.accept(new Key(Kind.BASE, b.getYear()), b.getValue(), unitName);
			} else if (p instanceof TargetProperty t) {
				for (YearValue yv : t.getValues()) {
					each.accept(new Key(Kind.TARGET, yv.getYear()), yv.getValue(), unitName);
				}
			} else if (p instanceof ActualProperty a) {
				for (YearValue yv : a.getValues()) {
					each.accept(new Key(Kind.ACTUAL, yv.getYear()), yv.getValue(), unitName);
				}
			} else if (p instanceof GrowthProperty g) {
				each.accept(new Key(Kind.GROWTH, 0), g.getValue(), "%");
			} else if (p instanceof ChangeProperty c) {
				each.accept(new Key(Kind.CHANGE, 0), c.getValue(), unitName);
			} else if (p instanceof PointsProperty pp) {
				each.accept(new Key(Kind.POINTS, 0), pp.getValue(), "百分点");
			}
		}
	}
}
