package org.lantu.plan.evaluate;

import org.lantu.plan.plan.Prefix;
import org.lantu.plan.plan.Suffix;

/** What a qualifier word makes of a number: 约 ≈, 以上/不低于/达到 ≥, 超过/突破 >, 以内/不超过 ≤, 低于 <. */
public enum Qualifier {
	EXACT(""), ABOUT("≈"), NEARLY("近"), OVER(">"), AT_LEAST("≥"), AT_MOST("≤"), UNDER("<");

	private final String symbol;

	Qualifier(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

	public static Qualifier of(Prefix p) {
		if (p == null) {
			return EXACT;
		}
		return switch (p) {
		case ABOUT -> ABOUT;
		case NEARLY -> NEARLY;
		case OVER -> OVER;
		case AT_LEAST -> AT_LEAST;
		case AT_MOST -> AT_MOST;
		case UNDER -> UNDER;
		};
	}

	public static Qualifier of(Suffix s) {
		if (s == null) {
			return EXACT;
		}
		return switch (s) {
		case OR_MORE -> AT_LEAST;
		case OR_LESS, WITHIN -> AT_MOST;
		case AROUND -> ABOUT;
		case PLUS -> OVER;
		};
	}

	public static Qualifier ofWord(String glued) {
		return switch (glued) {
		case "以上" -> AT_LEAST;
		case "以下", "以内" -> AT_MOST;
		case "左右" -> ABOUT;
		case "余", "多" -> OVER;
		default -> EXACT;
		};
	}

	/** 达到…以上 is ≥; 约…以上 stays ≥; the more specific bound wins over EXACT and ABOUT. */
	public Qualifier and(Qualifier other) {
		if (this == EXACT) {
			return other;
		}
		if (other == EXACT || other == this) {
			return this;
		}
		if (this == ABOUT || this == NEARLY) {
			return other;
		}
		if (other == ABOUT || other == NEARLY) {
			return this;
		}
		// 达到 + 以上 → ≥ ; 超过 + 以上 → >
		return this == OVER || other == OVER ? OVER : this == UNDER || other == UNDER ? UNDER : this;
	}

}
