package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Sum;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/**
 * Values a 合计 gives where the author stated none (推算): a total without a value for a year takes
 * the sum of its parts when every part states one; the one part without a value takes the total
 * less the other parts. Only the 合计s in the element's own file derive its values, so what an
 * element's facts hold does not depend on which other plans happen to be loaded. Each derived
 * value is the whole interval the stated ones allow, marked as derived in its text and in
 * {@link Value#derivation()}; the 合计 that derived a value does not check it against itself.
 */
public class SumDerivation {

	/**
	 * The 合计s deriving a value on this thread: while one derives, the facts of its total and parts
	 * are read without it, so that no 合计 is used twice in one derivation (a cycle of 合计s ends, and
	 * a 合计 of n parts costs n facts, not n factorial).
	 */
	private final ThreadLocal<Set<Sum>> deriving = ThreadLocal.withInitial(HashSet::new);

	/** Whether a 合计 is deriving a value on this thread. */
	boolean deriving() {
		return !deriving.get().isEmpty();
	}

	/** Adds to {@code f} the values that the 合计s of its file ({@code analysis}) give it. */
	void derive(Facts f, Evaluator evaluator, PlanAnalysis analysis) {
		EObject element = f.element();
		List<Sum> sums = analysis.sumsNaming(element);
		if (sums.isEmpty()) {
			return;
		}
		Set<Sum> busy = deriving.get();
		for (Sum sum : sums) {
			if (standsFor(sum.getTotal(), element) && busy.add(sum)) {
				try {
					fromParts(f, sum, evaluator);
				} finally {
					busy.remove(sum);
				}
			}
		}
		for (Sum sum : sums) {
			if (sum.getParts().stream().filter(p -> standsFor(p, element)).count() == 1 && !standsFor(sum.getTotal(), element) && busy.add(sum)) {
				try {
					fromTotal(f, sum, evaluator);
				} finally {
					busy.remove(sum);
				}
			}
		}
	}

	/** The total takes, for each year every part states, the sum of the parts. */
	private void fromParts(Facts total, Sum sum, Evaluator evaluator) {
		if (sum.getParts().isEmpty() || sum.getParts().stream().anyMatch(p -> p == null || p.eIsProxy())) {
			return;
		}
		Facts first = evaluator.facts(sum.getParts().get(0));
		if (first.values().keySet().stream().noneMatch(k -> first.isAmount(k) && total.matching(k).isEmpty())) {
			return; // the total states every year the parts could give it
		}
		List<Facts> parts = new ArrayList<>();
		parts.add(first);
		for (Referable p : sum.getParts().subList(1, sum.getParts().size())) {
			parts.add(evaluator.facts(p));
		}
		for (Key key : parts.get(0).values().keySet()) {
			if (!parts.get(0).isAmount(key) || total.matching(key).isPresent()) {
				continue;
			}
			List<Value> values = matching(parts, key);
			if (values == null) {
				continue;
			}
			Unit unit = unit(total, values);
			Interval sumOf = sum(values, unit);
			if (sumOf != null) {
				total.put(key, derived(sumOf, unit, new Derivation(sum, true, values), evaluator.settings(sum).lang()));
			}
		}
	}

