package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lantu.plan.importer.draft.CarriedRelations;

/**
 * The 合计, 其中, 占比 and 比例 of a Lantu Word document's plan, carried into the draft read from its
 * changed text: only those whose every name the draft declares as an indicator, as the plan wrote
 * them, never one in a comment, never one the parser would not read; the draft always parses.
 */
class CarriedRelationsTest {

	private static final String DRAFT = String.join("\n", "规划 \"草稿\"", "章 1 \"目标\" {", "  指标 \"营业收入\"（亿元）：100 | 150", "  指标 工业营业收入（亿元）：70 | 100",
			"  指标 \"服务业营业收入\"（亿元）：30 | 50", "  指标 \"工业占比\"（%）：70 | 66.7", "  指标 \"带 空格\"（亿元）：1 | 2", "}", "");

	@Test
	void theRelationsWhoseNamesTheDraftDeclaresAreCarried() {
		String plan = String.join("\n", "规划 原稿", "合计 营业收入 = 工业营业收入 + 服务业营业收入", "  占比 工业占比 = 工业营业收入 / 营业收入  // 工业的份额",
				"其中 营业收入：工业营业收入", "sum \"带 空格\" = 工业营业收入 + 服务业营业收入", "合计 营业收入 = 工业营业收入 + 农业营业收入", "// 合计 营业收入 = 服务业营业收入",
				"/* 合计 营业收入 = 工业营业收入", "   合计 营业收入 = 服务业营业收入 */", "合计 营业收入 = 工业营业收入 + 服务业营业收入", "段 \"合计 营业收入 = 服务业营业收入\"", "");
		CarriedRelations.Result r = CarriedRelations.carryOver(plan, DRAFT, Recovery.CHECKER::syntaxErrorLines);
		assertEquals(4, r.carried(), r.draft());
		assertTrue(r.draft().startsWith(DRAFT), "the draft comes first, unchanged");
		String added = r.draft().substring(DRAFT.length());
		assertEquals(List.of("合计 营业收入 = 工业营业收入 + 服务业营业收入", "占比 工业占比 = 工业营业收入 / 营业收入  // 工业的份额", "其中 营业收入：工业营业收入",
				"sum \"带 空格\" = 工业营业收入 + 服务业营业收入"), added.lines().filter(l -> !l.isBlank() && !l.startsWith("// 据")).toList());
		assertFalse(added.contains("农业营业收入"), "a relation naming what the draft lacks is left out");
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.draft()));
	}

	@Test
	void aRelationTheParserWouldNotReadIsLeftOutAndTheDraftStillParses() {
		String plan = String.join("\n", "合计 营业收入 = 工业营业收入 + + 服务业营业收入", "合计 营业收入 = 工业营业收入 + 服务业营业收入", "");
		CarriedRelations.Result r = CarriedRelations.carryOver(plan, DRAFT, Recovery.CHECKER::syntaxErrorLines);
		assertEquals(1, r.carried(), r.draft());
		assertFalse(r.draft().contains("+ +"));
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.draft()));
		// nothing to carry: the draft as it was
		assertEquals(DRAFT, CarriedRelations.carryOver("规划 x\n", DRAFT, Recovery.CHECKER::syntaxErrorLines).draft());
	}

	@Test
	void aRatioIsCarriedToo() {
		String draft = DRAFT.replace("}", "  指标 \"营收结构\"（%）：70:30 | 66.7:33.3\n}");
		String plan = String.join("\n", "规划 原稿", "比例 营收结构 = 工业营业收入 ∶ 服务业营业收入", "ratio 营收结构 = 工业营业收入 : 农业营业收入", "");
		CarriedRelations.Result r = CarriedRelations.carryOver(plan, draft, Recovery.CHECKER::syntaxErrorLines);
		assertEquals(1, r.carried(), r.draft());
		assertTrue(r.draft().endsWith("比例 营收结构 = 工业营业收入 ∶ 服务业营业收入\n"), r.draft());
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.draft()));
	}

	@Test
	void namesAreReadQuotedOrBare() {
		assertEquals(Set.of("营业收入", "带 \"引号\"", "服务业营业收入"), CarriedRelations.names("营业收入 = \"带 \\\"引号\\\"\" + 服务业营业收入"));
	}
}
