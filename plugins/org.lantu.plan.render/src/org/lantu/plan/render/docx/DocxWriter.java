package org.lantu.plan.render.docx;

import static org.lantu.plan.render.docx.OfficialLayout.CHAR;
import static org.lantu.plan.render.docx.OfficialLayout.TEXT_WIDTH;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.lantu.plan.api.LibraryLogging;
import org.lantu.plan.render.docx.OfficialLayout.Style;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a {@link Document} as an official document (公文) in the layout of GB/T 9704-2012: A4,
 * the text block 156 × 225 mm at 37 mm from the top and 28 mm from the left, 22 lines of 28
 * characters (a line grid, and characters spaced to fit 28), the issuer's mark in red with the red rule under the document number,
 * the title in 2号小标宋, the body in 3号仿宋, headings by their numbering (第一章 and 一、 in 黑体,
 * 第一节 and （一） in 楷体, 1. and （1） in 仿宋), the addressees, the annex list, the signature and
 * date, annexes on pages of their own, and page numbers "— 1 —" in 4号宋体, odd pages at the right,
 * even pages at the left. Indicator tables are Word tables (category cells merged, the header row
 * repeated on every page, numbers right-aligned); boxes (专栏) are bordered one-cell tables. Every
 * paragraph and table carries a named style ({@link OfficialLayout.Style}), so the author restyles
 * the document in Word or WPS in one place. The check report and the charts are not part of an
 * official document. The same document always gives the same bytes.
 * <p>
 * Apache POI (XWPF) writes the package: it is on Maven Central under the Apache licence, reads
 * Word files too (the import needs that), and gives the low-level OOXML types for what its
 * high-level API lacks (document grid, East Asian font slots, merged cells).
 */
public final class DocxWriter {

	static {
		LibraryLogging.silence();
	}

	/** The time every entry of the package carries: the output depends only on the plan. */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	private final Document document;
	private final OfficialFonts fonts;
	private final OfficialText words;
	private final XWPFDocument doc = new XWPFDocument();

	private final PlanInWord.Source source;

	private DocxWriter(Document document, OfficialFonts fonts, PlanInWord.Source source) {
		this.document = document;
		this.fonts = fonts;
		this.source = source;
		this.words = new OfficialText(document);
	}

	/** The .docx of {@code document}, its fonts named as {@code fonts}. */
	public static byte[] write(Document document, OfficialFonts fonts) throws IOException {
		return write(document, fonts, null);
	}

	/** The .docx of {@code document}, carrying the plan {@code source} it was written from ({@link PlanInWord}) unless that is null. */
	public static byte[] write(Document document, OfficialFonts fonts, PlanInWord.Source source) throws IOException {
		return new DocxWriter(document, fonts, source).bytes();
	}

