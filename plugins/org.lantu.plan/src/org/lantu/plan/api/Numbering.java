package org.lantu.plan.api;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.quantity.ChineseNumerals;

/**
 * A numbering style given by example, as plans declare it ({@code numbering "第一章" "第一节"
 * "（一）"}): the numeral in the example is replaced by the number, in the same kind of numeral.
 */
public final class Numbering {
	private Numbering() {
	}

	private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十〇零两]+|[0-9]+");

	/** The label of item {@code n} at {@code level} (0 = chapters): 第三章, 三、, (3), 3. */
	public static String label(List<String> styles, int level, String number) {
		if (number == null) {
			return "";
		}
		long n;
		try {
			n = Long.parseLong(number);
		} catch (NumberFormatException e) {
			return number;
		}
		if (level >= styles.size()) {
			return n + ".";
		}
		String example = styles.get(level);
		Matcher m = NUMERAL.matcher(example);
		if (!m.find()) {
			return example + n;
		}
		boolean chinese = !Character.isDigit(m.group().charAt(0));
		return example.substring(0, m.start()) + (chinese ? ChineseNumerals.format(n) : String.valueOf(n)) + example.substring(m.end());
	}

	/**
	 * A heading as the document shows it: the label of item {@code number} at {@code level}, then
	 * the title (第一章　发展基础, 一、总体要求, （一）指导思想, 1.产业布局); the title alone when the item has no number.
	 */
	public static String heading(List<String> styles, int level, String number, String title) {
		return join(label(styles, level, number), title);
	}

	/** A label before a title: a full-width space between them, none after 、 . or ）. */
	public static String join(String label, String title) {
		String t = title == null ? "" : title;
		if (label.isEmpty() || t.isEmpty()) {
			return label.isEmpty() ? t : label;
		}
		return label + (label.endsWith("、") || label.endsWith(".") || label.endsWith("．") || label.endsWith("）") || label.endsWith(")") ? "" : "　") + t;
	}
}
