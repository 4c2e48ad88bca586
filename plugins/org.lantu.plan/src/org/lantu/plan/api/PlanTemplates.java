package org.lantu.plan.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new plan with the standard structure of its kind of document, for an author who starts from
 * nothing ({@code lantu new}, Lantu Studio's new-plan wizard): the chapters the kind has (a 规划纲要's
 * 发展基础, 总体要求 with the indicator table skeleton, 重点任务, 保障措施), placeholders (……, —) to fill in,
 * and commented examples of what the kind holds (zones, projects, tasks with their lead units).
 * Every template checks without a finding.
 */
public final class PlanTemplates {
	private PlanTemplates() {
	}

	/** The kinds of document a plan can start as, with their 文种 and an id for the command line. */
	public enum Kind {
		OUTLINE("规划纲要", "outline"), PLAN("规划", "plan"), WORK_PLAN("工作方案", "work-plan"), OPINION("实施意见", "opinion"), DECISION("决定", "decision");

		private final String zh;
		private final String id;

		Kind(String zh, String id) {
			this.zh = zh;
			this.id = id;
		}

		/** The 文种 as written in Chinese: 规划纲要. */
		public String zh() {
			return zh;
		}

		/** The id: outline, plan, work-plan, opinion, decision. */
		public String id() {
			return id;
		}

		/** A kind by its Chinese name or its id. */
		public static Optional<Kind> parse(String text) {
			String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
			return Arrays.stream(values()).filter(k -> k.zh.equals(t) || k.id.equals(t)).findFirst();
		}

		/** "规划纲要 (outline), 规划 (plan), …" for messages that list them. */
		public static String all() {
			return String.join(", ", Arrays.stream(values()).map(k -> k.zh + " (" + k.id + ")").toList());
		}
	}

	/**
	 * The text of a new plan.
	 *
	 * @param name   the plan's name (written quoted, so that any name reads, a keyword such as 规划 too)
	 * @param title  its title; the name with its period when null or blank
	 * @param issuer the issuing body; a placeholder when null or blank
	 * @param from   the first year of the period
	 * @param to     the last year of the period
	 */
	public static String text(Kind kind, String name, String title, String issuer, int from, int to) {
		if (from > to) {
			throw new IllegalArgumentException("the period " + from + "—" + to + " runs backwards");
		}
		String t = title == null || title.isBlank() ? name + "（" + from + "—" + to + "年）" : title.strip();
		String template = resource(kind.id() + ".plan");
		return template.replace("${name}", quote(oneLine(name))).replace("\"${title}\"", quote(oneLine(t))).replace("${title}", oneLine(t))
				.replace("\"${issuer}\"", quote(issuer == null || issuer.isBlank() ? "……" : oneLine(issuer))).replace("${from}", String.valueOf(from))
				.replace("${to}", String.valueOf(to)).replace("${base}", String.valueOf(from - 1))
				.replace("${outlook}", String.valueOf(Math.max(to + 5, 2035)));
	}

	private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*年?\\s*(?:—|–|-|~|～|至|到|to)\\s*(\\d{4})\\s*年?\\s*");

	/** A period as an author types it (2026—2030, 2026-2030年, 2026至2030, full-width digits too), or empty when it is none or runs backwards. */
	public static Optional<int[]> period(String text) {
		StringBuilder ascii = new StringBuilder(text == null ? "" : text);
		for (int i = 0; i < ascii.length(); i++) {
			char c = ascii.charAt(i);
			if (c >= '\uFF10' && c <= '\uFF19') {
				ascii.setCharAt(i, (char) ('0' + (c - '\uFF10')));
			}
		}
		Matcher m = YEARS.matcher(ascii);
		if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
			return Optional.empty();
		}
		return Optional.of(new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) });
	}

	/** The five-year period that holds {@code year}, as national plans count them: 2026—2030 for 2026 to 2030. */
	public static int[] fiveYearPeriod(int year) {
		int from = 2021 + Math.floorDiv(year - 2021, 5) * 5;
		return new int[] { from, from + 4 };
	}

	private static String resource(String file) {
		try (InputStream in = PlanTemplates.class.getResourceAsStream("templates/" + file)) {
			if (in == null) {
				throw new IllegalStateException("the template " + file + " is missing from the engine's jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String oneLine(String s) {
		return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
	}

	private static String quote(String s) {
		return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
