package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.OfWhich;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Sum;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/**
 * sum.mismatch: a total (合计) equals the sum of its parts, for every year and kind of value the
 * total states. sum.of-which: parts listed under 其中 (or a subset, like above-size firms among
 * all firms), or rows of a table marked 其中：, do not exceed their total. unit.dimension: all of
 * them measure the same thing.
 */
public class SumChecks extends CheckFamily {

	/** One part's value for the key being checked. */
	private record Part(Referable element, Value value) {
	}

	@Check
	public void totalIsSumOfParts(Sum sum) {
		compose(sum, sum.getTotal(), sum.getParts(), true, PlanPackage.Literals.SUM__TOTAL);
	}

	@Check
	public void partsWithinTotal(OfWhich ofWhich) {
		compose(ofWhich, ofWhich.getTotal(), ofWhich.getParts(), false, PlanPackage.Literals.OF_WHICH__TOTAL);
	}

	/**
	 * sum.of-which for the rows of a table marked 其中：, as published tables write them: the run of such rows under a
	 * row is within that row. Checked once, at the run's first row; a row in another unit (其中：占比 under 亿元) is
	 * a measure of the row above, not a part, and is said to be left unchecked.
	 */
	@Check
	public void rowsOfWhichWithinTheRowAbove(Indicator row) {
		if (!row.isOfWhich() || row.eContainer() == null || !row.eContainingFeature().isMany()) {
			return;
		}
		List<?> siblings = (List<?>) row.eContainer().eGet(row.eContainingFeature());
		int at = siblings.indexOf(row);
		if (at > 0 && siblings.get(at - 1) instanceof Indicator before && before.isOfWhich()) {
			return; // checked with the first row of its run
		}
		if (at <= 0 || !(siblings.get(at - 1) instanceof Indicator total)) {
			report(CheckType.SUM_OF_WHICH, Text.of("sum.of-which.no-row-above", row.getName()), row, PlanPackage.Literals.INDICATOR__OF_WHICH, row);
			return;
		}
		List<Referable> parts = new ArrayList<>();
		var totalUnit = evaluator.units(total).find(total.getUnit());
		for (int i = at; i < siblings.size() && siblings.get(i) instanceof Indicator p && p.isOfWhich(); i++) {
			var unit = evaluator.units(p).find(p.getUnit());
			if (unit.isPresent() && totalUnit.isPresent() && !unit.get().sameDimension(totalUnit.get())) {
				notCovered(Text.of("coverage.unchecked.of-which.unit", p.getName(), p.getUnit(), total.getName(), total.getUnit()), p,
						PlanPackage.Literals.INDICATOR__UNIT, p);
			} else {
				parts.add(p);
			}
		}
		if (!parts.isEmpty()) {
			compose(row, total, parts, false, null);
		}
	}

