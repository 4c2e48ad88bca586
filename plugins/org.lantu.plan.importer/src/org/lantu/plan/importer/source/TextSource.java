package org.lantu.plan.importer.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lantu.plan.importer.recognise.Headings;
import org.lantu.plan.importer.source.SourceBlock.Box;
import org.lantu.plan.importer.source.SourceBlock.Para;
import org.lantu.plan.importer.source.SourceBlock.SourceCell;
import org.lantu.plan.importer.source.SourceBlock.Table;

/**
 * A plan as plain text, as plans are published on government sites and saved from Word: one
 * paragraph a line. Tables come as Word's "save as text" writes them: each cell on a line of its own
 * that starts with a tab, rows separated by an empty line, a cell's own line breaks continuing
 * it on untabbed lines. A tabbed line 专栏N opens a box that runs to the next heading or to two
 * empty lines. A table may also come one line a row, its cells separated by tabs (a row whose
 * category is merged with the row above starts with a tab; a category may stand on a line of its
 * own), or its cells separated by | as Markdown writes them (its marks of headings and bold are taken off too);
 * a line 专栏N right above such a table makes it a box, and an untabbed line 专栏N above other
 * lines makes a box of them, to the next empty line. UTF-8 is read, and GB18030 (which older Chinese files use) when the bytes are not UTF-8.
 */
public final class TextSource {

	private static final Pattern CAPTION = Pattern.compile("^\\s*(专栏|附?表|图)\\s*[0-9０-９]+.*");

	private final String[] lines;
	/** The lines that only separate a Markdown table's header from its body (|---|:---:|). */
	private final boolean[] separator;

	private TextSource(String text) {
		this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		this.separator = new boolean[lines.length];
		markdown();
	}

