package org.lantu.plan.eclipse.server;

import org.eclipse.lsp4j.Position;

/** LSP positions (zero-based line, UTF-16 column) to offsets in a text and back. */
public final class Positions {

	private Positions() {
	}

	/** The offset of the position, clamped into the text (a stale position never throws). */
	public static int offset(String text, Position p) {
		int line = 0;
		int i = 0;
		while (line < p.getLine() && i < text.length()) {
			char c = text.charAt(i++);
			if (c == '\n') {
				line++;
			} else if (c == '\r') {
				if (i < text.length() && text.charAt(i) == '\n') {
					i++;
				}
				line++;
			}
		}
		int end = i;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return Math.min(i + Math.max(0, p.getCharacter()), end);
	}

	public static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		int limit = Math.min(offset, text.length());
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, limit - lineStart);
	}
}
