package org.lantu.plan.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.lantu.plan.api.PlainText;

/** The table formats: CSV (one file per sheet), Markdown, JSON, Excel. All output is deterministic. */
public final class TableWriters {
	private TableWriters() {
	}

	/** Name and version of the JSON export's format; docs/json-schema.json describes it. */
	public static final String JSON_FORMAT = "lantu-plan-tables";
	public static final int JSON_VERSION = 1;

	// ---------------------------------------------------------------- CSV

	/** UTF-8 with a BOM (so Excel reads Chinese), RFC 4180 quoting, CRLF line ends. */
	public static byte[] csv(Sheet sheet) {
		StringBuilder b = new StringBuilder("\uFEFF");
		line(b, sheet.columns().stream().map(Sheet.Cell::of).toList());
		for (List<Sheet.Cell> row : sheet.rows()) {
			line(b, row);
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder b, List<Sheet.Cell> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				b.append(',');
			}
			Sheet.Cell c = cells.get(i);
			String text = c.isNumber() ? c.plain() : neutralise(c.plain());
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			b.append(text);
		}
		b.append("\r\n");
	}

	/**
	 * A text that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
	 * first) is prefixed with an apostrophe, as OWASP recommends.
	 */
	public static String neutralise(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	// ---------------------------------------------------------------- Markdown

	public static String markdown(String title, List<Sheet> sheets) {
		StringBuilder b = new StringBuilder("# ").append(md(title)).append("\n");
		for (Sheet s : sheets) {
			b.append("\n## ").append(md(s.title())).append("\n\n|");
			for (String c : s.columns()) {
				b.append(' ').append(md(c)).append(" |");
			}
			b.append("\n|");
			for (int i = 0; i < s.columns().size(); i++) {
				b.append("---|");
			}
			b.append('\n');
			for (List<Sheet.Cell> row : s.rows()) {
				b.append('|');
				for (Sheet.Cell c : row) {
					b.append(' ').append(md(c.plain())).append(" |");
				}
				b.append('\n');
			}
		}
		return b.toString();
	}

	/**
	 * Author text as Markdown text, never as Markdown or HTML: every character that can open
	 * inline syntax (links, images, emphasis, code, HTML, entities, strikethrough, table cells) is
	 * backslash-escaped, and so are what GitHub's Markdown turns into links by itself: "://", an
	 * at sign, "www.". Line breaks become {@code <br>}; other control characters are
	 * shown as escapes.
	 */
	static String md(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		String[] lines = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		for (int l = 0; l < lines.length; l++) {
			if (l > 0) {
				b.append("<br>");
			}
			mdLine(PlainText.visible(lines[l]), b);
		}
		return b.toString();
	}

	private static void mdLine(String text, StringBuilder b) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]!<>&~|@".indexOf(c) >= 0 || (c == ':' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
				b.append('\\').append(c);
			} else if ((c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3))) {
				b.append("\\.");
			} else {
				b.append(c);
			}
		}
	}

	// ---------------------------------------------------------------- JSON

	public static String json(String plan, String file, List<Sheet> sheets) {
		StringBuilder b = new StringBuilder("{\n  \"format\": ").append(str(JSON_FORMAT)).append(",\n  \"version\": ").append(JSON_VERSION)
				.append(",\n  \"plan\": ").append(str(plan)).append(",\n  \"file\": ").append(str(file)).append(",\n  \"tables\": {");
		for (int t = 0; t < sheets.size(); t++) {
			Sheet s = sheets.get(t);
			b.append(t == 0 ? "\n" : ",\n").append("    ").append(str(s.name())).append(": {\n      \"columns\": [");
			for (int i = 0; i < s.keys().size(); i++) {
				b.append(i == 0 ? "" : ", ").append(str(s.keys().get(i)));
			}
			b.append("],\n      \"labels\": [");
			for (int i = 0; i < s.columns().size(); i++) {
				b.append(i == 0 ? "" : ", ").append(str(s.columns().get(i)));
			}
			b.append("],\n      \"rows\": [");
			for (int r = 0; r < s.rows().size(); r++) {
				b.append(r == 0 ? "\n        [" : ",\n        [");
				List<Sheet.Cell> row = s.rows().get(r);
				for (int i = 0; i < row.size(); i++) {
					Sheet.Cell c = row.get(i);
					b.append(i == 0 ? "" : ", ").append(c.isEmpty() ? "null" : c.isNumber() ? c.plain() : str(c.plain()));
				}
				b.append(']');
			}
			b.append(s.rows().isEmpty() ? "]\n    }" : "\n      ]\n    }");
		}
		return b.append("\n  }\n}\n").toString();
	}

	/** A JSON string literal (null for null), escaping quotes, backslashes and control characters. */
	public static String str(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder b = new StringBuilder("\"");
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}

	// ---------------------------------------------------------------- Excel

	/** One worksheet per table: numeric cells with formats, text cells as text, frozen header. */
	public static byte[] xlsx(List<Sheet> sheets) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(bytes, "Lantu", "1.0");
			for (Sheet s : sheets) {
				Worksheet ws = wb.newWorksheet(s.title());
				for (int c = 0; c < s.columns().size(); c++) {
					ws.inlineString(0, c, s.columns().get(c));
					ws.style(0, c).bold().fillColor("ECE6DC").set();
				}
				ws.freezePane(0, 1);
				for (int r = 0; r < s.rows().size(); r++) {
					List<Sheet.Cell> row = s.rows().get(r);
					for (int c = 0; c < row.size(); c++) {
						Sheet.Cell cell = row.get(c);
						if (cell.isNumber()) {
							ws.value(r + 1, c, cell.number());
							ws.style(r + 1, c).format(format(cell)).set();
						} else if (!cell.isEmpty()) {
							ws.inlineString(r + 1, c, neutralise(cell.text()));
						}
					}
				}
				for (int c = 0; c < s.columns().size(); c++) {
					ws.width(c, width(s, c));
				}
			}
			wb.finish();
			return deterministic(bytes.toByteArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A fixed time for every zip entry and document date, so the same plan gives the same bytes. */
	private static final String FIXED_DATE = "2000-01-01T00:00:00Z";

	/** Re-packs a workbook with fixed entry times and its creation date fixed. */
	static byte[] deterministic(byte[] xlsx) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
		long fixed = Instant.parse(FIXED_DATE).toEpochMilli();
		Path temp = Files.createTempFile("lantu", ".xlsx");
		try {
			Files.write(temp, xlsx);
			try (var in = new ZipFile(temp.toFile()); var zip = new ZipOutputStream(out)) {
				for (var entries = in.entries(); entries.hasMoreElements();) {
					var e = entries.nextElement();
					byte[] content;
					try (var data = in.getInputStream(e)) {
						content = data.readAllBytes();
					}
					if (e.getName().equals("docProps/core.xml")) {
						String xml = new String(content, StandardCharsets.UTF_8)
								.replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + FIXED_DATE + "$3");
						content = xml.getBytes(StandardCharsets.UTF_8);
					}
					var entry = new ZipEntry(e.getName());
					entry.setTime(fixed);
					zip.putNextEntry(entry);
					zip.write(content);
					zip.closeEntry();
				}
			}
		} finally {
			Files.deleteIfExists(temp);
		}
		return out.toByteArray();
	}

	private static String format(Sheet.Cell cell) {
		return cell.decimals() == 0 ? "0" : "0." + "0".repeat(Math.min(cell.decimals(), 10));
	}

	private static double width(Sheet s, int c) {
		int w = s.columns().get(c).length() * 2 + 2;
		for (List<Sheet.Cell> row : s.rows()) {
			String t = row.get(c).plain();
			int len = (int) t.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
			w = Math.max(w, Math.min(60, len + 2));
		}
		return w;
	}

}
