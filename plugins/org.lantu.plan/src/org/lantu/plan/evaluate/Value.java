package org.lantu.plan.evaluate;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/**
 * A quantity as the author wrote it, evaluated: the number (or range), its unit, its qualifier
 * and the tolerances that apply. Intervals are returned in the unit dimension's base unit (元,
 * 亩, 1…) so that values in different units compare exactly.
 *
 * @param source    the model element the value was written in (for locations)
 * @param written   the text as written, e.g. {@code 约2000亩}
 * @param unit      the unit in force (written or the indicator's), or null for a bare number
 * @param number    the number written (the lower end of a range)
 * @param upper     the upper end of a range ({@code 2—3}), or null
 * @param qualifier what the qualifier words make of it
 * @param tolerance an explicit tolerance in the value's unit ({@code ±0.5}), or null
 * @param relative  an explicit or the plan's relative tolerance for ≈ (0.05 = ±5 %)
 * @param derivation how the value was derived when the author did not state it (推算), else null
 */
public record Value(EObject source, String written, Unit unit, BigDecimal number, BigDecimal upper, Qualifier qualifier, BigDecimal tolerance,
		BigDecimal relative, Derivation derivation) {

	/** A value the author stated. */
	public Value(EObject source, String written, Unit unit, BigDecimal number, BigDecimal upper, Qualifier qualifier, BigDecimal tolerance,
			BigDecimal relative) {
		this(source, written, unit, number, upper, qualifier, tolerance, relative, null);
	}

	/** Whether the value was derived (推算) rather than stated. */
	public boolean derived() {
		return derivation != null;
	}

	/** Whether the value was derived by {@code composition} (a 合计 does not check what it derived itself). */
	public boolean derivedBy(EObject composition) {
		return derivation != null && derivation.sum() == composition;
	}

	/**
	 * Half a unit in the last place: a number given to two decimals was rounded. In a unit whose size was
	 * rounded (万元/公顷, see {@link Unit#exact()}), at least that rounding, so that 4500万元/公顷 is still 300万元/亩.
	 */
	public BigDecimal precision() {
		BigDecimal h = Decimals.halfUnit(number);
		if (upper != null) {
			h = h.max(Decimals.halfUnit(upper));
		}
		if (unit != null && !unit.exact()) {
			h = h.max(top().abs().max(bottom().abs()).movePointLeft(30));
		}
		return h;
	}

	private BigDecimal factor() {
		return unit == null ? BigDecimal.ONE : unit.factor();
	}

	private BigDecimal top() {
		return upper == null ? number : upper.max(number);
	}

	private BigDecimal bottom() {
		return upper == null ? number : upper.min(number);
	}

	/** The number as written, within its precision, range or ≈ tolerance (qualifier bounds ignored). */
	public Interval figure() {
		return writtenFigure().times(factor());
	}

	private Interval writtenFigure() {
		BigDecimal slack = tolerance != null ? tolerance.abs() : precision();
		boolean rounded = tolerance == null;
		if (qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY) {
			BigDecimal about = number.abs().multiply(relative);
			rounded &= about.compareTo(slack) <= 0;
			slack = slack.max(about);
		}
		return within(slack, rounded);
	}

	/**
	 * The number widened by {@code slack} on each side. A number rounded as statistics round (四舍五入, half away
	 * from zero) stands for the values that round to it, which exclude the half-way point away from zero: 19.7 is
	 * [19.65, 19.75), so 19.6 and 19.7 can never be the same value, while 19.65 is 19.7.
	 */
	private Interval within(BigDecimal slack, boolean rounded) {
		boolean halfUp = rounded && slack.signum() > 0;
		return new Interval(bottom().subtract(slack), halfUp && bottom().signum() < 0, top().add(slack), halfUp && top().signum() > 0);
	}

	/**
	 * This value as a percentage the author computed (a growth rate, a share) and wrote: a whole percentage was
	 * rounded to the unit, as every computed one is, so 年均增长12% allows 11.5% to 12.5% when it is compared
	 * with what the figures give. A bound (15%以上) is a bound; any other value, or one with a tolerance of its
	 * own, is as written.
	 */
	public Value asComputedPercentage() {
		boolean whole = number.scale() <= 0 && (upper == null || upper.scale() <= 0);
		boolean figure = qualifier == Qualifier.EXACT || qualifier == Qualifier.ABOUT || qualifier == Qualifier.NEARLY;
		if (tolerance != null || !whole || !figure || unit == null || unit.dimension() != Dimension.PERCENT) {
			return this;
		}
		return new Value(source, written, unit, number, upper, qualifier, HALF, relative, derivation);
	}

	private static final BigDecimal HALF = new BigDecimal("0.5");

	/** Every value the statement allows: 超过1000 is (1000, ∞) when strict, [1000, ∞) when lenient. */
	public Interval allowed(boolean strict) {
		BigDecimal h = tolerance != null ? tolerance.abs() : precision();
		Interval in = switch (qualifier) {
		case EXACT -> within(h, tolerance == null);
		case ABOUT -> writtenFigure();
		case NEARLY -> Interval.closed(number.subtract(number.abs().multiply(relative).max(h)), top().add(h));
		case OVER -> strict ? Interval.atLeast(top(), true) : Interval.atLeast(bottom().subtract(h), false);
		case AT_LEAST -> Interval.atLeast(bottom().subtract(h), false);
		case AT_MOST -> Interval.atMost(top().add(h), false);
		case UNDER -> strict ? Interval.atMost(bottom(), true) : Interval.atMost(top().add(h), false);
		};
		return in.times(factor());
	}

	/** The value the author means, in base units: the middle of a range, the number otherwise. */
	public BigDecimal nominal() {
		BigDecimal n = upper == null ? number : number.add(upper).divide(BigDecimal.valueOf(2));
		return n.multiply(factor());
	}

	/** A base-unit amount shown in this value's unit: 2252 亩, 1.5 平方公里. */
	public String show(BigDecimal base) {
		return Amounts.show(base, unit);
	}

	/** An interval of base-unit amounts shown in this value's unit. */
	public String show(Interval base) {
		return Amounts.show(base, unit);
	}

	public int decimals() {
		return Math.max(Math.max(0, number.stripTrailingZeros().scale()), upper == null ? 0 : Math.max(0, upper.stripTrailingZeros().scale()));
	}
}
