package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.List;

import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/**
 * How two evaluated statements relate. Each check computes an interval from some values and
 * compares it with a stated one: it holds, it holds only if 超过/突破 is read as ≥ (implausible,
 * a warning), or it cannot hold (an error).
 */
public enum Comparison {
	HOLDS, ONLY_LENIENT, FAILS;

	/** Compares lenient and strict readings of computed and stated intervals. */
	public static Comparison of(Interval computedLenient, Interval statedLenient, Interval computedStrict, Interval statedStrict) {
		if (!computedLenient.meets(statedLenient)) {
			return FAILS;
		}
		return computedStrict.meets(statedStrict) ? HOLDS : ONLY_LENIENT;
	}

	/** Whether two values measure the same kind of thing (a bare number fits any unit). */
	public static boolean compatible(Value a, Value b) {
		return a.unit() == null || b.unit() == null || a.unit().sameDimension(b.unit());
	}

	/** The unit to show a comparison in: the stated value's, else the first part's. */
	public static Unit displayUnit(Value stated, List<Value> parts) {
		if (stated != null && stated.unit() != null) {
			return stated.unit();
		}
		return parts.stream().map(Value::unit).filter(u -> u != null).findFirst().orElse(null);
	}

	/** A bare number adopts the unit of what it is compared with. */
	public static Value inUnitOf(Value v, Unit unit) {
		if (v.unit() != null || unit == null) {
			return v;
		}
		return new Value(v.source(), v.written(), unit, v.number(), v.upper(), v.qualifier(), v.tolerance(), v.relative(), v.derivation());
	}

	/** "约2000亩 (±5% → 1900–2100亩)", "超过1000亿元 (≥ 1000亿元)", "350亿元". */
	public static String describe(Value v, boolean strict) {
		String written = v.written();
		Interval allowed = v.allowed(strict);
		return switch (v.qualifier()) {
		case EXACT -> v.tolerance() != null ? written + " (" + v.show(allowed) + ")" : written;
		case ABOUT, NEARLY -> written + " (±" + Decimals.plain(v.relative().multiply(Decimals.HUNDRED)) + "% → " + v.show(allowed) + ")";
		default -> written + " (" + v.show(allowed) + ")";
		};
	}

	/** A computed amount for a quick fix: the point, or the middle of a bounded interval, in the unit. */
	public static String fix(Interval computed, Unit unit, int decimals) {
		if (!computed.isBounded()) {
			return null;
		}
		BigDecimal v = computed.middle();
		if (unit != null) {
			v = Decimals.divideDown(v, unit.factor());
		}
		return Decimals.plain(v, decimals) + (unit == null ? "" : unit.name());
	}
}
