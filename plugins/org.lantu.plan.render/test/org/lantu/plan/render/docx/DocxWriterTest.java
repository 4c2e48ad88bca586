package org.lantu.plan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.render.Examples;
import org.lantu.plan.render.docx.OfficialLayout.Style;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.CellKind;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.GridCell;
import org.lantu.plan.render.document.Document.IndicatorRow;
import org.lantu.plan.render.document.Typesetting;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The Word writer, read back with POI: the GB/T 9704 page (size, margins, grid), the named styles
 * and their fonts, the footers' page field on odd and even pages, the title block, and for every
 * example each heading, each indicator row (name and values in one table row), merged category
 * cells and repeated header rows; the same plan gives the same bytes.
 */
class DocxWriterTest {

	static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleIsAnOfficialDocument() throws IOException {
		return Examples.plans().stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
			Document d = Examples.document(plan, "zh");
			byte[] bytes = DocxWriter.write(d, OfficialFonts.OFFICE);
			try (XWPFDocument docx = read(bytes)) {
				page(docx);
				footers(docx);
				List<String> paragraphs = new ArrayList<>();
				List<List<String>> rows = new ArrayList<>();
				collect(docx.getBodyElements(), paragraphs, rows);
				assertTrue(paragraphs.contains(d.header().title()), "the title");
				for (String heading : Examples.headings(d.body())) {
					assertTrue(paragraphs.stream().anyMatch(p -> p.contains(heading)), "heading " + heading);
				}
				int indicators = 0;
				for (Grid g : Examples.grids(d.body())) {
					for (var category : g.groups()) {
						for (IndicatorRow row : category.rows()) {
							indicators++;
							List<String> expected = new ArrayList<>(List.of(row.name()));
							for (GridCell cell : row.cells()) {
								if (!cell.text().isEmpty() && cell.kind() != CellKind.EMPTY) {
									expected.add(cell.text());
								}
							}
							assertTrue(rows.stream().anyMatch(r -> r.containsAll(expected)), "a table row with " + expected + " in " + plan.getFileName());
						}
					}
				}
				assertTrue(indicators > 0 || Examples.grids(d.body()).isEmpty());
				tables(docx, d);
			}
			assertArrayEquals(bytes, DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE), "the same plan gives the same bytes");
		}));
	}

	/** A4, top 37 mm, left 28 mm, a 156 × 225 mm text block, 22 lines of 28 characters. */
	private static void page(XWPFDocument docx) {
		CTSectPr sect = docx.getDocument().getBody().getSectPr();
		assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
		assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
		CTPageMar m = sect.getPgMar();
		assertEquals(37.0, mm(m.getTop()), 0.1);
		assertEquals(28.0, mm(m.getLeft()), 0.1);
		assertEquals(156.0, 210 - mm(m.getLeft()) - mm(m.getRight()), 0.1);
		assertEquals(225.0, 297 - mm(m.getTop()) - mm(m.getBottom()), 0.1);
		CTDocGrid grid = sect.getDocGrid();
		assertEquals("lines", grid.getType().toString());
		int pitch = grid.getLinePitch().intValue();
		assertTrue(22 * pitch <= 12756 && 23 * pitch > 12756, "22 lines fill the text block: " + pitch);
		CTRPr normal = docx.getStyles().getStyle("Normal").getCTStyle().getRPr();
		assertEquals(BigInteger.valueOf(pitch), new BigInteger(docx.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().getLine().toString()),
				"a body line is one grid line");
		double advance = 16 + new BigInteger(normal.getSpacingArray(0).getVal().toString()).doubleValue() / 20;
		assertEquals(28, (int) Math.floor(156 / 25.4 * 72 / advance), "28 characters a line");
	}

	private static double mm(Object twips) {
		return new BigInteger(twips.toString()).doubleValue() * 25.4 / 1440;
	}

	/** Page numbers in a PAGE field, "— 1 —", right on odd pages, left on even pages. */
	private static void footers(XWPFDocument docx) {
		assertTrue(docx.getEvenAndOddHeadings(), "even and odd pages have their own footers");
		var policy = docx.getHeaderFooterPolicy();
		XWPFFooter odd = policy.getDefaultFooter();
		XWPFFooter even = policy.getEvenPageFooter();
		assertNotNull(odd);
		assertNotNull(even);
		for (var f : List.of(odd, even)) {
			XWPFParagraph p = f.getParagraphs().get(0);
			assertEquals(Style.PAGE_NUMBER.id, p.getStyle());
			assertEquals(" PAGE ", p.getCTP().getFldSimpleArray(0).getInstr());
			assertTrue(p.getText().startsWith("— ") && p.getText().endsWith(" —"), p.getText());
		}
		assertEquals(ParagraphAlignment.RIGHT, odd.getParagraphs().get(0).getAlignment());
		assertEquals(ParagraphAlignment.LEFT, even.getParagraphs().get(0).getAlignment());
	}

	/** Every indicator grid: the header row repeats; a titled category's cells merge down its rows. */
	private static void tables(XWPFDocument docx, Document d) {
		List<XWPFTable> all = new ArrayList<>();
		tablesIn(docx.getBodyElements(), all);
		for (Grid g : Examples.grids(d.body())) {
			if (g.groups().isEmpty() || g.groups().get(0).rows().isEmpty()) {
				continue;
			}
			String firstName = g.groups().get(0).rows().get(0).name();
			XWPFTable t = all.stream().filter(x -> x.getRows().stream().anyMatch(r -> texts(r).contains(firstName))).findFirst().orElseThrow();
			assertEquals(Style.GRID.id, t.getStyleID());
			assertTrue(t.getRow(0).isRepeatHeader(), "the header row repeats on every page");
			if (!g.categories()) {
				continue;
			}
			int restarts = 0;
			int continues = 0;
			for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size())) {
				var pr = r.getCell(0).getCTTc().getTcPr();
				assertTrue(pr != null && pr.isSetVMerge(), "the category column merges");
				if (pr.getVMerge().getVal() == STMerge.RESTART) {
					restarts++;
				} else {
					continues++;
				}
			}
			assertEquals(g.groups().size(), restarts);
			assertEquals(g.groups().stream().mapToInt(c -> c.rows().size() - 1).sum(), continues);
		}
	}

	@Test
	void stylesNameTheOfficialFontsAndCanBeOverridden() throws IOException {
		Path plan = Examples.folder().resolve("leshan-hitech-zone-opinion-2022.plan");
		try (XWPFDocument docx = read(DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE))) {
			assertEquals("仿宋_GB2312", eastAsian(docx, "Normal"));
			assertEquals("32", docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal().toString(), "3号 is 16 pt");
			assertEquals("方正小标宋简体", eastAsian(docx, Style.TITLE.id));
			assertEquals("44", docx.getStyles().getStyle(Style.TITLE.id).getCTStyle().getRPr().getSzArray(0).getVal().toString(), "2号 is 22 pt");
			assertEquals("黑体", eastAsian(docx, Style.HEADING1.id));
			assertEquals("楷体_GB2312", eastAsian(docx, Style.HEADING2.id));
			assertEquals("宋体", eastAsian(docx, Style.PAGE_NUMBER.id));
			for (Style s : Style.values()) {
				XWPFStyle style = docx.getStyles().getStyle(s.id);
				assertNotNull(style, s.id);
				assertEquals(s.chinese, style.getName(), "Word lists the style by its Chinese name");
			}
			// the red header: 乐山市人民政府文件 in red, the document number with the red rule under it
			XWPFParagraph issuer = docx.getParagraphs().get(0);
			assertEquals(Style.ISSUER.id, issuer.getStyle());
			assertEquals("乐山市人民政府文件", issuer.getText());
			assertEquals(OfficialLayout.RED, docx.getStyles().getStyle(Style.ISSUER.id).getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue());
			XWPFParagraph number = docx.getParagraphs().get(1);
			assertEquals("乐府发〔2022〕17号", number.getText());
			assertEquals(OfficialLayout.RED, docx.getStyles().getStyle(Style.DOC_NUMBER.id).getCTStyle().getPPr().getPBdr().getBottom().xgetColor().getStringValue());
			assertEquals("关于加快乐山高新技术产业开发区高质量发展的实施意见", docx.getParagraphs().get(2).getText());
			assertEquals("各区、市、县、自治县人民政府，市级各部门：", docx.getParagraphs().get(3).getText());
			List<XWPFParagraph> ps = docx.getParagraphs();
			assertEquals("2022年8月30日", ps.get(ps.size() - 1).getText(), "the date closes the document");
			assertEquals(Style.DATE.id, ps.get(ps.size() - 1).getStyle());
			assertEquals("乐山市人民政府", ps.get(ps.size() - 2).getText());
			assertTrue(ps.get(ps.size() - 3).isKeepNext(), "the body's last paragraph keeps the signature company on its page");
		}
		OfficialFonts mine = OfficialFonts.OFFICE.with("标题=方正小标宋_GBK，body=仿宋、latin=Arial");
		try (XWPFDocument docx = read(DocxWriter.write(Examples.document(plan, "zh"), mine))) {
			assertEquals("方正小标宋_GBK", eastAsian(docx, Style.TITLE.id));
			assertEquals("仿宋", eastAsian(docx, "Normal"));
			assertEquals("Arial", docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii());
			assertEquals("黑体", eastAsian(docx, Style.HEADING1.id), "roles not named keep their font");
		}
	}

	@Test
	void withoutAnIssuerThereIsNoRedHeaderAndAnnexesFollowTheSignature(@TempDir Path dir) throws IOException {
		Path plan = dir.resolve("p.plan");
		Files.writeString(plan, """
				规划 p "示例工作方案"
				文号 "示发〔2025〕3号"
				落款 "示例管委会" 2025年1月5日
				章 1 "总体要求" { 段 "正文。" }
				附 1 "重点项目表" { 段 "附件正文。" }
				附 2 "任务分工表" { 段 "分工。" }
				""");
		try (XWPFDocument docx = read(DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE))) {
			List<XWPFParagraph> ps = docx.getParagraphs();
			assertEquals(Style.DOC_NUMBER.id, ps.get(0).getStyle());
			assertEquals("none", ps.get(0).getCTP().getPPr().getPBdr().getBottom().getVal().toString(), "no issuer's mark: no red rule");
			assertEquals("示例工作方案", ps.get(1).getText());
			List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
			int note = texts.indexOf("附件：1．重点项目表\n2．任务分工表");
			assertTrue(note > 0, texts.toString());
			assertEquals("示例管委会", texts.get(note + 1));
			assertEquals("2025年1月5日", texts.get(note + 2));
			assertEquals("附件1", texts.get(note + 3), "each annex on a page of its own after the signature");
			assertEquals(Style.ANNEX_LABEL.id, ps.get(note + 3).getStyle());
			assertEquals("重点项目表", texts.get(note + 4));
			assertTrue(texts.indexOf("附件2") > note + 4);
		}
	}

	@Test
	void charactersWordCannotHoldAreLeftOut(@TempDir Path dir) throws IOException {
		Path plan = dir.resolve("p.plan");
		Files.writeString(plan, "规划 p \"响铃\u0007标题\"\n段 \"正文\u0001含控制字符\uFFFE。\"\n");
		byte[] bytes = DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE);
		try (XWPFDocument docx = read(bytes)) {
			List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(texts.contains("响铃标题"), texts.toString());
			assertTrue(texts.contains("正文含控制字符。"), texts.toString());
		}
		assertEquals("a\uD83D\uDE00b", Typesetting.xmlText("a\uD83D\uDE00b\uD800"), "pairs stay, a lone surrogate goes");
	}

	@Test
	void aBadFontOverrideSaysWhichPart() {
		assertEquals("粗体=黑体", assertThrows(OfficialFonts.BadOverride.class, () -> OfficialFonts.OFFICE.with("title=A,粗体=黑体")).getMessage());
		assertEquals("title=", assertThrows(OfficialFonts.BadOverride.class, () -> OfficialFonts.OFFICE.with("title=")).getMessage());
		assertEquals("宋体", assertThrows(OfficialFonts.BadOverride.class, () -> OfficialFonts.OFFICE.with("宋体")).getMessage());
		assertEquals(OfficialFonts.OFFICE, OfficialFonts.OFFICE.with(" "));
	}

	@Test
	void headingsTakeTheStyleOfTheirNumbering() throws IOException {
		Path plan = Examples.folder().resolve("leshan-hitech-zone-14th-five-year-outline.plan");
		try (XWPFDocument docx = read(DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE))) {
			boolean chapter = false;
			for (XWPFParagraph p : docx.getParagraphs()) {
				if (p.getText().matches("^第[一二三四五六七八九十]+章.*")) {
					assertEquals(Style.CHAPTER.id, p.getStyle(), p.getText());
					assertEquals(0, p.getCTP().getPPr().getOutlineLvl().getVal().intValue(), "chapters head the navigation pane");
					chapter = true;
				}
				if (p.getText().matches("^第[一二三四五六七八九十]+节.*")) {
					assertEquals(Style.SECTION.id, p.getStyle(), p.getText());
				}
			}
			assertTrue(chapter);
			// a 专栏 is a bordered one-cell table with its title on top
			List<XWPFTable> boxes = docx.getTables().stream().filter(t -> Style.BOX.id.equals(t.getStyleID())).toList();
			assertFalse(boxes.isEmpty(), "the outline's boxes");
			XWPFTableCell cell = boxes.get(0).getRow(0).getCell(0);
			assertTrue(cell.getParagraphs().get(0).getText().startsWith("专栏"), cell.getParagraphs().get(0).getText());
			assertEquals(Style.BOX_TITLE.id, cell.getParagraphs().get(0).getStyle());
		}
	}

	// ---------------------------------------------------------------- reading back

	private static String eastAsian(XWPFDocument docx, String styleId) {
		CTStyle s = docx.getStyles().getStyle(styleId).getCTStyle();
		return s.getRPr().getRFontsArray(0).getEastAsia();
	}

	/** The text of every paragraph (tables' cells included) and of every table row, cell by cell. */
	private static void collect(List<IBodyElement> elements, List<String> paragraphs, List<List<String>> rows) {
		for (IBodyElement e : elements) {
			if (e instanceof XWPFParagraph p) {
				paragraphs.add(p.getText());
			} else if (e instanceof XWPFTable t) {
				for (XWPFTableRow r : t.getRows()) {
					rows.add(texts(r));
					for (XWPFTableCell c : r.getTableCells()) {
						collect(c.getBodyElements(), paragraphs, rows);
					}
				}
			}
		}
	}

	private static List<String> texts(XWPFTableRow r) {
		// a name's footnote mark (*) is a run of its own after the name
		return r.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).map(t -> t.endsWith("*") ? t.substring(0, t.length() - 1) : t).toList();
	}

	private static void tablesIn(List<IBodyElement> elements, List<XWPFTable> into) {
		for (IBodyElement e : elements) {
			if (e instanceof XWPFTable t) {
				into.add(t);
				for (XWPFTableRow r : t.getRows()) {
					for (XWPFTableCell c : r.getTableCells()) {
						tablesIn(c.getBodyElements(), into);
					}
				}
			}
		}
	}
}
