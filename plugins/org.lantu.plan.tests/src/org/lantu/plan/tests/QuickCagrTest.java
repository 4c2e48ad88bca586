package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.QuickCagr;

/**
 * The growth check's shortcut in binary floating point never says a rate fits where the exact decimal interval says it
 * does not, and says so for most rates that fit with room to spare (or it would save nothing).
 */
class QuickCagrTest {

	/** The exact compound rate in percent over every base and end, as {@code Growth.cagrPercent} computes it. */
	private static Interval exact(Interval b, Interval t, int years) {
		BigDecimal lo = Decimals.cagrPercent(b.hi(), t.lo(), years, false);
		BigDecimal hi = Decimals.cagrPercent(b.lo(), t.hi(), years, true);
		return new Interval(lo, t.loOpen() || b.hiOpen(), hi, t.hiOpen() || b.loOpen());
	}

	private static BigDecimal figure(Random random) {
		// 0.0001 to 10^12, with 0 to 4 decimals, as plans write them
		int scale = random.nextInt(5);
		double magnitude = Math.pow(10, random.nextInt(12) - 3) * (1 + random.nextDouble() * 9);
		return BigDecimal.valueOf(magnitude).setScale(scale, RoundingMode.HALF_UP).max(BigDecimal.ONE.movePointLeft(scale));
	}

	/** A written figure's interval: the point, the span its last digit rounds from, 约 (±5 %), or a span with open or closed ends. */
	private static Interval allowed(BigDecimal v, Random random) {
		return switch (random.nextInt(4)) {
		case 0 -> Interval.point(v);
		case 1 -> new Interval(v.subtract(Decimals.halfUnit(v)), false, v.add(Decimals.halfUnit(v)), true);
		case 2 -> Interval.closed(v.multiply(new BigDecimal("0.95")), v.multiply(new BigDecimal("1.05")));
		default -> new Interval(v, random.nextBoolean(), v.multiply(new BigDecimal("1.1")), random.nextBoolean());
		};
	}

	@Test
	void neverSaysARateFitsThatDoesNot() {
		Random random = new Random(20261203);
		int sure = 0;
		int fits = 0;
		for (int i = 0; i < 40_000; i++) {
			BigDecimal base = figure(random);
			int years = 1 + random.nextInt(30);
			// an end near the base's compound growth at some rate, so that rates and bounds come close
			double r = random.nextDouble() * 60 - 20;
			BigDecimal end = new BigDecimal(base.doubleValue() * Math.pow(1 + r / 100, years)).round(new MathContext(1 + random.nextInt(8)));
			if (end.signum() <= 0) {
				continue;
			}
			Interval b = allowed(base, random);
			Interval t = allowed(end, random);
			if (b.lo().signum() <= 0 || t.lo().signum() <= 0 || b.isEmpty() || t.isEmpty()) {
				continue;
			}
			Interval cagr = exact(b, t, years);
			// rates: at the exact ends (to 34 digits and as written to 2 decimals), inside, outside, and bounds
			BigDecimal[] at = { cagr.lo(), cagr.hi(), cagr.lo().setScale(2, RoundingMode.HALF_UP), cagr.hi().setScale(2, RoundingMode.HALF_UP),
					cagr.lo().add(cagr.hi()).divide(BigDecimal.TWO), cagr.hi().add(BigDecimal.ONE), cagr.lo().subtract(new BigDecimal("1E-30")) };
			for (BigDecimal v : at) {
				for (Interval rate : new Interval[] { Interval.point(v), new Interval(v.subtract(Decimals.halfUnit(v.setScale(2, RoundingMode.HALF_UP))), false,
						v.add(Decimals.halfUnit(v.setScale(2, RoundingMode.HALF_UP))), true), Interval.atLeast(v, true), Interval.atMost(v, true) }) {
					boolean quick = QuickCagr.surelyMeets(b, t, years, rate);
					boolean meets = rate.meets(cagr);
					assertFalse(quick && !meets, () -> "base " + b + ", end " + t + ", " + years + " years: the rate " + rate + " does not meet " + cagr);
					if (meets) {
						fits++;
						sure += quick ? 1 : 0;
					}
				}
			}
		}
		assertTrue(sure > fits / 2, "the shortcut told " + sure + " of " + fits + " rates that fit");
	}

	@Test
	void saysNotSureWhereAFigureIsNoNormalDouble() {
		Interval one = Interval.point(BigDecimal.ONE);
		Interval rate = Interval.ALL;
		assertTrue(QuickCagr.surelyMeets(one, Interval.point(new BigDecimal("2")), 5, rate));
		assertFalse(QuickCagr.surelyMeets(Interval.point(new BigDecimal("1E-400")), one, 5, rate), "below a double's range");
		assertFalse(QuickCagr.surelyMeets(one, Interval.point(new BigDecimal("1E+400")), 5, rate), "above it");
		assertFalse(QuickCagr.surelyMeets(Interval.atLeast(BigDecimal.ONE, false), one, 5, rate), "an unbounded base");
		assertFalse(QuickCagr.surelyMeets(one, one, 0, rate), "no years");
	}
}
