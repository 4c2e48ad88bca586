package org.lantu.plan.quantity;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A set of possible values: {@code lo..hi} with open or closed ends; a null end is unbounded.
 * Every stated quantity is evaluated to an interval (an exact 350 is the point [350, 350];
 * 约2000 is [1900, 2100]; 超过1000 is (1000, ∞) or [1000, ∞)), and checks ask whether two
 * intervals can meet, so a consistent plan never gets a false alarm.
 */
public record Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {

	public static final Interval ALL = new Interval(null, true, null, true);

	public static Interval point(BigDecimal v) {
		return new Interval(v, false, v, false);
	}

	public static Interval closed(BigDecimal lo, BigDecimal hi) {
		return lo.compareTo(hi) <= 0 ? new Interval(lo, false, hi, false) : new Interval(hi, false, lo, false);
	}

	public static Interval atLeast(BigDecimal v, boolean open) {
		return new Interval(v, open, null, true);
	}

	public static Interval atMost(BigDecimal v, boolean open) {
		return new Interval(null, true, v, open);
	}

	public boolean isPoint() {
		return lo != null && hi != null && lo.compareTo(hi) == 0 && !loOpen && !hiOpen;
	}

	public boolean isBounded() {
		return lo != null && hi != null;
	}

	/** No value fits: lo > hi, or lo = hi with an open end. */
	public boolean isEmpty() {
		if (lo == null || hi == null) {
			return false;
		}
		int c = lo.compareTo(hi);
		return c > 0 || c == 0 && (loOpen || hiOpen);
	}

	public Interval intersect(Interval o) {
		BigDecimal l = lo;
		boolean lOpen = loOpen;
		if (o.lo != null && (l == null || o.lo.compareTo(l) > 0 || o.lo.compareTo(l) == 0 && o.loOpen)) {
			l = o.lo;
			lOpen = o.loOpen;
		}
		BigDecimal h = hi;
		boolean hOpen = hiOpen;
		if (o.hi != null && (h == null || o.hi.compareTo(h) < 0 || o.hi.compareTo(h) == 0 && o.hiOpen)) {
			h = o.hi;
			hOpen = o.hiOpen;
		}
		return new Interval(l, lOpen, h, hOpen);
	}

	public boolean meets(Interval o) {
		return !intersect(o).isEmpty();
	}

	/** Whether some value of this interval can be at most some value of {@code o} (a part that may fit within a whole). */
	public boolean canBeAtMost(Interval o) {
		if (lo == null || o.hi == null) {
			return true;
		}
		int c = lo.compareTo(o.hi);
		return c < 0 || c == 0 && !loOpen && !o.hiOpen;
	}

	public boolean contains(BigDecimal v) {
		return meets(point(v));
	}

	/** The interval of a + b for a in this, b in o. */
	public Interval plus(Interval o) {
		return new Interval(lo == null || o.lo == null ? null : lo.add(o.lo), loOpen || o.loOpen, hi == null || o.hi == null ? null : hi.add(o.hi),
				hiOpen || o.hiOpen);
	}

	/** The interval of a − b for a in this, b in o. */
	public Interval minus(Interval o) {
		return plus(o.negate());
	}

	public Interval negate() {
		return new Interval(hi == null ? null : hi.negate(), hiOpen, lo == null ? null : lo.negate(), loOpen);
	}

	public Interval times(BigDecimal k) {
		if (k.signum() == 0) {
			return point(BigDecimal.ZERO);
		}
		Interval scaled = new Interval(lo == null ? null : lo.multiply(k), loOpen, hi == null ? null : hi.multiply(k), hiOpen);
		return k.signum() > 0 ? scaled : new Interval(scaled.hi, scaled.hiOpen, scaled.lo, scaled.loOpen);
	}

	/** The interval of b / k (k ≠ 0), rounded outwards to 34 significant digits. */
	public Interval divide(BigDecimal k) {
		Interval scaled = new Interval(lo == null ? null : Decimals.divideDown(lo, k), loOpen, hi == null ? null : Decimals.divideUp(hi, k), hiOpen);
		return k.signum() > 0 ? scaled
				: new Interval(hi == null ? null : Decimals.divideDown(hi, k), hiOpen, lo == null ? null : Decimals.divideUp(lo, k), loOpen);
	}

	/**
	 * The interval of a / b for a in this, b in o, when both are non-negative and o excludes 0;
	 * null when the quotient is not defined (o may be 0 or negative).
	 */
	public Interval dividedBy(Interval o) {
		if (lo == null || lo.signum() < 0 || o.lo == null || o.lo.signum() < 0 || o.hi != null && o.hi.signum() == 0) {
			return null;
		}
		BigDecimal l = o.hi == null ? BigDecimal.ZERO : Decimals.divideDown(lo, o.hi);
		boolean lOpen = o.hi == null ? lo.signum() > 0 : loOpen || o.hiOpen;
		BigDecimal h = hi == null || o.lo.signum() == 0 ? null : Decimals.divideUp(hi, o.lo);
		return new Interval(l, lOpen, h, h == null || hiOpen || o.loOpen);
	}

	/** The middle of a bounded interval, or its one finite end. */
	public BigDecimal middle() {
		if (lo != null && hi != null) {
			return Decimals.divideDown(lo.add(hi), BigDecimal.valueOf(2));
		}
		return lo != null ? lo : hi;
	}

	/** 1900–2100, ≥ 1000, > 1000, ≤ 5, 350 (a bounded range without its ends' openness) */
	public String format(Function<BigDecimal, String> number) {
		if (isPoint() || lo != null && hi != null && number.apply(lo).equals(number.apply(hi))) {
			return number.apply(lo);
		}
		if (lo == null && hi == null) {
			return "any value";
		}
		if (hi == null) {
			return (loOpen ? "> " : "≥ ") + number.apply(lo);
		}
		if (lo == null) {
			return (hiOpen ? "< " : "≤ ") + number.apply(hi);
		}
		// a bounded range reads as its two ends: whether an end is in it is a matter of rounding, below what is shown
		String dash = lo.signum() < 0 || hi.signum() < 0 ? " ~ " : "–"; // a dash beside a minus sign misreads
		return number.apply(lo) + dash + number.apply(hi);
	}

	@Override
	public String toString() {
		return format(Decimals::plain);
	}
}
