package org.lantu.plan.evaluate;

import java.util.List;

import org.lantu.plan.plan.Sum;

/**
 * How a value the author did not state was derived (推算) from a 合计: a total from its parts, or
 * the one part without a value from the total and the other parts.
 *
 * @param sum     the 合计 that gives the value
 * @param ofTotal true for a total's value, false for a part's
 * @param from    the values it was derived from
 */
public record Derivation(Sum sum, boolean ofTotal, List<Value> from) {
	public Derivation {
		from = List.copyOf(from);
	}
}
