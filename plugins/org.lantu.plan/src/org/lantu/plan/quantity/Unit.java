package org.lantu.plan.quantity;

import java.math.BigDecimal;

/**
 * A unit: its name as written, its dimension, and its size in the dimension's base unit
 * (元 for money, 亩 for area, 1 for counts). Count units keep their measure word (家, 个, 人),
 * so 30家 and 30个 are both counts of size 1.
 */
public record Unit(String name, Dimension dimension, BigDecimal factor) {

	public Unit(String name, Dimension dimension, String factor) {
		this(name, dimension, new BigDecimal(factor));
	}

	public boolean sameDimension(Unit other) {
		return other != null && dimension == other.dimension
				&& (dimension != Dimension.OTHER || name.equals(other.name));
	}

	@Override
	public String toString() {
		return name;
	}
}
