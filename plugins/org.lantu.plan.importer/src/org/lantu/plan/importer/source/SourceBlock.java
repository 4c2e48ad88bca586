package org.lantu.plan.importer.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a source document holds, before anything is recognised in it: paragraphs, tables and
 * framed boxes, in reading order, each with the line (text) or paragraph number (Word) where it
 * starts, so that the import report can point the author back to the source.
 */
public sealed interface SourceBlock {

	/** The title line that makes a framed block or a tabbed line a box: 专栏3  重点工程. */
	Pattern BOX_TITLE = Pattern.compile("^\\s*专栏\\s*[0-9０-９]+.*");

	/** A run of more spaces than a layout needs (印发 set against the right margin takes some twenty). */
	Pattern LONG_SPACE = Pattern.compile("[ \\t\\u00A0\\u3000]{65,}");

	/**
	 * The text with each run of more than 64 spaces cut to its first 64, so that every pattern the recognisers
	 * read it with takes time in proportion to its length (a space may begin an amount, a year, a
	 * name: a pattern tried at each place of a run as long as a line would take its square).
	 */
	static String bounded(String text) {
		return text == null ? null : LONG_SPACE.matcher(text).replaceAll(run -> run.group().substring(0, 64));
	}

	/** Where the block starts in the source: a line of a text file, a paragraph of a Word file. */
	int line();

	/**
	 * A paragraph. {@code level} is the heading level Word's style or outline level gives it (1 the
	 * highest), 0 when the source says nothing (plain text always).
	 */
	record Para(int line, String text, int level) implements SourceBlock {
		public Para {
			text = bounded(text);
		}
	}

	/** A table: rows of cells, as the source has them (merged cells included, see {@link SourceCell}). */
	record Table(int line, List<List<SourceCell>> rows) implements SourceBlock {
	}

	/** A framed block (a 专栏 drawn as a one-cell table or a frame): its title line and its content. */
	record Box(int line, String title, List<SourceBlock> body) implements SourceBlock {
		public Box {
			title = bounded(title);
		}
	}

	/**
	 * One cell: its text, how many grid columns it spans, and whether it continues the cell above
	 * (a vertically merged cell, empty in the source).
	 */
	record SourceCell(String text, int span, boolean continuesAbove) {
		public SourceCell {
			text = bounded(text);
		}

		public static SourceCell of(String text) {
			return new SourceCell(text, 1, false);
		}
	}
}
