package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.SourceBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word as offices write it, made here with POI as a drafting team would in Word: headings by
 * outline level without numbers in their text, an indicator table whose category cells are merged
 * down (vMerge) and whose text cell spans two columns (gridSpan), and a 专栏 drawn as a one-cell
 * table holding a table.
 */
class DocxSourceTest {

	static byte[] officeDocument() throws Exception {
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			heading(d, "总体要求", 0);
			heading(d, "发展目标", 1);
			d.createParagraph().createRun().setText("到2030年，地区生产总值达到500亿元，常住人口城镇化率达到60%。");
			XWPFTable t = d.createTable(4, 6);
			String[][] cells = { { "领域", "指标", "单位", "2025年", "2030年", "属性" }, { "经济", "地区生产总值", "亿元", "320", "480", "预期性" },
					{ "", "常住人口城镇化率", "%", "52", "60", "预期性" }, { "民生", "居民人均可支配收入增长", "%", "与经济增长同步", "", "预期性" } };
			for (int r = 0; r < 4; r++) {
				for (int c = 0; c < 6; c++) {
					t.getRow(r).getCell(c).setText(cells[r][c]);
				}
			}
			merge(t.getRow(1).getCell(0), STMerge.RESTART);
			merge(t.getRow(2).getCell(0), STMerge.CONTINUE);
			// 与经济增长同步 spans the two year columns
			t.getRow(3).getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
			t.getRow(3).removeCell(4);
			XWPFTable box = d.createTable(1, 1);
			XWPFTableCell cell = box.getRow(0).getCell(0);
			cell.getParagraphs().get(0).createRun().setText("专栏3  重点工程");
			cell.addParagraph().createRun().setText("城市更新工程：改造老旧小区120个。");
			d.write(out);
			return out.toByteArray();
		}
	}

	private static void heading(XWPFDocument d, String text, int outline) {
		XWPFParagraph p = d.createParagraph();
		p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
		p.createRun().setText(text);
	}

	private static void merge(XWPFTableCell cell, STMerge.Enum how) {
		var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		pr.addNewVMerge().setVal(how);
	}

	@Test
	void wordsAutomaticNumberingIsReadAsTheLabelsItShows() throws Exception {
		byte[] bytes;
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(BigInteger.ZERO);
			level(list, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
			level(list, 1, STNumberFormat.DECIMAL, "%2．");
			XWPFNumbering numbering = d.createNumbering();
			BigInteger id = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
			String[][] paragraphs = { { "0", "发展目标" }, { "1", "产业规模" }, { "1", "创新能力" }, { "0", "重点任务" }, { "1", "建设孵化平台" } };
			for (String[] p : paragraphs) {
				XWPFParagraph para = d.createParagraph();
				para.setNumID(id);
				para.setNumILvl(new BigInteger(p[0]));
				para.createRun().setText(p[1]);
			}
			d.write(out);
			bytes = out.toByteArray();
		}
		List<String> texts = DocxSource.read(bytes).stream().map(b -> ((SourceBlock.Para) b).text()).toList();
		assertEquals(List.of("一、发展目标", "1．产业规模", "2．创新能力", "二、重点任务", "1．建设孵化平台"), texts);
		String plan = Importer.of(DocxSource.read(bytes), "docx", Recovery.CHECKER::syntaxErrorLines).plan();
		assertTrue(plan.contains("章 2 \"重点任务\" {\n  节 1 \"建设孵化平台\""), plan);
		assertTrue(plan.contains("编号 \"一、\" \"1．\""), plan);
	}

	private static void level(CTAbstractNum list, int level, STNumberFormat.Enum format, String text) {
		CTLvl lvl = list.addNewLvl();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
	}

	/** box-in-a-text-box.docx: LibreOffice's Word of box-in-a-text-box.fodt, whose 专栏 is a frame (a text box in Word, drawn twice: DrawingML and VML). */
	@Test
	void aBoxInATextBoxIsReadOnce() throws Exception {
		byte[] bytes;
		try (InputStream in = DocxSourceTest.class.getResourceAsStream("/box-in-a-text-box.docx")) {
			bytes = in.readAllBytes();
		}
		List<SourceBlock> blocks = DocxSource.read(bytes);
		SourceBlock.Box box = (SourceBlock.Box) blocks.get(2);
		assertEquals("专栏1 重点项目", box.title(), "the XML keeps one space of the two (ODF collapses spaces)");
		assertEquals(List.of(new SourceBlock.Para(2, "锂电项目：总投资50亿元，占地约800亩。", 0)), box.body());
		assertEquals(4, blocks.size(), "the box once, not once for each of its two drawings: " + blocks);
		String plan = Importer.of(blocks, "docx", Recovery.CHECKER::syntaxErrorLines).plan();
		assertTrue(plan.contains("专栏 1 \"重点项目\" {\n    项目 \"锂电项目\" {\n      总投资 50亿元\n      占地 约800亩"), plan);
	}

	@Test
	void aTitleRowAcrossTheTableIsItsCaption() throws Exception {
		byte[] bytes;
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.createParagraph().createRun().setText("到2030年，园区营业收入达到300亿元。");
			XWPFTable t = d.createTable(3, 4);
			t.getRow(0).getCell(0).setText("表2  园区主要指标");
			t.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
			t.getRow(0).removeCell(3);
			t.getRow(0).removeCell(2);
			t.getRow(0).removeCell(1);
			String[][] cells = { { "指标", "单位", "2025年", "2030年" }, { "园区营业收入", "亿元", "200", "300" } };
			for (int r = 0; r < 2; r++) {
				for (int c = 0; c < 4; c++) {
					t.getRow(r + 1).getCell(c).setText(cells[r][c]);
				}
			}
			d.write(out);
			bytes = out.toByteArray();
		}
		String plan = Importer.of(DocxSource.read(bytes), "docx", Recovery.CHECKER::syntaxErrorLines).plan();
		assertTrue(plan.contains("表 2 \"园区主要指标\" {\n  指标表 {\n    列 基期 2025 | 目标 2030\n    指标 \"园区营业收入\"（亿元）：200 | 300"), plan);
		assertTrue(plan.contains("[达到300亿元](\"园区营业收入\"@2030)"), plan);
	}

	@Test
	void blocksKeepLevelsMergesAndBoxes() throws Exception {
		List<SourceBlock> blocks = DocxSource.read(officeDocument());
		assertEquals(new SourceBlock.Para(1, "总体要求", 1), blocks.get(0));
		assertEquals(2, ((SourceBlock.Para) blocks.get(1)).level());
		SourceBlock.Table table = (SourceBlock.Table) blocks.get(3);
		assertTrue(table.rows().get(2).get(0).continuesAbove(), "the merged category cell continues the one above");
		assertEquals(2, table.rows().get(3).get(3).span());
		SourceBlock.Box box = (SourceBlock.Box) blocks.get(4);
		assertEquals("专栏3  重点工程", box.title());
		assertEquals("城市更新工程：改造老旧小区120个。", ((SourceBlock.Para) box.body().get(0)).text());
	}

	@Test
	void theDraftHasTheStructureTheDocumentShows() throws Exception {
		Importer.Result r = Importer.of(DocxSource.read(officeDocument()), "docx", Recovery.CHECKER::syntaxErrorLines);
		String plan = r.plan();
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(plan), plan);
		assertTrue(plan.contains("章 \"总体要求\" {\n  节 \"发展目标\" {"), plan);
		assertTrue(plan.contains("列 基期 2025 | 目标 2030 | 属性"), plan);
		assertTrue(plan.contains("类别 \"经济\" {\n        指标 \"地区生产总值\"（亿元）：320 | 480 | 预期性\n        指标 \"常住人口城镇化率\"（%）：52 | 60 | 预期性"), plan);
		assertTrue(plan.contains("指标 \"居民人均可支配收入增长\"（%）：\"与经济增长同步\" 跨 2 | 预期性"), plan);
		assertTrue(plan.contains("[达到500亿元](\"地区生产总值\"@2030)") && plan.contains("[达到60%](\"常住人口城镇化率\"@2030)"), plan);
		assertTrue(plan.contains("专栏 3 \"重点工程\" {"), plan);
	}
}
