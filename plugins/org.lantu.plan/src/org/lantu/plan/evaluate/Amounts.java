package org.lantu.plan.evaluate;

import java.math.BigDecimal;

import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/** Showing computed amounts in the author's units. */
public final class Amounts {
	private Amounts() {
	}

	/** A base-unit amount in the given unit, to at most 4 decimals: 2252亩. */
	public static String show(BigDecimal base, Unit unit) {
		return number(base, unit) + (unit == null ? "" : unit.name());
	}

	public static String number(BigDecimal base, Unit unit) {
		BigDecimal v = unit == null ? base : Decimals.divideDown(base, unit.factor());
		return Decimals.plain(v, 4);
	}

	public static String show(Interval base, Unit unit) {
		return base.format(v -> number(v, unit)) + (unit == null ? "" : unit.name());
	}
}
