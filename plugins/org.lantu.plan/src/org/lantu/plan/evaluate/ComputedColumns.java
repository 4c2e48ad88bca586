package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.Optional;

import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.quantity.Decimals;

/**
 * Values computed from an indicator's stated ones, for computed columns: the compound growth rate,
 * the change from base to the last target, and the attainment of the latest actual. Each is
 * computed from the figures as written; null when the indicator does not state what it needs.
 */
public final class ComputedColumns {
	private ComputedColumns() {
	}

	/** ((target / base)^(1/years) − 1) × 100. */
	public static BigDecimal growthPercent(Facts f) {
		return Growth.of(f).map(Growth::cagrNominal).orElse(null);
	}

	/** Target − base, in the target's unit. */
	public static BigDecimal change(Facts f) {
		return Growth.of(f).map(g -> Decimals.quotient(g.differenceNominal(), g.end().unit() == null ? BigDecimal.ONE : g.end().unit().factor())).orElse(null);
	}

	/** Actual / target × 100 for the latest year that states both. */
	public static BigDecimal attainmentPercent(Facts f) {
		Optional<Integer> year = f.values().keySet().stream().filter(k -> k.kind() == Kind.ACTUAL)
				.map(Key::year).filter(y -> f.get(new Key(Kind.TARGET, y)) != null).max(Integer::compare);
		if (year.isEmpty()) {
			return null;
		}
		Value actual = f.get(new Key(Kind.ACTUAL, year.get()));
		Value target = f.get(new Key(Kind.TARGET, year.get()));
		if (!Comparison.compatible(actual, target) || target.nominal().signum() == 0) {
			return null;
		}
		BigDecimal a = Comparison.inUnitOf(actual, target.unit()).nominal();
		BigDecimal t = Comparison.inUnitOf(target, actual.unit()).nominal();
		return Decimals.divideDown(a, t).multiply(Decimals.HUNDRED);
	}

}