	private void compose(EObject composition, Referable totalElement, List<Referable> parts, boolean exact, EStructuralFeature totalFeature) {
		if (totalElement == null || totalElement.eIsProxy() || parts.stream().anyMatch(p -> p == null || p.eIsProxy())) {
			return;
		}
		Facts totalFacts = evaluator.facts(totalElement);
		List<Facts> partFacts = parts.stream().map(evaluator::facts).toList();
		partsWithoutTotal(composition, totalFacts, parts, partFacts, totalFeature);
		for (Map.Entry<Key, Value> e : totalFacts.values().entrySet()) {
			Key key = e.getKey();
			if (!totalFacts.isAmount(key)) {
				continue;
			}
			Value stated = e.getValue();
			if (stated.derivedBy(composition)) {
				continue;
			}
			List<Part> found = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				Optional<Map.Entry<Key, Value>> v = partFacts.get(i).matching(key);
				if (v.isPresent() && !v.get().getValue().derivedBy(composition)) {
					found.add(new Part(parts.get(i), v.get().getValue()));
				}
			}
			if (found.isEmpty()) {
				notCovered(Text.of("coverage.unchecked.sum.no-part", totalFacts.text(key)), composition, totalFeature, totalFacts.element(), stated);
				continue;
			}
			boolean complete = found.size() == parts.size();
			EObject at = !stated.derived() && sameResource(stated.source(), composition) ? stated.source() : composition;
			EStructuralFeature feature = at == composition ? totalFeature : null;
			Unit unit = Comparison.displayUnit(stated, found.stream().map(Part::value).toList());
			Value total = Comparison.inUnitOf(stated, unit);
			Optional<Part> foreign = found.stream().filter(p -> !Comparison.compatible(p.value(), total)).findFirst();
			if (foreign.isPresent()) {
				Text message = Text.of("unit.dimension.part", Text.of("sum.total-named", total.written(), key.text()), DisplayNames.nameOf(foreign.get().element()),
						foreign.get().value().written(), total.written(), dimension(foreign.get().value()), dimension(total));
				report(CheckType.UNIT_DIMENSION, message, at, feature, totalFacts.element());
				uncovered(composition, message, stated);
				found.forEach(p -> uncovered(composition, message, p.value()));
				continue;
			}
			covered(composition, stated);
			found.forEach(p -> covered(composition, p.value()));
			Interval lenient = Interval.point(BigDecimal.ZERO);
			Interval strictSum = Interval.point(BigDecimal.ZERO);
			List<Value> inUnit = new ArrayList<>(found.size());
			for (Part p : found) {
				Value v = Comparison.inUnitOf(p.value(), unit);
				lenient = lenient.plus(v.allowed(false));
				strictSum = strictSum.plus(v.allowed(true));
				inUnit.add(v);
			}
			// what a finding says is worked out only for a finding: most sums hold
			if (exact && complete) {
				Comparison c = Comparison.of(lenient, total.allowed(false), strictSum, total.allowed(true));
				if (c == Comparison.FAILS || c == Comparison.ONLY_LENIENT) {
					String fix = Comparison.fix(lenient, unit, Math.max(total.decimals(), found.stream().mapToInt(p -> p.value().decimals()).max().orElse(0)));
					String[] data = fix == null ? new String[0] : new String[] { fix };
					String arithmetic = arithmetic(terms(found, inUnit, composition), total, lenient);
					Text where = totalFacts.text(key);
					if (c == Comparison.FAILS) {
						report(CheckType.SUM_MISMATCH, Text.of("sum.mismatch.parts", where, arithmetic, Comparison.describe(total, false)), at, feature,
								totalFacts.element(), data);
					} else {
						reportMinor(CheckType.SUM_MISMATCH, Text.of("sum.mismatch.lenient", where, arithmetic, Comparison.describe(total, true)), at, feature,
								totalFacts.element(), data);
					}
				}
			} else {
				// parts (all, or those stated) must fit within the total
				boolean failsLenient = !lenient.canBeAtMost(total.allowed(false));
				boolean failsStrict = !failsLenient && !strictSum.canBeAtMost(total.allowed(true));
				if (!failsLenient && !failsStrict) {
					continue;
				}
				CheckType id = exact ? CheckType.SUM_MISMATCH : CheckType.SUM_OF_WHICH;
				String prefix = exact ? "sum.mismatch.stated-parts" : "sum.of-which";
				Interval shown = failsLenient ? lenient : strictSum;
				List<String> terms = terms(found, inUnit, composition);
				String partsText = found.size() == 1 && !shown.isPoint() ? terms.get(0) + " (" + total.show(shown) + ")"
						: found.size() == 1 ? terms.get(0) : arithmetic(terms, total, lenient);
				Text where = totalFacts.text(key);
				if (failsLenient) {
					report(id, Text.of(prefix + ".exceed", where, total.written(), partsText), at, feature, totalFacts.element());
				} else {
					reportMinor(id, Text.of(prefix + ".lenient", where, total.written(), partsText), at, feature, totalFacts.element());
				}
			}
		}
	}

	/** Each part as a finding names it: its name and its value as written, in the sum's unit. */
	private static List<String> terms(List<Part> found, List<Value> inUnit, EObject composition) {
		List<String> terms = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			terms.add(label(found.get(i).element(), composition) + " " + inUnit.get(i).written());
		}
		return terms;
	}

	/** 甲 1 + 乙 2 = 3: the parts and what they add up to. */
	private static String arithmetic(List<String> terms, Value total, Interval sum) {
		return String.join(" + ", terms) + " = " + total.show(sum);
	}

	/** Values the parts state for a year and kind the total states nothing for: nothing to add them up to. */
	private void partsWithoutTotal(EObject composition, Facts totalFacts, List<Referable> parts, List<Facts> partFacts, EStructuralFeature totalFeature) {
		Map<Key, List<Value>> alone = new LinkedHashMap<>();
		for (Facts f : partFacts) {
			for (Map.Entry<Key, Value> e : f.values().entrySet()) {
				if (f.isAmount(e.getKey()) && !e.getValue().derivedBy(composition) && totalFacts.matching(e.getKey()).isEmpty()) {
					alone.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
				}
			}
		}
		alone.forEach((key, values) -> notCovered(Text.of("coverage.unchecked.sum.no-total", totalFacts.text(key), values.size(), parts.size()), composition,
				totalFeature, totalFacts.element(), values.toArray(Value[]::new)));
	}

	/** An element's name, qualified with its plan's name when it is in another plan: 东区.营业收入. */
	static String label(EObject element, EObject context) {
		if (sameResource(element, context)) {
			return DisplayNames.nameOf(element);
		}
		var plan = EcoreUtil2.getContainerOfType(element, Plan.class);
		return (plan == null ? "" : plan.getName() + ".") + DisplayNames.nameOf(element);
	}

	static boolean sameResource(EObject a, EObject b) {
		return a != null && b != null && a.eResource() == b.eResource();
	}

}
