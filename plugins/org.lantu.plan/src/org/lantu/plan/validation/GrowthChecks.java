package org.lantu.plan.validation;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.xtext.validation.Check;
import org.lantu.plan.evaluate.Comparison;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Growth;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.quantity.Decimals;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Interval;

/**
 * growth.mismatch: a stated annual growth rate (年均增速) is the compound rate from base to the
 * last target (or actual), or, for a percentage, the points per year. growth.change: a stated
 * cumulative change ([累计]) is target − base (points for a percentage, percent when written
 * with %). growth.points: stated points per year (年均提高). growth.direction: a declining
 * indicator (逆向指标) whose target is above its base.
 */
public class GrowthChecks extends CheckFamily {

	@Check
	public void growthFollowsFromBaseAndTarget(Indicator indicator) {
		Facts f = evaluator.facts(indicator);
		Value points = f.get(Kind.POINTS);
		boolean pointsApply = points == null || f.unit() == null || f.unit().dimension() == Dimension.PERCENT
				|| f.unit().dimension() == Dimension.PERCENTAGE_POINTS;
		if (!pointsApply) {
			// 年均提高 counts percentage points: an indicator in 亿元 has none
			report(CheckType.UNIT_DIMENSION, Text.of("unit.dimension.points", f.name(), f.unit().name(), points.written()), points.source(), null, indicator);
		}
		Optional<Growth> span = Growth.of(f);
		if (span.isEmpty()) {
			noSpan(f, indicator);
			return;
		}
		Growth g = span.get();
		Value stated = f.get(Kind.GROWTH);
		if (stated != null) {
			checkRate(f, g, stated);
		}
		Value change = f.get(Kind.CHANGE);
		if (change != null) {
			checkChange(f, g, change);
		}
		if (points != null && pointsApply) {
			covered(indicator, points, g.base(), g.end());
			Interval computed = g.pointsPerYear();
			if (!computed.meets(points.allowed(false))) {
				report(CheckType.GROWTH_POINTS, Text.of("growth.points.computed", f.name(), points.written(), g.describe(), show(computed, points.decimals())),
						points.source(), null, indicator,
						fixOf(computed, points.decimals()));
			}
		}
		if (f.declining()) {
			covered(indicator, g.base(), g.end());
		}
		if (f.declining() && !g.end().allowed(false).canBeAtMost(g.base().allowed(false))) {
			report(CheckType.GROWTH_DIRECTION, Text.of("growth.direction.declining", f.name(), g.end().written(), g.base().written()),
					g.end().derived() ? indicator : g.end().source(), null,
					indicator);
		}
	}

	/** growth.span: a rate is stated, but the base year is not before the last target's year. */
	private void noSpan(Facts f, Indicator indicator) {
		var base = f.growthBase();
		var end = f.end();
		Value stated = f.get(Kind.GROWTH) != null ? f.get(Kind.GROWTH) : f.get(Kind.CHANGE) != null ? f.get(Kind.CHANGE) : f.get(Kind.POINTS);
		if (stated == null) {
			return;
		}
		if (base.isEmpty() || end.isEmpty() || base.get().getKey().year() == 0) {
			notCovered(Text.of(base.isEmpty() || base.get().getKey().year() == 0 ? "coverage.unchecked.growth.no-base" : "coverage.unchecked.growth.no-target", f.name(),
					stated.written()), stated.source(), null, indicator, stated);
			return;
		}
		int from = base.get().getKey().year();
		int to = end.get().getKey().year();
		if (to <= from) {
			Text message = Text.of("growth.span.none", f.name(), stated.written(), from, to);
			report(CheckType.GROWTH_SPAN, message, stated.source(), null, indicator);
			uncovered(indicator, message, stated);
		}
	}

