package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Interval;
import org.lantu.plan.quantity.Unit;

/**
 * A ratio as the author wrote it: 7.9:39.6:52.5 (三次产业结构, in percent of a whole), 2.45:1
 * (城乡居民收入比), 17∶1 (生师比). Each term is a {@link Value} with the ratio's unit and qualifier,
 * so that its rounding (7.9 stands for 7.85 to 7.95) is the term's own.
 *
 * @param source  the quantity it was written as
 * @param written the ratio as written
 * @param terms   its terms, two or more
 */
public record RatioValue(EObject source, String written, List<Value> terms) {

	/** Whether its terms are percentages of one whole (三次产业结构（%）): then they make 100. */
	public boolean ofAWhole() {
		return ofAWhole(terms.get(0).unit());
	}

	/** Whether the terms of a ratio in {@code unit} are percentages of one whole. */
	public static boolean ofAWhole(Unit unit) {
		return unit != null && unit.dimension() == Dimension.PERCENT;
	}

	/** Every total its terms allow, each within the precision written. */
	public Interval total() {
		Interval total = Interval.point(BigDecimal.ZERO);
		for (Value term : terms) {
			total = total.plus(term.allowed(false));
		}
		return total;
	}

	/**
	 * Every scale k for which k × amount(i) can be the i-th term, for all terms at once: empty when the amounts
	 * are not in the stated proportions. {@code amounts} are in one unit, as many as the terms, and positive.
	 */
	public Interval scaleFor(List<Interval> amounts) {
		Interval k = Interval.atLeast(BigDecimal.ZERO, true);
		for (int i = 0; i < terms.size(); i++) {
			Interval scale = terms.get(i).allowed(false).dividedBy(amounts.get(i));
			if (scale == null) {
				return null;
			}
			k = k.intersect(scale);
		}
		return k;
	}
}