	private byte[] bytes() throws IOException {
		try {
			doc.createStyles().setStyles(StylesDocument.Factory.parse(OfficialLayout.styles(fonts)).getStyles());
		} catch (XmlException e) {
			throw new IllegalStateException("the official styles are not valid WordprocessingML", e);
		}
		page();
		footers();
		Sink body = new BodySink();
		Header h = document.header();
		titleBlock(body, h);
		List<Division> annexes = OfficialText.annexes(document.body());
		for (Block b : document.body()) {
			if (!annexes.contains(b)) {
				block(body, b, TEXT_WIDTH, false);
			}
		}
		// GB/T 9704: the signature and date never stand on a page of their own; the last paragraph of the body goes with them
		List<XWPFParagraph> paragraphs = doc.getParagraphs();
		if (!paragraphs.isEmpty() && (h.signedBy() != null || h.signedDate() != null || h.date() != null || !annexes.isEmpty())) {
			XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
			pPr(last);
			last.setKeepNext(true);
		}
		closing(body, h, annexes);
		for (int i = 0; i < annexes.size(); i++) {
			annex(body, annexes.get(i), words.annexLabel(annexes.get(i), i, annexes.size()));
		}
		var core = doc.getProperties().getCoreProperties();
		core.setTitle(Typesetting.xmlText(h.title() == null ? "" : h.title()));
		core.setCreator("Lantu");
		core.getUnderlyingProperties().setCreatedProperty(Optional.empty());
		if (source != null) {
			PlanInWord.embed(doc, source);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		doc.write(out);
		doc.close();
		return normalised(out.toByteArray());
	}

	// ---------------------------------------------------------------- the page

	private void page() {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(big(OfficialLayout.PAGE_WIDTH));
		size.setH(big(OfficialLayout.PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(big(OfficialLayout.MARGIN_TOP));
		margins.setBottom(big(OfficialLayout.MARGIN_BOTTOM));
		margins.setLeft(big(OfficialLayout.MARGIN_LEFT));
		margins.setRight(big(OfficialLayout.MARGIN_RIGHT));
		margins.setHeader(big(OfficialLayout.twips(15)));
		margins.setFooter(big(OfficialLayout.FOOTER));
		margins.setGutter(big(0));
		CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
		// the line grid: 22 lines a page (28 characters a line come from the characters' spacing)
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(big(OfficialLayout.LINE_PITCH));
	}

	/** "— 1 —": odd pages at the right, even pages at the left, one character in from the edge. */
	private void footers() {
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setStyle(Style.PAGE_NUMBER.id);
		p.setAlignment(side);
		int oneCharacter = 14 * 20;
		if (side == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(oneCharacter);
		} else {
			p.setIndentationLeft(oneCharacter);
		}
		put(p.createRun(), "— ");
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		field.addNewR().addNewT().setStringValue("1");
		put(p.createRun(), " —");
	}

	// ---------------------------------------------------------------- title block and closing

	private void titleBlock(Sink sink, Header h) {
		String mark = words.issuerMark(h);
		if (mark != null) {
			XWPFRun run = paragraph(sink, Style.ISSUER).createRun();
			put(run, mark);
			double size = OfficialText.issuerMarkSize(mark);
			if (size < 36) {
				run.setFontSize(size); // the style's 小初 would not fit on one line
			}
		}
		if (h.number() != null) {
			XWPFParagraph number = paragraph(sink, Style.DOC_NUMBER);
			put(number.createRun(), h.number());
			if (h.issuer() == null) {
				// no issuer's mark: no red rule under the number
				pPr(number).addNewPBdr().addNewBottom().setVal(STBorder.NONE);
			}
		}
		put(paragraph(sink, Style.TITLE).createRun(), h.title());
		if (words.addressees(h) != null) {
			put(paragraph(sink, Style.ADDRESSEE).createRun(), words.addressees(h));
		}
	}

	/** The annex list (附件说明), the issuer's signature and the date, one after the other below the body. */
	private void closing(Sink sink, Header h, List<Division> annexes) {
		if (!annexes.isEmpty()) {
			XWPFRun run = paragraph(sink, Style.ANNEX_NOTE).createRun();
			put(run, words.annexListLabel() + String.join("\n", words.annexList(annexes)));
		}
		String dateText = OfficialText.closingDate(h);
		if (h.signedBy() != null) {
			XWPFParagraph p = paragraph(sink, Style.SIGNATURE);
			p.setIndentationRight((int) Math.round(OfficialText.signatureIndent(h.signedBy(), dateText) * CHAR));
			put(p.createRun(), h.signedBy());
		}
		if (dateText != null) {
			put(paragraph(sink, Style.DATE).createRun(), dateText);
		}
	}

	/** An annex on pages of its own: 附件1 at the top left, its title as a title, then its content. */
	private void annex(Sink sink, Division annex, String label) {
		put(paragraph(sink, Style.ANNEX_LABEL).createRun(), label);
		XWPFParagraph title = paragraph(sink, Style.TITLE);
		title.setSpacingBefore(OfficialLayout.LINE_PITCH);
		put(title.createRun(), annex.title() == null ? "" : annex.title());
		for (Block b : annex.children()) {
			block(sink, b, TEXT_WIDTH, false);
		}
	}

	// ---------------------------------------------------------------- blocks

	/** Writes {@code block} into {@code sink}, {@code width} twips wide; {@code boxed} inside a 专栏. */
	private void block(Sink sink, Block block, int width, boolean boxed) {
		switch (block) {
		case Division d -> division(sink, d, width, boxed);
		case Para p -> {
			XWPFParagraph para = paragraph(sink, boxed ? Style.BOX_TEXT : null);
			if (p.label() != null) {
				XWPFRun label = para.createRun();
				label.setStyle(Style.RUN_IN.id);
				put(label, p.label());
			}
			runs(para, p.runs());
		}
		case Note n -> note(sink, n);
		case Figure f -> {
			XWPFParagraph p = paragraph(sink, Style.FIGURE_CAPTION);
			XWPFRun run = p.createRun();
			put(run, words.caption(f.caption()));
			if (f.credit() != null) {
				run.addBreak();
				put(run, f.credit());
			}
		}
		case TextTable t -> {
			put(paragraph(sink, Style.TABLE_CAPTION).createRun(), words.caption(t.caption()));
			if (t.grid() != null) {
				grid(sink, t.grid(), width);
			} else {
				textTable(sink, t, width);
			}
			for (Note n : t.notes()) {
				note(sink, n);
			}
		}
		case IndicatorTable it -> {
			if (it.caption() != null) {
				put(paragraph(sink, Style.TABLE_CAPTION).createRun(), words.gridCaption(it.caption()));
			}
			grid(sink, it.grid(), width);
		}
		case IndicatorFacts i -> {
			XWPFParagraph p = paragraph(sink, boxed ? Style.BOX_TEXT : null);
			item(p, words.indicatorName(i));
			put(p.createRun(), words.indicatorLine(i));
		}
		case Facts f -> {
			if (f.kind().equals("task")) {
				heading(sink, f.heading(), Math.max(1, HeadingLevel.depthOfTask(f.heading())));
				if (!f.lines().isEmpty()) {
					put(paragraph(sink, boxed ? Style.BOX_TEXT : null).createRun(), OfficialText.factsLine(f.lines()));
				}
			} else {
				XWPFParagraph p = paragraph(sink, boxed ? Style.BOX_TEXT : null);
				item(p, f.heading());
				put(p.createRun(), OfficialText.factsLine(f.lines()));
			}
			for (Block child : f.children()) {
				block(sink, child, width, boxed);
			}
		}
		case ProjectFacts p -> {
			XWPFParagraph para = paragraph(sink, boxed ? Style.BOX_TEXT : null);
			item(para, p.name());
			put(para.createRun(), OfficialText.projectLine(p));
			for (Block child : p.children()) {
				block(sink, child, width, boxed);
			}
		}
		case Anchor a -> {
			// a relation or a unit: nothing in the document
		}
		}
	}

	private void division(Sink sink, Division d, int width, boolean boxed) {
		if (d.kind() == DivisionKind.BOX) {
			box(sink, d, width);
			return;
		}
		heading(sink, d.heading(), d.depth());
		for (Block b : d.children()) {
			block(sink, b, width, boxed);
		}
	}

	/** A heading, styled by how it is numbered (GB/T 9704's levels), in the outline at its depth. */
	private void heading(Sink sink, String text, int depth) {
		Style style = switch (HeadingLevel.of(text, depth)) {
		case CHAPTER -> Style.CHAPTER;
		case SECTION -> Style.SECTION;
		case LEVEL1 -> Style.HEADING1;
		case LEVEL2 -> Style.HEADING2;
		case LEVEL3 -> Style.HEADING3;
		case LEVEL4 -> Style.HEADING4;
		};
		XWPFParagraph p = paragraph(sink, style);
		CTPPr pPr = pPr(p);
		(pPr.isSetOutlineLvl() ? pPr.getOutlineLvl() : pPr.addNewOutlineLvl()).setVal(big(Math.min(depth, 8)));
		put(p.createRun(), text);
	}

	/** A 专栏: a bordered one-cell table, its title centred on top, its content in the box's smaller text. */
	private void box(Sink sink, Division d, int width) {
		XWPFTable table = sink.table(1, 1);
		table.setStyleID(Style.BOX.id);
		widths(table, new int[] { width });
		XWPFTableCell cell = table.getRow(0).getCell(0);
		CellSink inside = new CellSink(cell);
		put(paragraph(inside, Style.BOX_TITLE).createRun(), words.boxTitle(d));
		for (Block b : d.children()) {
			block(inside, b, width - 2 * 170 - 100, true);
		}
		inside.close();
		paragraph(sink, Style.TABLE_TEXT); // the box ends before what follows
	}

	private void note(Sink sink, Note n) {
		XWPFParagraph p = paragraph(sink, Style.NOTE);
		put(p.createRun(), words.notePrefix());
		runs(p, n.runs());
	}

	private void runs(XWPFParagraph p, List<Run> runs) {
		for (Run r : runs) {
			switch (r) {
			case Plain t -> text(p, t.text());
			case Claim c -> text(p, c.text());
			case Reference v -> text(p, v.text());
			case Number n -> text(p, n.text());
			case Dash d -> text(p, "—");
			case Break b -> p.createRun().addBreak();
			}
		}
	}

	private static void text(XWPFParagraph p, String text) {
		if (!text.isEmpty()) {
			put(p.createRun(), text);
		}
	}

	/** The name of a zone, project or indicator at the start of its paragraph, in its own character style. */
	private void item(XWPFParagraph p, String name) {
		XWPFRun run = p.createRun();
		run.setStyle(Style.ITEM.id);
		put(run, words.itemName(name));
	}

	// ---------------------------------------------------------------- tables

	private void textTable(Sink sink, TextTable t, int width) {
		int columns = Math.max(t.header().size(), t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0));
		if (columns == 0) {
			return;
		}
		int rows = (t.header().isEmpty() ? 0 : 1) + t.rows().size();
		if (rows == 0) {
			return;
		}
		XWPFTable table = sink.table(rows, columns);
		table.setStyleID(Style.GRID.id);
		int[] widths = new int[columns];
		Arrays.fill(widths, width / columns);
		widths(table, widths);
		int r = 0;
		if (!t.header().isEmpty()) {
			XWPFTableRow head = table.getRow(r++);
			head.setRepeatHeader(true);
			for (int c = 0; c < columns; c++) {
				XWPFParagraph p = cellParagraph(head.getCell(c), Style.TABLE_HEAD);
				if (c < t.header().size()) {
					runs(p, t.header().get(c));
				}
			}
		}
		for (Row row : t.rows()) {
			XWPFTableRow tr = table.getRow(r++);
			for (int c = 0; c < columns; c++) {
				XWPFParagraph p = cellParagraph(tr.getCell(c), Style.TABLE_TEXT);
				if (c < row.cells().size()) {
					runs(p, row.cells().get(c));
				}
			}
		}
	}

	/**
	 * An indicator table in the official form: 类别 (merged down its rows), 序号, 指标, 单位, the plan's
	 * columns, the computed ones; the header row repeats on every page; numbers to the right.
	 */
	private void grid(Sink sink, Grid g, int width) {
		int columns = g.columns().size();
		int rows = 1 + g.groups().stream().mapToInt(c -> c.rows().size()).sum();
		XWPFTable table = sink.table(rows, columns);
		table.setStyleID(Style.GRID.id);
		widths(table, Typesetting.gridWidths(g, width));
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			ColumnHead column = g.columns().get(c);
			put(cellParagraph(head.getCell(c), Style.TABLE_HEAD).createRun(), column.label());
		}
		int r = 1;
		for (Category category : g.groups()) {
			boolean first = true;
			for (IndicatorRow row : category.rows()) {
				XWPFTableRow tr = table.getRow(r++);
				tr.setCantSplitRow(true);
				List<XWPFTableCell> cells = new ArrayList<>(tr.getTableCells());
				int c = 0;
				if (g.categories()) {
					XWPFTableCell cell = cells.get(c++);
					tcPr(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
					XWPFParagraph p = cellParagraph(cell, Style.TABLE_TEXT);
					if (first) {
						text(p, Objects.toString(category.title(), ""));
					}
				}
				first = false;
				if (g.numbered()) {
					text(cellParagraph(cells.get(c++), Style.TABLE_TEXT), Objects.toString(row.number(), ""));
				}
				XWPFParagraph name = cellParagraph(cells.get(c++), Style.TABLE_TEXT);
				name.setAlignment(ParagraphAlignment.LEFT);
				text(name, row.name());
				if (row.star()) {
					XWPFRun star = name.createRun();
					put(star, "*");
					star.setSubscript(VerticalAlign.SUPERSCRIPT);
				}
				text(cellParagraph(cells.get(c++), Style.TABLE_TEXT), Objects.toString(row.unit(), ""));
				List<XWPFTableCell> spanned = new ArrayList<>();
				for (GridCell cell : row.cells()) {
					if (c >= cells.size()) {
						break;
					}
					XWPFTableCell tc = cells.get(c);
					XWPFParagraph p = cellParagraph(tc, Style.TABLE_TEXT);
					if (cell.numeric()) {
						p.setAlignment(ParagraphAlignment.RIGHT);
					}
					text(p, cell.text());
					int span = Math.min(cell.span(), cells.size() - c);
					if (span > 1) {
						tcPr(tc).addNewGridSpan().setVal(big(span));
						for (int k = 1; k < span; k++) {
							spanned.add(cells.get(c + k));
						}
					}
					c += span;
				}
				for (; c < cells.size(); c++) {
					cellParagraph(cells.get(c), Style.TABLE_TEXT);
				}
				for (XWPFTableCell gone : spanned) {
					tr.removeCell(tr.getTableCells().indexOf(gone));
				}
			}
		}
		for (Note n : g.notes()) {
			note(sink, n);
		}
	}

	private static void widths(XWPFTable table, int[] widths) {
		CTTbl tbl = table.getCTTbl();
		CTTblPr pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
		if (pr.isSetTblBorders()) {
			pr.unsetTblBorders(); // the style draws them
		}
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		var tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		tblW.setType(STTblWidth.DXA);
		tblW.setW(big(total));
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : widths) {
			grid.addNewGridCol().setW(big(w));
		}
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			for (int c = 0; c < cells.size() && c < widths.length; c++) {
				var tcW = tcPr(cells.get(c)).isSetTcW() ? tcPr(cells.get(c)).getTcW() : tcPr(cells.get(c)).addNewTcW();
				tcW.setType(STTblWidth.DXA);
				tcW.setW(big(widths[c]));
			}
		}
	}

