package org.lantu.plan.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.lantu.plan.render.Html;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.Anchor;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Break;
import org.lantu.plan.render.document.Document.Category;
import org.lantu.plan.render.document.Document.Claim;
import org.lantu.plan.render.document.Document.ColumnHead;
import org.lantu.plan.render.document.Document.Dash;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;
import org.lantu.plan.render.document.Document.Facts;
import org.lantu.plan.render.document.Document.Figure;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.GridCell;
import org.lantu.plan.render.document.Document.Header;
import org.lantu.plan.render.document.Document.IndicatorFacts;
import org.lantu.plan.render.document.Document.IndicatorRow;
import org.lantu.plan.render.document.Document.IndicatorTable;
import org.lantu.plan.render.document.Document.Note;
import org.lantu.plan.render.document.Document.Number;
import org.lantu.plan.render.document.Document.Para;
import org.lantu.plan.render.document.Document.Plain;
import org.lantu.plan.render.document.Document.ProjectFacts;
import org.lantu.plan.render.document.Document.Reference;
import org.lantu.plan.render.document.Document.Row;
import org.lantu.plan.render.document.Document.Run;
import org.lantu.plan.render.document.Document.TextTable;
import org.lantu.plan.render.document.HeadingLevel;
import org.lantu.plan.render.document.OfficialText;
import org.lantu.plan.render.document.Typesetting;

/**
 * A {@link Document} as one XHTML page laid out for print in the official layout (GB/T 9704), for
 * the PDF renderer: the same page, text block, issuer's mark, title, headings, tables, boxes,
 * signature and page numbers as the Word document, in CSS paged media. Headings become the PDF's
 * bookmarks. Fonts are named by role ({@code lantu-title}, {@code lantu-body}…); the PDF writer
 * binds each to a font file.
 */
final class PrintPage {

	private final Document document;
	private final OfficialText words;
	private final StringBuilder out = new StringBuilder(64 * 1024);
	private final StringBuilder bookmarks = new StringBuilder();
	private int anchors;
	/** The depths of the bookmarks still open, innermost on top (a heading nests under the last shallower one). */
	private final Deque<Integer> openBookmarks = new ArrayDeque<>();

	private PrintPage(Document document) {
		this.document = document;
		this.words = new OfficialText(document);
	}

	static String of(Document document) {
		return new PrintPage(document).page();
	}

