package org.lantu.plan.quantity;

import java.util.OptionalLong;

/** Reads the number at the start of a count word: 八大 → 8, 十二项 → 12, 两 → 2, 双创 → 2, 5大 → 5. */
public final class ChineseNumerals {
	private ChineseNumerals() {
	}

	private static final String DIGITS = "〇一二三四五六七八九";

	public static OptionalLong leading(String word) {
		if (word == null || word.isEmpty()) {
			return OptionalLong.empty();
		}
		if (isPair(word)) {
			return OptionalLong.of(2);
		}
		int end = 0;
		while (end < word.length() && isNumeral(word.charAt(end))) {
			end++;
		}
		if (end == 0) {
			return OptionalLong.empty();
		}
		return parse(word.substring(0, end));
	}

	/** How many characters at the start of a word are numerals: 八大 → 1, 十二项 → 2. */
	public static int leadingLength(String word) {
		if (word != null && !word.isEmpty() && isPair(word)) {
			return 1;
		}
		int end = 0;
		while (word != null && end < word.length() && isNumeral(word.charAt(end))) {
			end++;
		}
		return end;
	}

	/** 双 (双创, 双循环) and 俩 count two, as the first character of a count word only. */
	private static boolean isPair(String word) {
		return word.charAt(0) == '双' || word.charAt(0) == '俩';
	}

	private static boolean isNumeral(char c) {
		return DIGITS.indexOf(c) >= 0 || "零两十百千万".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
	}

	/** 十二 → 12, 二十 → 20, 一百零五 → 105, 三千 → 3000, 12 → 12. */
	public static OptionalLong parse(String s) {
		if (s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19')) {
			StringBuilder b = new StringBuilder();
			s.chars().forEach(c -> b.append((char) (c >= '\uFF10' ? c - '\uFF10' + '0' : c)));
			return b.length() > 18 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(b.toString()));
		}
		long total = 0;
		long section = 0;
		long digit = -1;
		for (char c : s.toCharArray()) {
			int d = DIGITS.indexOf(c);
			if (c == '两') {
				d = 2;
			} else if (c == '零') {
				d = 0;
			}
			if (d >= 0) {
				digit = d;
				continue;
			}
			long unit = switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			case '万' -> 10000;
			default -> -1;
			};
			if (unit < 0) {
				return OptionalLong.empty();
			}
			if (unit == 10000) {
				total = (total + section + Math.max(digit, 0)) * unit;
				section = 0;
			} else {
				section += (digit < 0 ? 1 : digit) * unit;
			}
			digit = -1;
		}
		return OptionalLong.of(total + section + Math.max(digit, 0));
	}

	/** 8 → 八, 12 → 十二 (for messages in the author's style), up to 99. */
	public static String format(long n) {
		if (n < 0 || n > 99) {
			return Long.toString(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt((int) n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt((int) (n / 10)) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt((int) (n % 10));
	}
}
