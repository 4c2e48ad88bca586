package org.lantu.plan.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic for the checks. Sums, differences and unit conversions are exact; quotients
 * and roots are rounded to 34 significant digits, outwards when they bound an interval.
 */
public final class Decimals {
	private Decimals() {
	}

	public static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
	private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);
	private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);
	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static BigDecimal divideDown(BigDecimal a, BigDecimal b) {
		return a.divide(b, DOWN);
	}

	public static BigDecimal divideUp(BigDecimal a, BigDecimal b) {
		return a.divide(b, UP);
	}

	/**
	 * a / b, exact when the quotient has an end (a value converted back to the unit it was written in),
	 * else rounded to 34 digits (a difference of 亩 shown in 公顷, a size of 元/平方米).
	 */
	public static BigDecimal quotient(BigDecimal a, BigDecimal b) {
		try {
			return a.divide(b);
		} catch (ArithmeticException noEnd) {
			return a.divide(b, PRECISION).stripTrailingZeros();
		}
	}

	/** Half a unit in the last place written: 31.86 → 0.005, 1000 → 0 (integers are exact). */
	public static BigDecimal halfUnit(BigDecimal written) {
		if (written.scale() <= 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.ONE.movePointLeft(written.scale()).divide(BigDecimal.valueOf(2));
	}

	/**
	 * x^(1/n) for x ≥ 0 and n ≥ 1, by Newton's iteration in decimal arithmetic, rounded towards
	 * the given direction.
	 */
	public static BigDecimal root(BigDecimal x, int n, boolean up) {
		if (x.signum() < 0 || n < 1) {
			throw new IllegalArgumentException("root of " + x + " of degree " + n);
		}
		if (x.signum() == 0 || n == 1) {
			return x;
		}
		MathContext work = new MathContext(45, RoundingMode.HALF_EVEN);
		BigDecimal bn = BigDecimal.valueOf(n);
		// start from the binary estimate (Newton then doubles the correct digits each step: three or
		// four steps to 40 digits); where x does not fit a double, from max(1, x), which is ≥ x^(1/n)
		double estimate = Math.pow(x.doubleValue(), 1.0 / n);
		BigDecimal r = Double.isFinite(estimate) && estimate > 0 ? new BigDecimal(estimate, work)
				: x.compareTo(BigDecimal.ONE) > 0 ? x : BigDecimal.ONE;
		for (int i = 0; i < 2000; i++) {
			BigDecimal next = r.multiply(bn.subtract(BigDecimal.ONE)).add(x.divide(r.pow(n - 1, work), work)).divide(bn, work);
			if (next.subtract(r).abs().compareTo(BigDecimal.ONE.movePointLeft(40).multiply(r.max(BigDecimal.ONE))) <= 0) {
				r = next;
				break;
			}
			r = next;
		}
		return r.round(up ? UP : DOWN);
	}

	/** Compound annual growth in percent: ((to / from)^(1/years) − 1) × 100; from > 0, to ≥ 0. */
	public static BigDecimal cagrPercent(BigDecimal from, BigDecimal to, int years, boolean up) {
		BigDecimal ratio = up ? divideUp(to, from) : divideDown(to, from);
		return root(ratio, years, up).subtract(BigDecimal.ONE).multiply(HUNDRED);
	}

	/** Without trailing zeros and without exponent: 1E+3 → 1000, 2.500 → 2.5. */
	public static String plain(BigDecimal v) {
		BigDecimal s = v.stripTrailingZeros();
		if (s.scale() < 0) {
			s = s.setScale(0);
		}
		return s.toPlainString();
	}

	/** Rounded to at most {@code scale} decimals, then plain. */
	public static String plain(BigDecimal v, int scale) {
		return plain(v.setScale(Math.max(0, scale), RoundingMode.HALF_UP));
	}

	/**
	 * {@code v} rounded to {@code scale} decimals, or to as many more (up to four) as it takes to differ from
	 * {@code other}: a change of 0.9333 公顷 computed from 亩 is not shown as the 1 公顷 it contradicts.
	 */
	public static String plainApart(BigDecimal v, int scale, BigDecimal other) {
		int s = Math.max(0, scale);
		while (s < scale + 4 && other != null && v.setScale(s, RoundingMode.HALF_UP).compareTo(other) == 0 && v.compareTo(other) != 0) {
			s++;
		}
		return plain(v, s);
	}

	public static boolean isInteger(BigDecimal v) {
		return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
	}

}
