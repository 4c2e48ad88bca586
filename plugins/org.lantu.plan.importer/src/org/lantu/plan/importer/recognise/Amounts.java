package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lantu.plan.quantity.Dimension;
import org.lantu.plan.quantity.Unit;
import org.lantu.plan.quantity.Units;

/**
 * Amounts as authors write them in prose and in table cells — 超过1000亿元, 9%以上, 2—3家, 约2000亩,
 * 100余家 — found in text and written back in the Plan language's quantity syntax. Only what that
 * syntax reads is recognised: a built-in unit, one per another (万元/亩) or none, the qualifiers the language knows, digits
 * (full-width too). Everything else stays text, so that a recognised amount always parses.
 */
public final class Amounts {

	/**
	 * One amount found in a text: where it is, what was written, and its parts; {@code unit} is the
	 * unit alone (公里 of 150多公里: 余 and 多 are in what was written).
	 */
	public record Amount(int start, int end, String written, String prefix, String value, String upper, String unit, String suffix) {

		/** The dimension of its unit (PER for 万元/亩), or empty when it has none. */
		public Optional<Dimension> dimension() {
			return unit == null ? Optional.empty() : BUILT_IN.find(unit).map(Unit::dimension);
		}

		/** As the language writes it: the author's words without the spaces between them, nor commas between thousands. */
		public String plan() {
			return written.replaceAll("\\s+", "").replace(",", "");
		}

		public boolean isPercent() {
			return "%".equals(unit) || "％".equals(unit);
		}

		/** A ratio (7:38:55, 2.2∶1): no one amount, and a value only of an indicator that states ratios. */
		public boolean isRatio() {
			return value.chars().anyMatch(c -> RATIO_SIGNS.indexOf(c) >= 0);
		}
	}