	private static CTPPr pPr(XWPFParagraph p) {
		return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
	}

	private static CTTcPr tcPr(XWPFTableCell cell) {
		CTTc tc = cell.getCTTc();
		return tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
	}

	/** The cell's one paragraph, in {@code style}. */
	private static XWPFParagraph cellParagraph(XWPFTableCell cell, Style style) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setStyle(style.id);
		return p;
	}

	// ---------------------------------------------------------------- where paragraphs and tables go

	/** Where blocks are written: the document's body, or a box's cell. */
	private interface Sink {
		XWPFParagraph paragraph();

		XWPFTable table(int rows, int columns);
	}

	private final class BodySink implements Sink {
		@Override
		public XWPFParagraph paragraph() {
			return doc.createParagraph();
		}

		@Override
		public XWPFTable table(int rows, int columns) {
			return doc.createTable(rows, columns);
		}
	}

	/** A table cell: paragraphs and tables appended in order; it ends with a paragraph, as Word requires. */
	private static final class CellSink implements Sink {
		private final XWPFTableCell cell;
		private boolean fresh = true;
		private boolean endsWithTable;

		CellSink(XWPFTableCell cell) {
			this.cell = cell;
		}

		@Override
		public XWPFParagraph paragraph() {
			endsWithTable = false;
			if (fresh && !cell.getParagraphs().isEmpty()) {
				fresh = false;
				return cell.getParagraphs().get(0);
			}
			fresh = false;
			return cell.addParagraph();
		}

		@Override
		public XWPFTable table(int rows, int columns) {
			if (fresh && !cell.getParagraphs().isEmpty()) {
				cell.removeParagraph(0);
			}
			fresh = false;
			endsWithTable = true;
			XWPFTable table = new XWPFTable(cell.getCTTc().addNewTbl(), cell, rows, columns);
			cell.insertTable(cell.getTables().size(), table);
			return table;
		}

		void close() {
			if (endsWithTable || cell.getParagraphs().isEmpty()) {
				XWPFParagraph p = cell.addParagraph();
				p.setStyle(Style.BOX_TEXT.id);
			}
		}
	}

	private static XWPFParagraph paragraph(Sink sink, Style style) {
		XWPFParagraph p = sink.paragraph();
		if (style != null) {
			p.setStyle(style.id);
		}
		return p;
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * Writes {@code text} into {@code run}: a line break for each new line, a tab for each tab, and
	 * nothing for a character XML 1.0 cannot hold (a control character, a lone surrogate), which
	 * Word would refuse to open.
	 */
	static void put(XWPFRun run, String text) {
		if (text == null) {
			return; // a plan whose header did not parse may have no title
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			String[] cells = lines[i].split("\t", -1);
			for (int j = 0; j < cells.length; j++) {
				if (j > 0) {
					run.addTab();
				}
				String clean = Typesetting.xmlText(cells[j]);
				if (!clean.isEmpty()) {
					run.setText(clean);
				}
			}
		}
	}

	private static BigInteger big(int v) {
		return BigInteger.valueOf(v);
	}

	/** The same entries in the same order, each with one fixed time: the same document always gives the same bytes. */
	private static byte[] normalised(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTimeLocal(ENTRY_TIME);
				z.putNextEntry(copy);
				in.transferTo(z);
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