	private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]++");
	private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*");
	private static final Pattern PIPE = Pattern.compile("(?<!\\\\)[|｜]");

	/**
	 * Text written as Markdown (a plan converted by a tool, or saved by lantu render): a heading's
	 * marks (## 第一章 …) and bold (**专栏1**) are taken off, and a table of rows with cells separated
	 * by | (or ｜), at least two rows, becomes one line a row with tabs; its header's separator line is skipped.
	 */
	private void markdown() {
		for (int i = 0; i < lines.length; i++) {
			Matcher h = ATX_HEADING.matcher(lines[i]);
			if (h.lookingAt()) {
				// ## 第一章 发展基础 ##: without the closing marks either
				String heading = lines[i].substring(h.end()).stripTrailing();
				int marks = heading.length();
				while (marks > 0 && heading.charAt(marks - 1) == '#') {
					marks--;
				}
				boolean closing = marks < heading.length() && marks > 0 && Character.isWhitespace(heading.charAt(marks - 1));
				lines[i] = closing ? heading.substring(0, marks).stripTrailing() : heading;
			}
			lines[i] = STRONG.matcher(lines[i]).replaceAll("$1");
		}
		int i = 0;
		while (i < lines.length) {
			int end = i;
			int rows = 0;
			while (end < lines.length && (separatorRow(lines[end]) || pipeCells(lines[end]) != null)) {
				rows += separatorRow(lines[end]) ? 0 : 1;
				end++;
			}
			if (rows >= 2) {
				for (int j = i; j < end; j++) {
					separator[j] = separatorRow(lines[j]);
					lines[j] = separator[j] ? "" : String.join("\t", pipeCells(lines[j]));
				}
			}
			i = Math.max(end, i + 1);
		}
	}

	/** The line under a Markdown table's header: |---|:---:|, bars, colons and runs of at least three hyphens. */
	private static boolean separatorRow(String line) {
		String t = line.strip();
		return t.contains("---") && t.chars().allMatch(c -> c == '-' || c == ':' || c == '|' || c == '｜' || c == ' ' || c == '\t');
	}

	/** The cells of a line of cells separated by | (the outer ones of | a | b | too), or null when it has fewer than two. */
	private static List<String> pipeCells(String line) {
		String t = line.strip();
		if (!PIPE.matcher(t).find() || t.indexOf('\t') >= 0) {
			return null;
		}
		List<String> cells = new ArrayList<>(Arrays.asList(PIPE.split(t, -1)));
		if (PIPE.matcher(t.substring(0, 1)).matches()) {
			cells.remove(0);
		}
		if (!cells.isEmpty() && t.length() > 1 && PIPE.matcher(t.substring(t.length() - 1)).matches() && t.charAt(t.length() - 2) != '\\') {
			cells.remove(cells.size() - 1);
		}
		if (cells.size() < 2) {
			return null;
		}
		return cells.stream().map(c -> c.strip().replace("\\|", "|").replace("\\｜", "｜")).toList();
	}

	/** Decodes the bytes (UTF-8, else GB18030) and reads the blocks. */
	public static List<SourceBlock> read(byte[] bytes) throws ImportFailure {
		return new TextSource(decode(bytes)).blocks();
	}

	/** The blocks of a text already decoded. */
	public static List<SourceBlock> read(String text) {
		return new TextSource(text).blocks();
	}

	static String decode(byte[] bytes) throws ImportFailure {
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				throw new ImportFailure("importer.binary");
			}
		}
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
			try {
				String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
						.decode(ByteBuffer.wrap(bytes)).toString();
				return text.startsWith("\uFEFF") ? text.substring(1) : text;
			} catch (CharacterCodingException e) {
				// the next encoding
			}
		}
		throw new ImportFailure("importer.encoding");
	}

	private List<SourceBlock> blocks() {
		List<SourceBlock> blocks = new ArrayList<>();
		int i = 0;
		while (i < lines.length) {
			String line = lines[i];
			if (empty(line)) {
				i++;
			} else if (rowsStart(i)) {
				i = rows(i, blocks);
			} else if (!tabbed(line) && SourceBlock.BOX_TITLE.matcher(line).matches() && i + 1 < lines.length) {
				// 专栏1 主要指标 on a line of its own: a box of the table of one line a row under it and that
				// table's notes, else of its items (1. …, （1）…), the lines up to an empty one
				int title = i;
				List<SourceBlock> body = new ArrayList<>();
				if (boxedRows(i + 1) >= 0) {
					i = rows(boxedRows(i + 1), body);
					while (i < lines.length && !empty(lines[i]) && !tabbed(lines[i]) && lines[i].strip().startsWith("注")) {
						body.add(new Para(i + 1, lines[i].strip(), 0));
						i++;
					}
				} else {
					i = boxLines(i + 1, body);
				}
				if (body.isEmpty()) {
					blocks.add(new Para(title + 1, line.strip(), 0));
				} else {
					blocks.add(new Box(title + 1, line.strip(), body));
				}
			} else if (tabbed(line)) {
				List<List<SourceCell>> rows = new ArrayList<>();
				int start = i;
				i = table(i, rows);
				if (!rows.isEmpty() && rows.get(0).size() == 1 && SourceBlock.BOX_TITLE.matcher(rows.get(0).get(0).text()).matches()) {
					List<SourceBlock> body = new ArrayList<>();
					add(body, start + 1, rows.subList(1, rows.size()));
					i = boxBody(i, body);
					blocks.add(new Box(start + 1, rows.get(0).get(0).text().strip(), body));
				} else {
					add(blocks, start + 1, rows);
				}
			} else {
				blocks.add(new Para(i + 1, line.strip(), 0));
				i++;
			}
		}
		return blocks;
	}

	/** Whether a table of one line a row starts at line i: two lines of tab-separated cells, perhaps a category's line between them. */
	private boolean rowsStart(int i) {
		int next = i + 1 < lines.length && separator[i + 1] ? i + 2 : i + 1;
		return next < lines.length && cells(lines[i]) >= 2 && (cells(lines[next]) >= 2 || categoryRow(next, cells(lines[i])));
	}

	/**
	 * Whether line i, a line of one cell, is a row naming a category (一、总量规模) of a table of one
	 * line a row {@code width} cells wide: short, and followed by a row as wide. A caption (表2 …) or
	 * a unit line (单位：亿元) starts the next table instead.
	 */
	private boolean categoryRow(int i, int width) {
		String line = lines[i];
		return !empty(line) && !tabbed(line) && line.strip().length() <= CATEGORY_ROW && !CAPTION.matcher(line).matches() && !line.strip().startsWith("单位")
				&& i + 1 < lines.length && cells(lines[i + 1]) == width;
	}

	/** Where the table of a box title's line starts (after at most one empty line), or −1 if none does. */
	private int boxedRows(int i) {
		int at = i < lines.length && empty(lines[i]) ? i + 1 : i;
		return rowsStart(at) ? at : -1;
	}

	/**
	 * Reads a table as one line a row from line i, its cells separated by tabs (LibreOffice's and
	 * Excel's text); returns the line after it. A line of one cell before a row as wide as the
	 * first (一、总量规模) is a row of its own, naming the category of the rows under it.
	 */
	private int rows(int i, List<SourceBlock> into) {
		int start = i;
		int width = cells(lines[i]);
		List<List<SourceCell>> rows = new ArrayList<>();
		while (i < lines.length) {
			String line = lines[i];
			if (separator[i]) {
				// the line under a Markdown table's header
			} else if (cells(line) >= 2) {
				rows.add(Arrays.stream(line.split("\t", -1)).map(c -> SourceCell.of(c.strip())).collect(Collectors.toList()));
			} else if (categoryRow(i, width)) {
				rows.add(new ArrayList<>(List.of(SourceCell.of(line.strip()))));
			} else {
				break;
			}
			i++;
		}
		into.add(new Table(start + 1, rows));
		return i;
	}

	/** The longest line read as a category's row inside a table of one line a row. */
	private static final int CATEGORY_ROW = 20;

	/**
	 * A box's lines after its title line (one empty line may come first): each line a paragraph, to
	 * the next empty line, a chapter's heading or the end. Returns the line after them.
	 */
	private int boxLines(int i, List<SourceBlock> body) {
		if (i < lines.length && empty(lines[i])) {
			i++;
		}
		while (i < lines.length && !empty(lines[i]) && !tabbed(lines[i]) && !opensChapter(lines[i])) {
			body.add(new Para(i + 1, lines[i].strip(), 0));
			i++;
		}
		return i;
	}

	/** A heading above a box's items (第二章, 三、, （二）, another 专栏), which ends the box. */
	private static boolean opensChapter(String line) {
		if (SourceBlock.BOX_TITLE.matcher(line).matches()) {
			return true;
		}
		return Headings.of(line).map(h -> h.kind() != Headings.Kind.ARABIC && h.kind() != Headings.Kind.PAREN_ARABIC).orElse(false);
	}

	/** Rows of one cell each are paragraphs (a tab used to indent); others are a table. */
	private static void add(List<SourceBlock> blocks, int line, List<List<SourceCell>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (rows.stream().allMatch(r -> r.size() == 1)) {
			int l = line;
			for (List<SourceCell> r : rows) {
				if (!r.get(0).text().isBlank()) {
					blocks.add(new Para(l, r.get(0).text().strip(), 0));
				}
				l++;
			}
		} else {
			blocks.add(new Table(line, List.copyOf(rows)));
		}
	}

	/** A box's content after its title: to the next heading, to two empty lines, or to the end. */
	private int boxBody(int i, List<SourceBlock> body) {
		int blanks = 0;
		while (i < lines.length) {
			String line = lines[i];
			if (empty(line)) {
				if (++blanks >= 2) {
					break;
				}
				i++;
				continue;
			}
			blanks = 0;
			if (tabbed(line)) {
				List<List<SourceCell>> rows = new ArrayList<>();
				int start = i;
				if (SourceBlock.BOX_TITLE.matcher(line).matches()) {
					break;
				}
				i = table(i, rows);
				add(body, start + 1, rows);
				continue;
			}
			if (Headings.of(line).isPresent()) {
				break;
			}
			body.add(new Para(i + 1, line.strip(), 0));
			i++;
		}
		return i;
	}

	/** Reads a table from line i; returns the line after it. */
	private int table(int i, List<List<SourceCell>> rows) {
		List<SourceCell> row = new ArrayList<>();
		while (i < lines.length) {
			String line = lines[i];
			if (tabbed(line)) {
				row.add(SourceCell.of(line.substring(1).strip()));
				i++;
				continue;
			}
			int next = i;
			while (next < lines.length && empty(lines[next])) {
				next++;
			}
			int blanks = next - i;
			boolean note = !row.isEmpty() && row.get(0).text().startsWith("注");
			if (empty(line)) {
				if (blanks == 1 && next < lines.length && tabbed(lines[next])) {
					rows.add(row);
					row = new ArrayList<>();
					i = next;
					continue;
				}
				if (blanks == 1 && next + 1 < lines.length && !row.isEmpty() && tabbed(lines[next + 1]) && !startsBlock(lines[next])) {
					continueCell(row, lines[next]);
					i = next + 1;
					continue;
				}
				if (blanks == 1 && note && next < lines.length && lines[next].startsWith(" ")) {
					i = next;
					continue;
				}
				break;
			}
			// an untabbed line right after a cell: the cell's next line, or a note's
			if (!row.isEmpty() && !startsBlock(line) && (i + 1 < lines.length && tabbed(lines[i + 1]) || note && line.startsWith(" "))) {
				continueCell(row, line);
				i++;
				continue;
			}
			break;
		}
		if (!row.isEmpty()) {
			rows.add(row);
		}
		return i;
	}

	private static void continueCell(List<SourceCell> row, String line) {
		SourceCell last = row.remove(row.size() - 1);
		row.add(SourceCell.of(last.text() + (last.text().isEmpty() ? "" : "\n") + line.strip()));
	}

	/** An empty line; a line holding only a tab is an empty cell, not an empty line. */
	private static boolean empty(String line) {
		return line.isBlank() && !tabbed(line);
	}

	/** A line that starts something of its own (a heading, a caption of a table, box or figure) never continues a cell. */
	private static boolean startsBlock(String line) {
		return CAPTION.matcher(line).matches() || Headings.of(line).isPresent();
	}

	/**
	 * How many cells a line of tab-separated cells has: 1 when it has no tab inside it, as a cell
	 * of Word's text has, which starts with its one tab. A row whose first cell is empty (the
	 * category of an indicator table, merged over the rows below it) also starts with a tab, and
	 * has more.
	 */
	private static int cells(String line) {
		String t = line.stripTrailing();
		if (t.indexOf('\t', t.startsWith("\t") ? 1 : 0) < 0) {
			return 1;
		}
		return t.split("\t", -1).length;
	}

	private static boolean tabbed(String line) {
		return line.startsWith("\t");
	}
}