	private String page() {
		Header h = document.header();
		titleBlock(h);
		List<Division> annexes = OfficialText.annexes(document.body());
		for (Block b : document.body()) {
			if (!annexes.contains(b)) {
				block(b, false);
			}
		}
		closing(h, annexes);
		for (int i = 0; i < annexes.size(); i++) {
			Division a = annexes.get(i);
			String label = words.annexLabel(a, i, annexes.size());
			String id = anchor(0, label + "　" + Objects.toString(a.title(), ""));
			out.append("<p class=\"annex-label\" id=\"").append(id).append("\">").append(esc(label)).append("</p>\n");
			out.append("<h1 class=\"title annex-title\">").append(esc(Objects.toString(a.title(), ""))).append("</h1>\n");
			blocks(a.children(), false);
		}
		while (!openBookmarks.isEmpty()) {
			bookmarks.append("</bookmark>");
			openBookmarks.pop();
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + document.lang() + "\">\n<head>\n<title>"
				+ esc(Objects.toString(h.title(), "")) + "</title>\n<bookmarks>" + bookmarks + "</bookmarks>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + out
				+ "</body>\n</html>\n";
	}

	// ---------------------------------------------------------------- title block and closing

	private void titleBlock(Header h) {
		String mark = words.issuerMark(h);
		if (mark != null) {
			double size = OfficialText.issuerMarkSize(mark);
			out.append("<p class=\"issuer\"").append(size < 36 ? " style=\"font-size: " + (int) size + "pt\"" : "").append('>').append(esc(mark)).append("</p>\n");
		}
		if (h.number() != null) {
			out.append("<p class=\"doc-number").append(h.issuer() == null ? " plain" : "").append("\">").append(esc(h.number())).append("</p>\n");
		}
		out.append("<h1 class=\"title\">").append(esc(Objects.toString(h.title(), ""))).append("</h1>\n");
		if (words.addressees(h) != null) {
			out.append("<p class=\"to\">").append(esc(words.addressees(h))).append("</p>\n");
		}
	}

	private void closing(Header h, List<Division> annexes) {
		out.append("<div class=\"closing\">\n");
		if (!annexes.isEmpty()) {
			out.append("<p class=\"annex-note\">").append(esc(words.annexListLabel()));
			out.append(String.join("<br/>", words.annexList(annexes).stream().map(PrintPage::esc).toList())).append("</p>\n");
		}
		String dateText = OfficialText.closingDate(h);
		if (h.signedBy() != null) {
			out.append("<p class=\"signature\" style=\"padding-right: ").append(String.format("%.1f", OfficialText.signatureIndent(h.signedBy(), dateText))).append("em\">")
					.append(esc(h.signedBy())).append("</p>\n");
		}
		if (dateText != null) {
			out.append("<p class=\"date\">").append(esc(dateText)).append("</p>\n");
		}
		out.append("</div>\n");
	}

	// ---------------------------------------------------------------- blocks

	private void blocks(List<Block> blocks, boolean boxed) {
		for (Block b : blocks) {
			block(b, boxed);
		}
	}

	private void block(Block block, boolean boxed) {
		switch (block) {
		case Division d -> division(d, boxed);
		case Para p -> {
			out.append("<p>");
			if (p.label() != null) {
				out.append("<b>").append(esc(p.label())).append("</b>");
			}
			runs(p.runs());
			out.append("</p>\n");
		}
		case Note n -> note(n);
		case Figure f -> out.append("<p class=\"caption figure\">").append(esc(words.caption(f.caption())))
				.append(f.credit() == null ? "" : "<br/><span class=\"credit\">" + esc(f.credit()) + "</span>").append("</p>\n");
		case TextTable t -> {
			out.append("<p class=\"caption\">").append(esc(words.caption(t.caption()))).append("</p>\n");
			if (t.grid() != null) {
				grid(t.grid());
			} else {
				textTable(t);
			}
			t.notes().forEach(this::note);
		}
		case IndicatorTable it -> {
			if (it.caption() != null) {
				out.append("<p class=\"caption\">").append(esc(words.gridCaption(it.caption()))).append("</p>\n");
			}
			grid(it.grid());
		}
		case IndicatorFacts i -> item(words.indicatorName(i), words.indicatorLine(i));
		case Facts f -> {
			if (f.kind().equals("task")) {
				heading(f.heading(), Math.max(1, HeadingLevel.depthOfTask(f.heading())));
				if (!f.lines().isEmpty()) {
					out.append("<p>").append(esc(OfficialText.factsLine(f.lines()))).append("</p>\n");
				}
			} else {
				item(f.heading(), OfficialText.factsLine(f.lines()));
			}
			blocks(f.children(), boxed);
		}
		case ProjectFacts p -> {
			item(p.name(), OfficialText.projectLine(p));
			blocks(p.children(), boxed);
		}
		case Anchor a -> {
			// a relation or a unit: nothing in the document
		}
		}
	}

	private void division(Division d, boolean boxed) {
		if (d.kind() == DivisionKind.BOX) {
			out.append("<div class=\"box\">\n<p class=\"box-title\">").append(esc(words.boxTitle(d))).append("</p>\n");
			blocks(d.children(), true);
			out.append("</div>\n");
			return;
		}
		heading(d.heading(), d.depth());
		blocks(d.children(), boxed);
	}

	/** A heading, styled by its numbering, and a bookmark at its depth. */
	private void heading(String text, int depth) {
		String level = switch (HeadingLevel.of(text, depth)) {
		case CHAPTER -> "chapter";
		case SECTION -> "section";
		case LEVEL1 -> "level1";
		case LEVEL2 -> "level2";
		case LEVEL3 -> "level3";
		case LEVEL4 -> "level4";
		};
		String id = anchor(Math.min(depth, 3), text);
		out.append("<h2 class=\"").append(level).append("\" id=\"").append(id).append("\">").append(esc(text)).append("</h2>\n");
	}

	/** A new anchor for a heading at {@code depth}, with its bookmark nested under the last shallower one. */
	private String anchor(int depth, String text) {
		String id = "h" + (++anchors);
		while (!openBookmarks.isEmpty() && openBookmarks.peek() >= depth) {
			bookmarks.append("</bookmark>");
			openBookmarks.pop();
		}
		bookmarks.append("<bookmark name=\"").append(esc(text)).append("\" href=\"#").append(id).append("\">");
		openBookmarks.push(depth);
		return id;
	}

	private void item(String name, String text) {
		out.append("<p><span class=\"item\">").append(esc(words.itemName(name))).append("</span>").append(esc(text)).append("</p>\n");
	}

	private void note(Note n) {
		out.append("<p class=\"note\">").append(esc(words.notePrefix()));
		runs(n.runs());
		out.append("</p>\n");
	}

	private void runs(List<Run> runs) {
		for (Run r : runs) {
			switch (r) {
			case Plain t -> out.append(esc(t.text()));
			case Claim c -> out.append(esc(c.text()));
			case Reference v -> out.append(esc(v.text()));
			case Number n -> out.append(esc(n.text()));
			case Dash d -> out.append("—");
			case Break b -> out.append("<br/>");
			}
		}
	}

	// ---------------------------------------------------------------- tables

	private void textTable(TextTable t) {
		out.append("<table class=\"grid\">\n");
		if (!t.header().isEmpty()) {
			out.append("<thead><tr>");
			for (List<Run> c : t.header()) {
				out.append("<th>");
				runs(c);
				out.append("</th>");
			}
			out.append("</tr></thead>\n");
		}
		out.append("<tbody>\n");
		for (Row r : t.rows()) {
			out.append("<tr>");
			for (List<Run> c : r.cells()) {
				out.append("<td>");
				runs(c);
				out.append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody></table>\n");
	}

	private void grid(Grid g) {
		out.append("<table class=\"grid\">\n<colgroup>");
		// the Word document's widths (in twips of the 156 mm text block), as shares of the table
		for (int w : Typesetting.gridWidths(g, Typesetting.TEXT_WIDTH)) {
			int basisPoints = w * 10000 / Typesetting.TEXT_WIDTH;
			out.append("<col style=\"width: ").append(basisPoints / 100).append('.').append(String.format("%02d", basisPoints % 100)).append("%\"/>");
		}
		out.append("</colgroup>\n<thead><tr>");
		for (ColumnHead c : g.columns()) {
			out.append("<th>").append(esc(c.label())).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (Category category : g.groups()) {
			boolean first = true;
			for (IndicatorRow row : category.rows()) {
				out.append("<tr>");
				if (g.categories() && first) {
					out.append("<td rowspan=\"").append(category.rows().size()).append("\">").append(esc(Objects.toString(category.title(), ""))).append("</td>");
				}
				first = false;
				if (g.numbered()) {
					out.append("<td>").append(esc(Objects.toString(row.number(), ""))).append("</td>");
				}
				out.append("<td class=\"name\">").append(esc(row.name())).append(row.star() ? "<sup>*</sup>" : "").append("</td><td>").append(esc(Objects.toString(row.unit(), "")))
						.append("</td>");
				for (GridCell cell : row.cells()) {
					out.append("<td").append(cell.span() > 1 ? " colspan=\"" + cell.span() + "\"" : "").append(cell.numeric() ? " class=\"num\"" : "").append('>')
							.append(esc(cell.text())).append("</td>");
				}
				out.append("</tr>\n");
			}
		}
		out.append("</tbody></table>\n");
		g.notes().forEach(this::note);
	}

	// ---------------------------------------------------------------- helpers

	/** Escaped for XHTML, without the characters XML cannot hold. */
	private static String esc(String s) {
		return Html.esc(Typesetting.xmlText(Objects.toString(s, "")));
	}

	/**
	 * GB/T 9704 in CSS paged media: A4, the text block 156 × 225 mm (margins 37, 26, 35, 28 mm), 16 pt
	 * text on a 28.95 pt line (22 lines), characters spaced to fit 28 a line, page numbers 7 mm below the
	 * text block, odd pages at the right and even pages at the left.
	 */
	private static final String STYLE = """
			@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm;
			  @bottom-right { content: "— " counter(page) " —"; font-family: lantu-song; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-right: 1em; } }
			@page :left { @bottom-right { content: none; }
			  @bottom-left { content: "— " counter(page) " —"; font-family: lantu-song; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-left: 1em; } }
			body { margin: 0; font-family: lantu-body, lantu-song; font-size: 16pt; line-height: 28.95pt; letter-spacing: -0.25pt; color: #000; }
			p { margin: 0; text-indent: 2em; text-align: justify; }
			.issuer { margin-top: 35mm; text-indent: 0; text-align: center; font-family: lantu-title, lantu-song; font-size: 36pt; line-height: 1.3; color: #FF0000; }
			.doc-number { margin-top: 57.9pt; text-indent: 0; text-align: center; padding-bottom: 4mm; border-bottom: 1.5pt solid #FF0000; }
			.doc-number.plain { border-bottom: none; }
			h1.title { margin: 57.9pt 0 28.95pt 0; text-align: center; font-family: lantu-title, lantu-song; font-size: 22pt; line-height: 35pt; font-weight: normal; }
			h1.annex-title { margin-top: 28.95pt; }
			.to { text-indent: 0; }
			h2 { margin: 0; font-size: 16pt; font-weight: normal; line-height: 28.95pt; page-break-after: avoid; }
			h2.chapter { text-align: center; font-family: lantu-hei, lantu-song; }
			h2.section { text-align: center; font-family: lantu-kai, lantu-body; }
			h2.level1 { text-indent: 2em; font-family: lantu-hei, lantu-song; }
			h2.level2 { text-indent: 2em; font-family: lantu-kai, lantu-body; }
			h2.level3, h2.level4 { text-indent: 2em; font-family: lantu-body, lantu-song; }
			b { font-weight: bold; }
			.item { font-family: lantu-hei, lantu-song; }
			.caption { margin-top: 14pt; text-indent: 0; text-align: center; font-family: lantu-hei, lantu-song; line-height: 1.4; page-break-after: avoid; }
			.caption.figure { font-size: 14pt; }
			.credit { font-family: lantu-body, lantu-song; font-size: 12pt; }
			.note { font-size: 14pt; line-height: 22pt; }
			.box { border: 1pt solid #000; padding: 2mm 3mm; margin: 6pt 0; }
			.box p { font-size: 14pt; line-height: 22pt; }
			.box .box-title { text-indent: 0; text-align: center; font-family: lantu-hei, lantu-song; }
			table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4pt 0; -fs-table-paginate: paginate; font-size: 12pt; line-height: 1.35; letter-spacing: 0; }
			table.grid th, table.grid td { border: 0.5pt solid #000; padding: 1pt 3pt; text-align: center; vertical-align: middle; }
			table.grid th { font-family: lantu-hei, lantu-song; font-weight: normal; }
			table.grid td.name { text-align: left; }
			table.grid td.num { text-align: right; }
			tr { page-break-inside: avoid; }
			.closing { page-break-inside: avoid; }
			.annex-note { margin-top: 28.95pt; padding-left: 5em; text-indent: -3em; }
			.signature { margin-top: 57.9pt; text-indent: 0; text-align: right; }
			.date { text-indent: 0; text-align: right; padding-right: 4em; }
			.annex-label { page-break-before: always; text-indent: 0; font-family: lantu-hei, lantu-song; }
			""";
}
