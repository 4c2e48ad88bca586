package org.lantu.plan.importer.recognise;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.quantity.ChineseNumerals;

/**
 * The numbering of the Chinese official style, from the top down: 第X部分, 第X章, 第X节, 一、, （一）, 1.,
 * （1）. A paragraph is a heading when it starts with one of them and what follows reads as a
 * title: short, without a comma or a full stop inside — or a run-in title (1．加强园区规划管理。…)
 * whose body follows its full stop. 前言, 结语 and their kin are unnumbered headings.
 */
public final class Headings {

	/** The kinds of numbering, in the order of their depth. */
	public enum Kind {
		PART("第([一二三四五六七八九十百零〇0-9]+)部分\\s*", "第一部分"),
		CHAPTER("第([一二三四五六七八九十百零〇0-9]+)章\\s*", "第一章"),
		SECTION("第([一二三四五六七八九十百零〇0-9]+)节\\s*", "第一节"),
		CN("([一二三四五六七八九十]+)\\s*[、，.．]\\s*", "一、"),
		PAREN_CN("[（(]\\s*([一二三四五六七八九十]+)\\s*[）)]\\s*[、，]?\\s*", "（一）"),
		ARABIC("([0-9０-９]{1,2})\\s*[.．、](?![0-9０-９])\\s*", "1."),
		PAREN_ARABIC("[（(]\\s*([0-9０-９]{1,2})\\s*[）)]\\s*", "（1）"),
		/** 前言, 结语: a heading by its word, at the top level. */
		UNNUMBERED("(?=(?:前\\s*言|序\\s*言|引\\s*言|总\\s*则|附\\s*则|结\\s*语|结束语)\\s*$)", "");

		final Pattern pattern;
		final String example;

		Kind(String regex, String example) {
			this.pattern = Pattern.compile("^" + regex);
			this.example = example;
		}

		/** How the plan's {@code numbering} writes this style, with the punctuation the author used. */
		public String example(String written) {
			return switch (this) {
				case CN -> "一" + punctuation(written, "、");
				case ARABIC -> "1" + punctuation(written, ".");
				default -> example;
			};
		}

		private static String punctuation(String written, String otherwise) {
			Matcher m = Pattern.compile("^[一二三四五六七八九十0-9０-９]+\\s*([、，.．])").matcher(written);
			return m.find() ? m.group(1) : otherwise;
		}
	}

	/** A heading: its numbering, number (0 when unnumbered), title, and the body of a run-in heading. */
	public record Heading(Kind kind, int number, String title, String runIn, String written) {
	}

	private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)[0-9]{2}\\s*年(?![0-9])");

	/** The longest a title may be; longer lines are paragraphs. */
	static final int MAX_TITLE = 40;

	private Headings() {
	}

	/** The heading this paragraph is, if it is one. */
	public static Optional<Heading> of(String paragraph) {
		String text = paragraph.strip();
		for (Kind kind : Kind.values()) {
			Matcher m = kind.pattern.matcher(text);
			if (!m.find()) {
				continue;
			}
			int number = 0;
			if (kind != Kind.UNNUMBERED) {
				OptionalLong n = ChineseNumerals.parse(m.group(1).replace(" ", ""));
				if (n.isEmpty() || n.getAsLong() <= 0 || n.getAsLong() > 999) {
					return Optional.empty();
				}
				number = (int) n.getAsLong();
			}
			String rest = text.substring(m.end()).strip();
			if (kind == Kind.UNNUMBERED) {
				return Optional.of(new Heading(kind, 0, rest.replaceAll("\\s+", ""), "", text));
			}
			return title(kind, number, rest, text);
		}
		return Optional.empty();
	}

	private static Optional<Heading> title(Kind kind, int number, String rest, String written) {
		// a title may open on its year (一、2024年工作回顾), not on another number (一、50亿元)
		if (rest.isEmpty() || rest.startsWith("《") || rest.startsWith("[") || Character.isDigit(rest.charAt(0)) && !YEAR_FIRST.matcher(rest).lookingAt()) {
			return Optional.empty();
		}
		// a run-in title: 1．加强园区规划管理。强化产业园区分工协作…
		int stop = firstOf(rest, "。");
		if (stop > 0 && stop < rest.length() - 1) {
			String title = rest.substring(0, stop);
			if (title.length() <= MAX_TITLE / 2 + 6 && !hasClausePunctuation(title)) {
				return Optional.of(new Heading(kind, number, title, rest.substring(stop + 1).strip(), written));
			}
			return Optional.empty();
		}
		String bare = stop == rest.length() - 1 ? rest.substring(0, stop) : rest;
		if (bare.length() > MAX_TITLE || hasClausePunctuation(bare)) {
			return Optional.empty();
		}
		return Optional.of(new Heading(kind, number, rest, "", written));
	}

	/** A title has no sentence inside it; a short one may have a comma (工业规模稳步提升，工业化进程有待加速). */
	private static boolean hasClausePunctuation(String s) {
		if (s.length() <= 24 && firstOf(s, "；：:;。！？") < 0 && !s.endsWith("，")) {
			return false;
		}
		return firstOf(s, "，；：:;。！？") >= 0;
	}

	/** Whether a paragraph starts with a numbering of the official style, heading or not (1.…, （一）…). */
	public static boolean numbered(String paragraph) {
		String text = paragraph.strip();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.UNNUMBERED && kind.pattern.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	private static int firstOf(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}
}
