package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lantu.plan.api.Columns;
import org.lantu.plan.api.PlanDiagnostic;

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
				assertEquals(PlanDiagnostic.characterColumn(text, offset, 99), columns.column(offset, 99), "offset " + offset + " of " + escape(text));
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

	private static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
