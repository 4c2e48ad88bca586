package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * Ratios in a published plan (三次产业结构 7.9:39.5:52.6, 城乡居民收入比 2.45∶1): a table's ratio cell is the
 * indicator's value, and the terms of a ratio in the text are no amounts of their own.
 */
class RatioImportTest {

	static final String OUTLINE = String.join("\n", "某县国民经济和社会发展第十五个五年规划纲要", "第一章  发展目标",
			"到2030年，三次产业结构调整为7:38:55，城乡居民收入比缩小到2.2∶1，地区生产总值达到520亿元。", "表1  主要指标", "指标\t2025年\t2030年",
			"地区生产总值（亿元）\t380\t520", "三次产业结构（%）\t%s\t6.7：38.5：54.8", "城乡居民收入比\t2.45∶1\t2.2∶1", "");

	@Test
	void aRatioInATableIsTheIndicatorsValue(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft(OUTLINE.replace("%s", "7.9:39.5:52.6"));
		assertTrue(plan.contains("指标 \"三次产业结构\"（%）：7.9:39.5:52.6 | 6.7:38.5:54.8\n"), plan);
		assertTrue(plan.contains("指标 \"城乡居民收入比\"：2.45∶1 | 2.2∶1\n"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
	}

	@Test
	void aRatioOfPercentagesThatDoNotMakeHundredIsFound(@TempDir Path dir) throws Exception {
		List<PlanDiagnostic> findings = Recovery.draftFindings(dir, Recovery.draft(OUTLINE.replace("%s", "7.9:39.5:50.6")));
		assertEquals(List.of("ratio.total"), findings.stream().map(PlanDiagnostic::check).toList());
	}

	@Test
	void aRatioInTheTextClaimsTheTablesRatio(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft(OUTLINE.replace("%s", "7.9:39.5:52.6"));
		// one claim for the whole ratio, not three amounts; the GDP after it is still claimed
		assertTrue(plan.contains("\"到2030年，三次产业结构调整为\" [7:38:55](\"三次产业结构\"@2030) \"，城乡居民收入比缩小到\" [2.2∶1](\"城乡居民收入比\"@2030) \"，地区生产总值\" [达到520亿元](\"地区生产总值\"@2030)"),
				plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
		List<PlanDiagnostic> differ = Recovery.draftFindings(dir, Recovery.draft(OUTLINE.replace("%s", "7.9:39.5:52.6").replace("调整为7:38:55", "调整为7:40:53")));
		assertEquals(List.of("claim.mismatch"), differ.stream().map(PlanDiagnostic::check).toList());
	}

	@Test
	void aRatioOfAnIndicatorWithoutRatiosStaysText() throws Exception {
		// a map's scale and a ratio the table does not state are no claims, nor are their terms amounts
		String plan = Recovery.draft(String.join("\n", "某县国土空间总体规划（2021—2035年）", "第一章  基础", "采用1:2000地形图，生师比为17∶1。", ""));
		assertTrue(plan.contains("段 \"采用1:2000地形图，生师比为17∶1。\""), plan);
	}
}
