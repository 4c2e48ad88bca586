package org.lantu.plan.quantity;

import java.math.BigDecimal;

/**
 * A unit: its name as written, its dimension, and its size in the dimension's base unit
 * (元 for money, 亩 for area, 1 for counts). Count units keep their measure word (家, 个, 人),
 * so 30家 and 30个 are both counts of size 1. A unit per unit (万元/亩, 吨标准煤/万元, 微克/立方米)
 * has the dimension {@link Dimension#PER} and keeps the two units it divides, which decide what it measures.
 * A unit is {@linkplain #exact() exact} unless its size had to be rounded.
 */
public record Unit(String name, Dimension dimension, BigDecimal factor, Unit numerator, Unit denominator, boolean exact) {

	public Unit(String name, Dimension dimension, String factor) {
		this(name, dimension, new BigDecimal(factor), null, null, true);
	}

	public Unit(String name, Dimension dimension, BigDecimal factor) {
		this(name, dimension, factor, null, null, true);
	}

	/**
	 * {@code numerator} per {@code denominator}, named {@code name}: 1 万元/亩 is 10,000 元 per 亩. Its size is
	 * exact when the quotient of the sizes is (万元/亩, 微克/立方米), else rounded to 34 digits and not
	 * {@link #exact()} (元/平方米, 万元/公顷): values in it are then read within that rounding.
	 */
	public static Unit per(String name, Unit numerator, Unit denominator) {
		BigDecimal factor = Decimals.quotient(numerator.factor(), denominator.factor());
		boolean exact = numerator.exact() && denominator.exact() && factor.multiply(denominator.factor()).compareTo(numerator.factor()) == 0;
		return new Unit(name, Dimension.PER, factor, numerator, denominator, exact);
	}

	/** A unit of {@code parts}/{@code whole} of the base unit (天 is 1/365 年): exact when the division ends, else rounded to 34 digits. */
	public static Unit fraction(String name, Dimension dimension, long parts, long whole) {
		return fraction(name, dimension, BigDecimal.valueOf(parts), BigDecimal.valueOf(whole));
	}

	/** A unit of {@code parts}/{@code whole} of the base unit (1/10万 is 1000/100000 ‰). */
	public static Unit fraction(String name, Dimension dimension, BigDecimal parts, BigDecimal whole) {
		BigDecimal factor = Decimals.quotient(parts, whole);
		return new Unit(name, dimension, factor, null, null, factor.multiply(whole).compareTo(parts) == 0);
	}

	/** This unit under another name (千瓦·时 for 千瓦时). */
	public Unit named(String other) {
		return new Unit(other, dimension, factor, numerator, denominator, exact);
	}

	/** Whether values in the two units measure the same thing, so that they may be added and compared. */
	public boolean sameDimension(Unit other) {
		if (other == null || dimension != other.dimension) {
			return false;
		}
		return switch (dimension) {
		case OTHER -> name.equals(other.name);
		case PER -> numerator.sameDimension(other.numerator) && denominator.sameDimension(other.denominator);
		default -> true;
		};
	}

	@Override
	public String toString() {
		return name;
	}
}
