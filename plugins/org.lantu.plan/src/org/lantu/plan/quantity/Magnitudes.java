package org.lantu.plan.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Amounts written in words. Plans use round magnitude words as floors: a 千亿产业 is an industry of
 * at least 1000亿元, a 百亿级企业 one of at least 100亿元, a 万亩园区 a park of at least 1万亩, a 千万人口城市
 * one of at least 10,000,000 people; 级, 以上 or 超/超过/突破 make any amount a floor (五百亿元以上). An
 * amount with its own numeral and no such word is exact (五百亿元 is 500亿元). A word is a numeral
 * (一…九, 十, 百, 千: 五百) and/or a magnitude (万, 亿, 万亿), then optionally a unit (元, 亩, 人). Count
 * words (八大, 三个) are not amounts.
 */
public final class Magnitudes {
	private Magnitudes() {
	}

	/**
	 * What an amount in words says.
	 *
	 * @param amount the number the word says, in {@code unit} (the base unit of the compared value's dimension when empty)
	 * @param unit   the unit named after the magnitude (元 in 百亿元, 亩 in 万亩), or empty
	 * @param floor  at least the amount (千亿, 百亿级, 五百亿元以上), rather than exactly it (五百亿元)
	 */
	public record Amount(BigDecimal amount, String unit, boolean floor) {
	}

	public static Optional<Amount> of(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String w = word.strip();
		boolean marked = false;
		for (String prefix : new String[] { "超过", "突破", "超" }) {
			if (w.startsWith(prefix)) {
				w = w.substring(prefix.length());
				marked = true;
				break;
			}
		}
		for (String suffix : new String[] { "以上", "级" }) {
			if (w.endsWith(suffix)) {
				w = w.substring(0, w.length() - suffix.length());
				marked = true;
			}
		}
		int i = 0;
		while (i < w.length() && "〇一二三四五六七八九两十百千".indexOf(w.charAt(i)) >= 0) {
			i++;
		}
		String numeral = w.substring(0, i);
		BigDecimal magnitude = BigDecimal.ONE;
		String rest = w.substring(i);
		if (rest.startsWith("万亿")) {
			magnitude = BigDecimal.TEN.pow(12);
			rest = rest.substring(2);
		} else if (rest.startsWith("亿")) {
			magnitude = BigDecimal.TEN.pow(8);
			rest = rest.substring(1);
		} else if (rest.startsWith("万")) {
			magnitude = BigDecimal.TEN.pow(4);
			rest = rest.substring(1);
		} else if (numeral.isEmpty() || "十百千".indexOf(numeral.charAt(numeral.length() - 1)) < 0) {
			return Optional.empty(); // neither a magnitude nor a round multiplier: 八大, 三个
		}
		BigDecimal n = BigDecimal.ONE;
		if (!numeral.isEmpty()) {
			OptionalLong v = ChineseNumerals.parse(numeral);
			if (v.isEmpty() || v.getAsLong() <= 0) {
				return Optional.empty();
			}
			n = BigDecimal.valueOf(v.getAsLong());
		}
		if (!rest.isEmpty() && !rest.codePoints().allMatch(Character::isLetter)) {
			return Optional.empty();
		}
		// the idiom: a bare multiplier or magnitude (千亿, 百亿, 万亩, 千万) is a class of size, a floor
		boolean idiom = numeral.isEmpty() || numeral.length() == 1 && "十百千".indexOf(numeral.charAt(0)) >= 0;
		return Optional.of(new Amount(n.multiply(magnitude), rest, marked || idiom));
	}
}
