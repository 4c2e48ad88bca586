package org.lantu.plan.api;

/**
 * Author text and file names as a terminal or a log line may show them: control characters
 * (ESC, CR, LF, NUL, C1 controls), line and paragraph separators and the bidirectional overrides
 * are written as visible escapes ({@code \n}, {@code \x1B}, {@code \u202E}), so that a string in a
 * plan can neither forge a line of output nor drive the terminal.
 */
public final class PlainText {
	private PlainText() {
	}

	/** {@code s} with every character that is not plain text escaped; null stays null. */
	public static String visible(String s) {
		if (s == null) {
			return null;
		}
		int i = 0;
		while (i < s.length() && !escaped(s.charAt(i))) {
			i++;
		}
		if (i == s.length()) {
			return s;
		}
		StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!escaped(c)) {
				b.append(c);
			} else if (c == '\n') {
				b.append("\\n");
			} else if (c == '\r') {
				b.append("\\r");
			} else if (c == '\t') {
				b.append("\\t");
			} else if (c < 0x100) {
				b.append(String.format("\\x%02X", (int) c));
			} else {
				b.append(String.format("\\u%04X", (int) c));
			}
		}
		return b.toString();
	}

	/** Whether a character is shown as an escape. */
	public static boolean escaped(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
	}
}