	private void checkRate(Facts f, Growth g, Value stated) {
		Interval rate = stated.asComputedPercentage().allowed(false);
		// 下降 with a positive rate: a fall, when the end cannot be above the base (the compound rate's upper end ≤ 0)
		if (f.declining() && stated.number().signum() > 0 && g.endAtMostBase()) {
			rate = rate.negate();
		}
		if (g.cagrSurelyMeets(rate)) {
			covered(stated.source(), stated, g.base(), g.end());
			return;
		}
		Interval cagr = g.cagrPercent();
		if (cagr == null) {
			Text message = Text.of("growth.direction.no-rate", f.name(), stated.written(), g.base().written());
			report(CheckType.GROWTH_DIRECTION, message, stated.source(), null, f.element());
			uncovered(stated.source(), message, stated);
			return;
		}
		covered(stated.source(), stated, g.base(), g.end());
		boolean percentage = f.unit() != null && f.unit().dimension() == Dimension.PERCENT;
		if (rate.meets(cagr) || percentage && rate.meets(g.pointsPerYear())) {
			return;
		}
		int decimals = Math.max(2, stated.decimals());
		String computedRate = g.cagrNominal() == null ? show(cagr, decimals) : Decimals.plain(g.cagrNominal(), decimals);
		String written = stated.written() + (stated.written().contains("%") ? "" : "%");
		Text message = percentage ? Text.of("growth.mismatch.percent", f.name(), written, g.describe(), computedRate, show(g.pointsPerYear(), decimals))
				: Text.of("growth.mismatch.computed", f.name(), written, g.describe(), computedRate);
		Interval difference = g.difference();
		Value asChange = Comparison.inUnitOf(new Value(stated.source(), stated.written(), null, stated.number(), stated.upper(), stated.qualifier(),
				stated.tolerance(), stated.relative()), g.end().unit());
		if (difference.meets(asChange.allowed(false))) {
			String number = Decimals.plain(stated.number());
			message = Text.of("growth.mismatch.maybe-change", message, g.end().written() + " − " + g.base().written() + " = " + g.end().show(difference), number);
		}
		report(CheckType.GROWTH_MISMATCH, message, stated.source(), null, f.element(), computedRate);
	}

	private void checkChange(Facts f, Growth g, Value change) {
		boolean percentage = f.unit() != null && f.unit().dimension() == Dimension.PERCENT;
		boolean relative = !percentage && change.unit() != null && change.unit().dimension() == Dimension.PERCENT;
		Interval computed;
		BigDecimal nominal;
		if (relative) {
			Interval ratio = g.end().allowed(false).dividedBy(g.base().allowed(false));
			if (ratio == null || g.base().nominal().signum() == 0) {
				notCovered(Text.of("coverage.unchecked.growth.zero-base", f.name(), change.written(), g.base().written()), change.source(), null, f.element(), change);
				return;
			}
			computed = ratio.minus(Interval.point(BigDecimal.ONE)).times(Decimals.HUNDRED);
			nominal = Decimals.divideDown(g.end().nominal(), g.base().nominal()).subtract(BigDecimal.ONE).multiply(Decimals.HUNDRED);
		} else {
			computed = g.difference();
			nominal = Decimals.quotient(g.differenceNominal(), unitFactor(g));
		}
		Value stated = relative || percentage ? change : Comparison.inUnitOf(change, g.end().unit());
		covered(change.source(), change, g.base(), g.end());
		if (computed.meets(stated.allowed(false))) {
			return;
		}
		int decimals = Math.max(change.decimals(), Math.max(g.base().decimals(), g.end().decimals()));
		String number = Decimals.plainApart(nominal, relative ? Math.max(2, decimals) : decimals, stated.number());
		Object what = relative ? number + "%" : percentage ? Text.of("growth.points.amount", number) : number + (g.end().unit() == null ? "" : g.end().unit().name());
		report(CheckType.GROWTH_CHANGE, Text.of("growth.change.computed", f.name(), change.written(), g.describe(), what), change.source(), null, f.element(),
				number);
	}

	private static BigDecimal unitFactor(Growth g) {
		return g.end().unit() == null ? BigDecimal.ONE : g.end().unit().factor();
	}

	private static String show(Interval i, int decimals) {
		return i.format(v -> Decimals.plain(v, decimals));
	}

	private static String[] fixOf(Interval computed, int decimals) {
		String fix = Comparison.fix(computed, null, decimals);
		return fix == null ? new String[0] : new String[] { fix };
	}

}
