package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.draft.DraftWriter;

/**
 * What the draft writer does with what the syntax does not read: a row's values become text and the
 * row stays for what refers to it (the text's claims on its values, which are text now, are text too); a node written as text takes the claims on the
 * names it declared with it, so the draft never refers to a name it no longer has.
 */
class DraftFallbackTest {

	@Test
	void aRowWithAValueTheSyntaxDoesNotReadKeepsItsIndicator(@TempDir Path dir) throws Exception {
		Draft draft = draft();
		// ≈90 is no value the syntax reads: the row's values are written as text, its unit in its title
		draft.body.add(new Draft.IndicatorTable(1, "主要指标", List.of("基期 2022", "目标 2027", "属性"),
				List.of(new Draft.Category(null, List.of(new Draft.IndicatorRow(0, "粮食总产量", null, "万吨", false, List.of("21.6", "22", "约束性")),
						new Draft.IndicatorRow(0, "畜禽粪污综合利用率", null, "%", false, List.of("85", "≈90", "约束性"))))),
				List.of(), List.of("粮食总产量 万吨 21.6 22", "畜禽粪污综合利用率 % 85 ≈90")));
		draft.body.add(new Draft.Paragraph(5, "到2027年，畜禽粪污综合利用率达到90%。",
				List.of(new Draft.Text("到2027年，畜禽粪污综合利用率"), new Draft.Claim("达到90%", "\"畜禽粪污综合利用率\"@2027", false), new Draft.Text("。"))));
		String plan = DraftWriter.write(draft, Recovery.CHECKER::syntaxErrorLines);
		assertTrue(plan.contains("指标 \"畜禽粪污综合利用率\" \"（%）\"：\"85\" | \"≈90\" | 约束性"), plan);
		assertTrue(plan.contains("指标 \"粮食总产量\"（万吨）：21.6 | 22 | 约束性"), "the other rows stay as they were\n" + plan);
		// its values are text now, so a claim on it could not be checked: it is text too
		assertTrue(plan.contains("段 \"到2027年，畜禽粪污综合利用率\" \"达到90%\" \"。\""), plan);
		assertEquals(List.of(), findings(dir, plan));
	}

	@Test
	void aNodeWrittenAsTextTakesTheClaimsOnItsNamesWithIt(@TempDir Path dir) throws Exception {
		Draft draft = draft();
		// a column line the syntax does not read: the whole table is written as its source text
		draft.body.add(new Draft.IndicatorTable(1, "主要指标", List.of("基期 ≈2020", "目标 2025"),
				List.of(new Draft.Category(null, List.of(new Draft.IndicatorRow(0, "工业总产值", null, "亿元", false, List.of("100", "200"))))), List.of(),
				List.of("工业总产值 亿元 100 200")));
		draft.body.add(new Draft.Paragraph(5, "到2025年工业总产值达到200亿元，地区生产总值300亿元。",
				List.of(new Draft.Text("到2025年工业总产值"), new Draft.Claim("达到200亿元", "\"工业总产值\"@2025", false), new Draft.Text("，地区生产总值"),
						new Draft.Claim("300亿元", "\"地区生产总值\"@2025", false), new Draft.Text("。"))));
		draft.stated.add(new Draft.StatedIndicator("地区生产总值", "亿元", List.of("目标 2025：300亿元")));
		String plan = DraftWriter.write(draft, Recovery.CHECKER::syntaxErrorLines);
		assertTrue(plan.contains("段 \"工业总产值 亿元 100 200\""), plan);
		assertFalse(plan.contains("(\"工业总产值\"@2025)"), plan);
		assertTrue(plan.contains("\"到2025年工业总产值\" \"达到200亿元\" \"，地区生产总值\" [300亿元](\"地区生产总值\"@2025)"),
				"a claim on a name still declared stays tied\n" + plan);
		assertEquals(List.of(), findings(dir, plan));
	}

	private static Draft draft() {
		Draft draft = new Draft();
		draft.name = "测试";
		draft.periodFrom = 2022;
		draft.periodTo = 2027;
		return draft;
	}

	private static List<String> findings(Path dir, String plan) throws Exception {
		return Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList();
	}
}
