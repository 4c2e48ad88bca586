package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lantu.plan.api.Columns;

/**
 * The columns worked out once per text are those counted from each offset back to its line's start: in characters (a
 * surrogate pair once, a lone half once), after LF, CR or CRLF, the fallback outside the text.
 */
class ColumnsTest {

	@Test
	void everyOffsetHasTheColumnCountedBackToItsLineStart() {
		String[] pieces = { "a", "指", "\n", "\r", "\r\n", "😀", "𠀀", "\uD83D", "\uDE00", " ", "\t" };
		Random random = new Random(20261203L);
		for (int round = 0; round < 2000; round++) {
			StringBuilder b = new StringBuilder();
			for (int n = random.nextInt(30); n > 0; n--) {
				b.append(pieces[random.nextInt(pieces.length)]);
			}
			String text = b.toString();
			Columns columns = Columns.of(text);
			for (int offset = -1; offset <= text.length() + 1; offset++) {
				assertEquals(countedBack(text, offset, 99), columns.column(offset, 99), "offset " + offset + " of " + PlanLexerTest.escape(text));
			}
		}
	}

	@Test
	void aLongLineCountsCharacters() {
		String text = "规划 x\n" + "😀3.x ".repeat(1000);
		Columns columns = Columns.of(text);
		int last = text.lastIndexOf("3.x");
		assertEquals(1 + 999 * 5 + 1, columns.column(last, 0)); // each 😀 is one character, two UTF-16 units
	}

	/** The column as counted from the offset back to the last LF or CR before it, in code points. */
	private static int countedBack(String text, int offset, int fallback) {
		if (offset < 0 || offset > text.length()) {
			return fallback;
		}
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			start--;
		}
		return 1 + text.codePointCount(start, offset);
	}
}
