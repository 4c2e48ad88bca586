package org.lantu.plan.api;

import java.util.Arrays;

import org.eclipse.emf.ecore.resource.Resource;
import org.lantu.plan.parser.Spans;

/**
 * The columns of one text in characters (code points), as an author counts them: Xtext and the
 * node model count UTF-16 units, in which an emoji or 𠀀 is two. Built once per text (where its
 * lines start, where a surrogate pair ends), each column is then two binary searches, so a plan
 * with thousands of findings on one long line costs no more than one with a finding per line.
 */
public final class Columns {

	private final int length;
	private final int[] lineStarts;
	/** The index of the second half of every surrogate pair, in order. */
	private final int[] pairEnds;

	private Columns(String text) {
		length = text.length();
		int[] starts = new int[16];
		int[] pairs = new int[0];
		int lines = 1;
		int pairCount = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (lines == starts.length) {
					starts = Arrays.copyOf(starts, lines * 2);
				}
				starts[lines++] = i + 1;
			} else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
				if (pairCount == pairs.length) {
					pairs = Arrays.copyOf(pairs, Math.max(16, pairCount * 2));
				}
				pairs[pairCount++] = i;
			}
		}
		lineStarts = Arrays.copyOf(starts, lines);
		pairEnds = Arrays.copyOf(pairs, pairCount);
	}

	public static Columns of(String text) {
		return new Columns(text);
	}

	/** The columns of a parsed plan's text; null for a resource that holds none. */
	public static Columns of(Resource resource) {
		String text = Spans.text(resource);
		return text == null ? null : new Columns(text);
	}

	/**
	 * The 1-based column of {@code offset} in characters from the start of its line (after the last LF or CR before it),
	 * or {@code fallback} if the offset lies outside the text.
	 */
	public int column(int offset, int fallback) {
		if (offset < 0 || offset > length) {
			return fallback;
		}
		int start = lineStarts[floor(lineStarts, offset)];
		// a pair counts once when both its halves lie in [start, offset): its second half at start + 1 … offset - 1
		int pairs = Math.max(0, below(pairEnds, offset) - below(pairEnds, start + 1));
		return 1 + (offset - start) - pairs;
	}

	/** The index of the last value ≤ {@code key} (values ascending, the first 0). */
	private static int floor(int[] values, int key) {
		int i = Arrays.binarySearch(values, key);
		return i >= 0 ? i : -i - 2;
	}

	/** How many values are < {@code key}. */
	private static int below(int[] values, int key) {
		int i = Arrays.binarySearch(values, key);
		return i >= 0 ? i : -i - 1;
	}
}
