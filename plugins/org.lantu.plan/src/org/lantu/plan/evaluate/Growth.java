package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.findings.Text;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.QuickCagr;

/**
 * The span an indicator grows over: its base value and year, and its last target (or actual)
 * and year, with the rates that follow from them.
 */
public record Growth(Value base, int baseYear, Value end, int endYear) {

	/** The indicator's growth span, if it states a base (or an actual before its targets) and a later target or actual. */
	public static Optional<Growth> of(Facts f) {
		return span(f.growthBase(), f.end());
	}

	/**
	 * The span a claim on the growth to {@code year} means (到2027年…年均增长12% in a plan whose table goes on
	 * to 2035): from the base to the value of that year; for year 0, or the last year, the indicator's span.
	 */
	public static Optional<Growth> until(Facts f, int year) {
		Optional<Growth> whole = of(f);
		if (year == 0 || whole.isPresent() && whole.get().endYear() == year) {
			return whole;
		}
		return span(f.growthBase(), f.atYear(year));
	}

	private static Optional<Growth> span(Optional<Map.Entry<Key, Value>> b, Optional<Map.Entry<Key, Value>> e) {
		if (b.isEmpty() || e.isEmpty()) {
			return Optional.empty();
		}
		int from = b.get().getKey().year();
		int to = e.get().getKey().year();
		if (from == 0 || to <= from) {
			return Optional.empty();
		}
		Value base = b.get().getValue();
		Value end = e.get().getValue();
		if (!Comparison.compatible(base, end)) {
			return Optional.empty();
		}
		return Optional.of(new Growth(Comparison.inUnitOf(base, end.unit()), from, Comparison.inUnitOf(end, base.unit()), to));
	}

	public int years() {
		return endYear - baseYear;
	}

	/** "301亿元 (2020) → 1200亿元 (2025) over 5 years" / "301亿元（2020年）→ 1200亿元（2025年），5年" */
	public Text describe() {
		return Text.of(years() == 1 ? "growth.span.one" : "growth.span", base.written(), baseYear, end.written(), endYear, years());
	}

	/** The rate from the figures as written (no rounding allowance), in percent; null if undefined. */
	public BigDecimal cagrNominal() {
		BigDecimal b = base.nominal();
		BigDecimal t = end.nominal();
		if (b.signum() <= 0 || t.signum() < 0) {
			return null;
		}
		return Decimals.cagrPercent(b, t, years(), false);
	}

	/**
	 * Whether {@code rate} surely meets the compound rate over every base and end the statements allow, told in doubles
	 * ({@link QuickCagr}); false when that cannot be told so, and {@link #cagrPercent()} decides.
	 */
	public boolean cagrSurelyMeets(Interval rate) {
		return QuickCagr.surelyMeets(base.allowed(false), end.allowed(false), years(), rate);
	}

	/**
	 * Whether every end the statements allow is at most every base they allow, the end's upper bound at most the
	 * base's lower one: then the compound rate's upper end ({@link #cagrPercent()}) is at most 0.
	 */
	public boolean endAtMostBase() {
		Interval b = base.allowed(false);
		Interval t = end.allowed(false);
		return b.lo() != null && t.hi() != null && t.hi().compareTo(b.lo()) <= 0;
	}

	/** End − base from the figures as written, in base units. */
	public BigDecimal differenceNominal() {
		return end.nominal().subtract(base.nominal());
	}

	/** End − base, in base units. */
	public Interval difference() {
		return end.allowed(false).minus(base.allowed(false));
	}

	/**
	 * (end − base) / base × 100, the relative rise in percent (比2020年增长50%), over every base and end the
	 * statements allow; its negation is the relative fall (比2020年下降13.2%). Null when the base may be zero or
	 * negative, or the end negative.
	 */
	public Interval risePercent() {
		Interval b = base.allowed(false);
		if (b.lo() == null || b.lo().signum() <= 0) {
			return null;
		}
		Interval ratio = end.allowed(false).dividedBy(b);
		return ratio == null ? null : ratio.minus(Interval.point(BigDecimal.ONE)).times(Decimals.HUNDRED);
	}

	/** The relative rise from the figures as written, in percent; null if the base is not positive. */
	public BigDecimal riseNominal() {
		BigDecimal b = base.nominal();
		return b.signum() <= 0 ? null : Decimals.quotient(end.nominal().subtract(b), b).multiply(Decimals.HUNDRED);
	}

	/** (end − base) / years. */
	public Interval pointsPerYear() {
		return difference().divide(BigDecimal.valueOf(years()));
	}

	/**
	 * The compound annual growth rate in percent, ((end / base)^(1/years) − 1) × 100, over
	 * every base and end the statements allow; null when the base may be zero or negative.
	 */
	public Interval cagrPercent() {
		Interval b = base.allowed(false);
		Interval t = end.allowed(false);
		if (b.lo() == null || b.lo().signum() <= 0) {
			return null;
		}
		BigDecimal lo;
		boolean loOpen;
		if (t.lo() == null || t.lo().signum() <= 0 || b.hi() == null) {
			lo = Decimals.HUNDRED.negate();
			loOpen = false;
		} else {
			lo = Decimals.cagrPercent(b.hi(), t.lo(), years(), false);
			loOpen = t.loOpen() || b.hiOpen();
		}
		if (t.hi() == null) {
			return new Interval(lo, loOpen, null, true);
		}
		if (t.hi().signum() < 0) {
			return null;
		}
		BigDecimal hi = Decimals.cagrPercent(b.lo(), t.hi(), years(), true);
		return new Interval(lo, loOpen, hi, t.hiOpen() || b.loOpen());
	}
}
