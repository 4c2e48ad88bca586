package org.lantu.plan.quantity;

import java.math.BigDecimal;

/**
 * Whether a stated growth rate surely fits the compound annual growth its base and end allow, told in binary floating
 * point: the exact rate needs two decimal roots to 40 digits, which cost more than the rest of a growth check, while a
 * consistent plan's rate mostly fits with a margin no rounding of a double could close. Where the margin is too thin,
 * or a figure does not fit a double as a normal number, it says "not sure", and the exact interval decides.
 */
public final class QuickCagr {

	/** The relative error allowed for the double computation: far above its few ulps, far below any figure written. */
	private static final double SLACK = 1e-9;

	private QuickCagr() {
	}

	/**
	 * True only if {@code rate} (in percent) surely meets ((end / base)^(1/years) − 1) × 100 over every base and end
	 * the intervals allow (then {@code rate.meets(cagr)} is true for the exact interval); false when that cannot be
	 * told this way.
	 */
	public static boolean surelyMeets(Interval base, Interval end, int years, Interval rate) {
		if (years < 1 || base.lo() == null || base.hi() == null || end.lo() == null || end.hi() == null) {
			return false;
		}
		double bLo = normal(base.lo());
		double bHi = normal(base.hi());
		double tLo = normal(end.lo());
		double tHi = normal(end.hi());
		if (Double.isNaN(bLo) || Double.isNaN(bHi) || Double.isNaN(tLo) || Double.isNaN(tHi)) {
			return false;
		}
		double lo = (Math.pow(tLo / bHi, 1.0 / years) - 1) * 100;
		double hi = (Math.pow(tHi / bLo, 1.0 / years) - 1) * 100;
		double rLo = rate.lo() == null ? Double.NEGATIVE_INFINITY : rate.lo().doubleValue();
		double rHi = rate.hi() == null ? Double.POSITIVE_INFINITY : rate.hi().doubleValue();
		if (!Double.isFinite(lo) || !Double.isFinite(hi) || Double.isNaN(rLo) || Double.isNaN(rHi)) {
			return false;
		}
		double scale = Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
		if (Double.isFinite(rLo)) {
			scale = Math.max(scale, Math.abs(rLo));
		}
		if (Double.isFinite(rHi)) {
			scale = Math.max(scale, Math.abs(rHi));
		}
		double slack = SLACK * scale;
		// a value strictly inside both, whatever the true ends and whether they are open
		if (Math.max(rLo + slack, lo + slack) < Math.min(rHi - slack, hi - slack)) {
			return true;
		}
		// or the rate holds all of the compound rate's interval (a point, where base and end are exact), which is not
		// empty: wide, or closed at both ends (its ends come in order from bases and ends in order)
		boolean closed = !base.loOpen() && !base.hiOpen() && !end.loOpen() && !end.hiOpen();
		return (lo + slack < hi - slack || closed) && rLo + slack < lo - slack && hi + slack < rHi - slack;
	}

	/** The value as a positive normal double, or NaN where it is not one (zero, negative, too small or too large). */
	private static double normal(BigDecimal v) {
		double d = v.doubleValue();
		return d >= Double.MIN_NORMAL && d < Double.MAX_VALUE ? d : Double.NaN;
	}
}