	private static final Units BUILT_IN = new Units();
	/** A number, its thousands perhaps grouped by commas as tables from spreadsheets have them (12,580), which the language writes without. */
	private static final String DIGITS = "(?:(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9０-９]+)(?:[.．][0-9０-９]+)?";
	private static final String PREFIX = "约|近|超过|超|突破|不低于|达到|达|不超过|低于|≥|≤|≧|≦|>|<|＞|＜";
	private static final String SUFFIX = "以上|以下|左右|以内|余|多";
	private static final String UNITS = Units.builtIn().keySet().stream()
			.filter(u -> !u.equals("年") && !u.equals("月") && !u.equals("天") && !u.equals("大") && !u.equals("度") && !u.equals("兆"))
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Pattern::quote).collect(Collectors.joining("|"));
	/** What a unit may be per: another unit, or a time (万吨/日, 万人次/年), which alone would be a date's. */
	private static final String PER = UNITS + "|" + Stream.concat(Stream.of("年", "月", "天"), Units.denominatorsOnly().stream())
			.map(Pattern::quote).collect(Collectors.joining("|"));
	/** A unit of two with a middle dot (千瓦·时, kW·h), which the built-in units have without it. */
	private static final String DOTTED = "(?:万|亿)?千瓦[·•⋅∙・]时|kW[·•⋅∙・]h";
	/** Right after a number, a rate per a number: 孕产妇死亡率10/10万. */
	private static final String PER_NUMBER = "/[0-9]+[十百千万亿]";
	/** Years as a length of time, after a number with decimals, which no date has: 平均受教育年限达到11.2年. */
	private static final String YEARS = "(?<=[.．][0-9０-９]{1,6})年(?![月度])";
	private static final Pattern AMOUNT = Pattern.compile("(" + PREFIX + ")?\\s*(-|－)?(" + DIGITS + ")(?:\\s*(?:—|–|~|～|至)\\s*(" + DIGITS
			+ "))?\\s*(余|多)?\\s*((?:" + DOTTED + "|" + UNITS + ")(?:/(?:" + PER + "))?|％|(?<=[0-9])" + PER_NUMBER + "|" + YEARS + ")?\\s*(" + SUFFIX + ")?");

	private static final String RATIO_SIGNS = ":：∶";

	/** What follows a number that sorts by size: 产值10亿元以上企业, 亿元以上项目, 百亿级. */
	private static final Pattern KIND_BY_SIZE = Pattern.compile("企业|工业企业|项目|的企业|的项目|级");

	private Amounts() {
	}

	/** The amounts of a sentence, skipping years, dates, document numbers, ordinals and numbers that are part of names. */
	public static List<Amount> in(String text) {
		List<Amount> found = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		int from = 0;
		while (from < text.length() && m.find(from)) {
			from = Math.max(m.end(), m.start() + 1);
			int digits = m.start(3);
			int ratioEnd = ratioEnd(text, digits);
			if (ratioEnd > 0 && !afterARatioSign(text, digits) && (digits == 0 || !isLatinOrDigit(text.charAt(digits - 1)))) {
				// a ratio is one amount of its own (三次产业结构调整为7:38:55), its terms none
				String written = text.substring(digits, ratioEnd);
				found.add(new Amount(digits, ratioEnd, written, null, written.replaceAll("\\s+", ""), null, null, null));
				from = ratioEnd;
				continue;
			}
			if (partOfSomethingElse(text, m, digits)) {
				continue;
			}
			String sign = m.group(2) == null ? "" : m.group(2);
			found.add(new Amount(m.start(), trimEnd(text, m.end()), text.substring(m.start(), trimEnd(text, m.end())), m.group(1), sign + m.group(3).replace(",", ""),
					m.group(4) == null ? null : m.group(4).replace(",", ""),
					m.group(6), m.group(7)));
		}
		return found;
	}

	/** The cell's whole text as one amount (an indicator table's value), or empty. */
	public static Optional<Amount> whole(String text) {
		String t = text.strip();
		Matcher m = AMOUNT.matcher(t);
		if (t.isEmpty() || !m.matches() || m.group(3) == null) {
			return Optional.empty();
		}
		String sign = m.group(2) == null ? "" : m.group(2);
		return Optional.of(new Amount(0, t.length(), t, m.group(1), sign + m.group(3).replace(",", ""), m.group(4) == null ? null : m.group(4).replace(",", ""),
				m.group(6), m.group(7)));
	}

	private static int trimEnd(String text, int end) {
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static boolean partOfSomethingElse(String text, Matcher m, int digits) {
		int end = m.end(3);
		String after = text.substring(end, Math.min(text.length(), end + 3)).stripLeading();
		char before = digits > 0 ? text.charAt(digits - 1) : ' ';
		// a year (2020年), a month or day, a document number (〔2017〕90号), a page or an ordinal (第3)
		if (after.startsWith("年") && !"年".equals(m.group(6)) || after.startsWith("月") || after.startsWith("日") || after.startsWith("号") || after.startsWith("〕")
				|| after.startsWith("届") || after.startsWith("期") || after.startsWith("批") || after.startsWith("版") || after.startsWith("]")) {
			return true;
		}
		// a period (2021—2025年) and list numbering (1.《…》, 2、)
		String following = text.substring(m.end(), Math.min(text.length(), m.end() + 2)).stripLeading();
		if (following.startsWith("年") && m.group(6) == null || m.group(4) != null && m.group(3).matches("(19|20)[0-9]{2}") || m.group(6) == null && m.group(7) == null
				&& (after.startsWith(".") || after.startsWith("．") || after.startsWith("、")) && !after.matches("^[.．][0-9０-９].*")) {
			return true;
		}
		if (before == '第' || before == '〔' || before == '[' || isLatinOrDigit(before) || before == '.' || before == '．') {
			return true;
		}
		// a term of a ratio (三次产业结构调整为7:38:55, 城乡居民收入比2.45∶1): no one amount
		if (ratioEnd(text, digits) > 0 || afterARatioSign(text, digits)) {
			return true;
		}
		// numbers in names: 500亿级产业, 50亿企业
		if (m.group(6) == null && m.group(7) == null && after.matches("^[亿万千百][\\p{IsHan}].*")) {
			return true;
		}
		// numbers in names: 5A级, 3D打印, PM2.5, G20, 5G
		if (end < text.length() && isLatin(text.charAt(end)) && m.group(6) == null) {
			return true;
		}
		// a class of enterprises or projects by their size: 产值10亿元以上企业, 投资亿元以上项目
		if (KIND_BY_SIZE.matcher(text).region(m.end(), text.length()).lookingAt()) {
			return true;
		}
		// a voltage before what it names is its class: 110KV龙口变电站, 220千伏线路
		if (m.group(6) != null && m.group(6).matches("(?i)kv|千伏") && m.end() < text.length() && Character.UnicodeScript.of(text.codePointAt(m.end())) == Character.UnicodeScript.HAN) {
			return true;
		}
		// inside a title 《…》
		int open = text.lastIndexOf('《', digits);
		return open >= 0 && text.indexOf('》', open) > digits;
	}

	/**
	 * Where a ratio of two or more terms that starts at {@code from} ends (7:38:55, 2.2∶1, 7.9 : 39.6), or -1 when none
	 * does. Read by hand, not by a regular expression: Java's engine recurses once per repeated group, and a ratio of
	 * a hundred thousand terms would overflow its stack.
	 */
	public static int ratioEnd(String text, int from) {
		int end = number(text, from);
		if (end < 0) {
			return -1;
		}
		int terms = 1;
		while (true) {
			int i = end;
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i >= text.length() || RATIO_SIGNS.indexOf(text.charAt(i)) < 0) {
				break;
			}
			i++;
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int next = number(text, i);
			if (next < 0) {
				break;
			}
			end = next;
			terms++;
		}
		return terms >= 2 ? end : -1;
	}

	/** Where a number (12, 7.9, ３.５) that starts at {@code from} ends, or -1. */
	private static int number(String text, int from) {
		int i = from;
		while (i < text.length() && isDigit(text.charAt(i))) {
			i++;
		}
		if (i == from) {
			return -1;
		}
		if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '．') && isDigit(text.charAt(i + 1))) {
			i++;
			while (i < text.length() && isDigit(text.charAt(i))) {
				i++;
			}
		}
		return i;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}

	/** Whether a digit and a ratio sign come before {@code at} (7:38:55 at 38), looking back over spaces only. */
	private static boolean afterARatioSign(String text, int at) {
		int i = at - 1;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		if (i < 0 || RATIO_SIGNS.indexOf(text.charAt(i)) < 0) {
			return false;
		}
		i--;
		while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
			i--;
		}
		return i >= 0 && isDigit(text.charAt(i));
	}

	private static boolean isLatin(char c) {
		return c < 128 && Character.isLetter(c);
	}

	private static boolean isLatinOrDigit(char c) {
		return c < 128 && Character.isLetterOrDigit(c);
	}

	/** Whether a built-in unit (or one per another) measures what another does (亿元 and 万元; 万元/亩 and 亿元/平方公里, not 万元). */
	public static boolean compatible(String unit, String other) {
		if (unit == null || other == null) {
			return true;
		}
		Unit a = BUILT_IN.find(unit.replace('％', '%')).orElse(null);
		Unit b = BUILT_IN.find(other.replace('％', '%')).orElse(null);
		return a == null || b == null || a.sameDimension(b);
	}
}