	/** The one part without a value for a year the total and the other parts state takes the total less the others. */
	private void fromTotal(Facts part, Sum sum, Evaluator evaluator) {
		if (sum.getTotal() == null || sum.getTotal().eIsProxy()) {
			return;
		}
		Facts total = evaluator.facts(sum.getTotal());
		if (total.values().keySet().stream().noneMatch(k -> total.isAmount(k) && part.matching(k).isEmpty())) {
			return; // the part states every year the total could give it
		}
		List<Facts> others = new ArrayList<>();
		for (Referable p : sum.getParts()) {
			if (p == null || p.eIsProxy()) {
				return;
			}
			if (!standsFor(p, part.element())) {
				others.add(evaluator.facts(p));
			}
		}
		for (Map.Entry<Key, Value> e : total.values().entrySet()) {
			Key key = e.getKey();
			if (!total.isAmount(key) || part.matching(key).isPresent()) {
				continue;
			}
			List<Value> values = matching(others, key);
			if (values == null) {
				continue;
			}
			List<Value> all = new ArrayList<>(values);
			all.add(e.getValue());
			Unit unit = unit(part, all);
			Interval othersSum = sum(values, unit);
			Value stated = Comparison.inUnitOf(e.getValue(), unit);
			if (othersSum == null || !Comparison.compatible(stated, Comparison.inUnitOf(all.get(0), unit))) {
				continue;
			}
			Interval rest = stated.allowed(false).minus(othersSum);
			if (rest != null) {
				part.put(key, derived(rest, unit, new Derivation(sum, false, all), evaluator.settings(sum).lang()));
			}
		}
	}

	/** Each element's value for {@code key} (or of its year), or null when one of them states none. */
	private static List<Value> matching(List<Facts> elements, Key key) {
		List<Value> values = new ArrayList<>();
		for (Facts f : elements) {
			Optional<Map.Entry<Key, Value>> v = f.matching(key);
			if (v.isEmpty()) {
				return null;
			}
			values.add(v.get().getValue());
		}
		return values;
	}

	/** The unit to derive in: the element's declared unit, else the first unit among the values. */
	private static Unit unit(Facts f, List<Value> values) {
		if (f.unit() != null) {
			return f.unit();
		}
		return values.stream().map(Value::unit).filter(u -> u != null).findFirst().orElse(null);
	}

	/** The interval the values' sum can take (base units), or null when they measure different things. */
	private static Interval sum(List<Value> values, Unit unit) {
		Interval sum = Interval.point(BigDecimal.ZERO);
		Value first = null;
		for (Value v : values) {
			Value in = Comparison.inUnitOf(v, unit);
			if (first == null) {
				first = in;
			} else if (!Comparison.compatible(first, in)) {
				return null;
			}
			if (unit != null && in.unit() != null && !in.unit().sameDimension(unit)) {
				return null;
			}
			sum = sum.plus(in.allowed(false));
		}
		return sum;
	}

	/** A derived value covering {@code allowed} (base units), shown in {@code unit} and marked 推算. */
	static Value derived(Interval allowed, Unit unit, Derivation derivation, Lang lang) {
		BigDecimal factor = unit == null ? BigDecimal.ONE : unit.factor();
		Qualifier qualifier;
		BigDecimal number;
		BigDecimal tolerance = BigDecimal.ZERO;
		String key;
		if (allowed.isBounded()) {
			number = Decimals.divideDown(allowed.middle(), factor);
			tolerance = Decimals.divideDown(allowed.hi().subtract(allowed.lo()), factor).divide(BigDecimal.valueOf(2));
			qualifier = Qualifier.EXACT;
			key = "value.derived";
		} else if (allowed.lo() != null) {
			number = Decimals.divideDown(allowed.lo(), factor);
			qualifier = Qualifier.AT_LEAST;
			key = "value.derived.at-least";
		} else if (allowed.hi() != null) {
			number = Decimals.divideDown(allowed.hi(), factor);
			qualifier = Qualifier.AT_MOST;
			key = "value.derived.at-most";
		} else {
			return null;
		}
		number = number.stripTrailingZeros();
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		String shown = Amounts.show(number.multiply(factor), unit);
		return new Value(derivation.sum(), Messages.say(lang, key, shown), unit, number, null, qualifier, tolerance, BigDecimal.ZERO, derivation);
	}

	/** Whether a 合计 names {@code element}: itself, or the industry whose output indicator it is. */
	private static boolean standsFor(Referable named, EObject element) {
		return named == element || named instanceof Industry i && i.getOutput() == element;
	}
}
