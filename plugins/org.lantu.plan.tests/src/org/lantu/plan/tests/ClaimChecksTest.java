package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;

/** claim.* and count.mismatch: what the text says agrees with the tables, and count words with their lists. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class ClaimChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- claim.*

	static final String CLAIMS = """
			plan p
			indicators {
			  columns base 2020 | target 2025 | attribute
			  indicator revenue（亿元）: 301 | 1200 | 预期性
			  indicator jobless（%%）: 0.4 | 0.4 | 预期性
			  indicator air（%%）: 87.2 | 88 | 约束性
			}
			indicator income（亿元）{ base 2015: 1.07 actual 2020: 3.4 }
			para %s
			""";

	@Test
	void claimsThatAgreePass() throws Exception {
		assertNone(parse(CLAIMS.formatted("""
				"营业收入" [301亿元](revenue@2020) "，到2025年" [1200亿元](revenue@2025) "、" [超过1200亿元](revenue@2025) "、" [约1200亿元](revenue@2025)
				"、" [12000000万元](revenue@2025) "，年均增长" [26.01%](income 增速) "，增加" [2.33亿元](income 变化) "。"
				""")), CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_DIFFERS.id(), CheckType.CLAIM_NO_VALUE.id(), CheckType.UNIT_DIMENSION.id());
	}

	@Test
	void theSignsOfComparisonInTheirOtherWidthsAndShapesAreRead() throws Exception {
		// tables copied from Word use the full-width ＞ ＜ and, from GBK, ≧ ≦
		assertNone(parse(CLAIMS.formatted("[≧1200亿元](revenue@2025) [≦1200亿元](revenue@2025)")), CheckType.SYNTAX.id(), CheckType.CLAIM_MISMATCH.id(),
				CheckType.CLAIM_DIFFERS.id());
		assertEquals(1, issues(parse(CLAIMS.formatted("[＞1000亿元](revenue@2025)")), CheckType.CLAIM_DIFFERS).size(), "> 1000 holds for 1200, but states another figure");
		assertEquals(1, issues(parse(CLAIMS.formatted("[≧1300亿元](revenue@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(CLAIMS.formatted("[＜1100亿元](revenue@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertNone(parse(CLAIMS.formatted("[＜1300亿元](revenue@2025) [＞1000亿元](revenue@2025)")), CheckType.SYNTAX.id(), CheckType.CLAIM_MISMATCH.id());
	}

	@Test
	void theGrowthToAYearIsOfTheSpanFromTheBaseToThatYear() throws Exception {
		// 到2027年…达到500亿元，年均增长12%, in a plan whose table goes on to 2035: 318 → 500 over 4 years is 11.98%,
		// which a whole percentage rounds to 12%
		String plan = """
				plan p
				indicators {
				  columns base 2023 | target 2027 | target 2035 | growth
				  indicator sales（亿元）: 318 | 500 | 1500 | 13.8%%
				}
				para %s
				""";
		assertNone(parse(plan.formatted("[11.98%](sales@2027 增速) [12%](sales@2027 增速) [12%左右](sales@2027 增速) [13.8%](sales 增速) [13.8%](sales@2035 增速) [182亿元](sales@2027 变化)")),
				CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_NO_VALUE.id(), CheckType.GROWTH_MISMATCH.id());
		Issue i = only(parse(plan.formatted("[13.8%](sales@2027 增速)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(i.getMessage().contains("318亿元 (2023) → 500亿元 (2027) over 4 years") && i.getMessage().contains("11.98%"), i.getMessage());
		assertEquals(1, issues(parse(plan.formatted("[11.98%](sales 增速)")), CheckType.CLAIM_MISMATCH).size(), "without a year, the rate of the whole span");
	}

	@Test
	void aRelativeRiseOrFallIsOfTheBase() throws Exception {
		// 到2025年，PM2.5平均浓度比2020年下降13.2%: (38 − 33) / 38 = 13.16%; 产值比2020年增长50%: 200 → 300
		String plan = """
				plan p
				indicators {
				  columns base 2020 | target 2023 | target 2025
				  indicator pm（微克/立方米）: 38 | 35 | 33
				  indicator sales（亿元）: 200 | 250 | 300
				}
				para %s
				""";
		assertNone(parse(plan.formatted("[13.2%](pm 降幅) [13.2%](pm@2025 降幅) [13%](pm fall) [约13%](pm 降幅) [50%](sales 增幅) [25%](sales@2023 rise) [-50%](sales 降幅)")),
				CheckType.SYNTAX.id(), CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_NO_VALUE.id());
		Issue i = only(parse(plan.formatted("[15%](pm 降幅)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(i.getMessage().contains("38微克/立方米 (2020) → 33微克/立方米 (2025) over 5 years") && i.getMessage().contains("13.16%"), i.getMessage());
		Issue zh = only(parse(plan.formatted("[15%](pm 降幅)"), Lang.ZH), CheckType.CLAIM_MISMATCH.id());
		assertTrue(zh.getMessage().contains("降幅"), zh.getMessage());
		assertEquals(1, issues(parse(plan.formatted("[13.2%](pm 增幅)")), CheckType.CLAIM_MISMATCH).size(), "a fall is no rise");
		assertEquals(1, issues(parse(plan.formatted("[7%](pm@2023 降幅)")), CheckType.CLAIM_MISMATCH).size(), "to 2023: 38 → 35 is 7.89%");
		Issue none = only(parse("plan p\nindicator x（亿元）{ target 2025: 5 }\npara [5%](x 增幅)\n", Lang.ZH), CheckType.CLAIM_NO_VALUE.id());
		assertTrue(none.getMessage().contains("没有基期值"), none.getMessage());
	}

	@Test
	void numbersThatDifferInTheirLastDigitDiffer() throws Exception {
		// a number rounded as statistics round (四舍五入) stands for [3.35, 3.45): 3.3 is never 3.4, while 3.35 and 3.449 may be
		assertEquals(1, issues(parse(CLAIMS.formatted("[3.3亿元](income@2020)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(CLAIMS.formatted("[3.5亿元](income@2020)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(CLAIMS.formatted("[3.46亿元](income@2020)")), CheckType.CLAIM_MISMATCH).size(), "no value rounds to both");
		// 3.45 may be 3.447, which is 3.4 to one decimal
		assertNone(parse(CLAIMS.formatted("[3.35亿元](income@2020) [3.449亿元](income@2020) [3.45亿元](income@2020) [约3.3亿元](income@2020) [3.4亿元](income@2020)")),
				CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_DIFFERS.id());
	}

	@Test
	void aSentenceThatContradictsTheTableFails() throws Exception {
		// the hi-tech outline: 城镇登记失业率降至4.4%, where the table gives 0.4
		Issue i = only(parse(CLAIMS.formatted("\"城镇登记失业率降至\" [4.4%](jobless@2020) \"。\"")), CheckType.CLAIM_MISMATCH.id());
		assertEquals(Severity.WARNING, i.getSeverity());
		assertEquals("jobless 2020 base: the text says 4.4%, line 5 states 0.4%", i.getMessage());
		assertEquals(List.of("0.4%"), List.of(i.getData()));
		assertEquals(Severity.ERROR, only(parse(CLAIMS.formatted("[88%](air@2020)")), CheckType.CLAIM_MISMATCH.id()).getSeverity());
	}

	@Test
	void aDifferentButCompatibleFigureIsAWarning() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("\"园区营业收入\" [突破1000亿元](revenue@2025)")), CheckType.CLAIM_DIFFERS.id());
		assertEquals(Severity.WARNING, i.getSeverity());
		assertTrue(i.getMessage().contains("the text says 突破1000亿元, line 4 states 1200亿元"), i.getMessage());
	}

	@Test
	void aStatedGrowthThatTheFiguresDoNotGiveFails() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("\"年均增长\" [23.52%](income 增速)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(i.getMessage().contains("1.07亿元 (2015) → 3.4亿元 (2020) over 5 years gives 26.01%"), i.getMessage());
		assertEquals(List.of("26.01%"), List.of(i.getData()));
	}

	@Test
	void aClaimAboutAValueThePlanDoesNotStateIsAWarning() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("[300亿元](revenue@2023)")), CheckType.CLAIM_NO_VALUE.id());
		assertTrue(i.getMessage().contains("the plan states no value of revenue for 2023"), i.getMessage());
		assertTrue(only(parse(CLAIMS.formatted("[300亿元](revenue)")), CheckType.CLAIM_NO_VALUE.id()).getMessage().contains("name the year"));
	}

	@Test
	void aClaimInTheWrongDimensionFails() throws Exception {
		assertTrue(only(parse(CLAIMS.formatted("[301亩](revenue@2020)")), CheckType.UNIT_DIMENSION.id()).getMessage().contains("(area), but the value is 301亿元 (money)"));
	}

	// ---------------------------------------------------------------- count.mismatch

	@Test
	void countWordsMatchTheirLists() throws Exception {
		String text = "plan p\ngroup parks: a, b, c\npara \"建设\" %s \"园区\"\n";
		assertNone(parse(text.formatted("[三大](count parks)")), CheckType.COUNT_MISMATCH.id());
		assertNone(parse(text.formatted("[3个](count parks)")), CheckType.COUNT_MISMATCH.id());
		Issue i = only(parse(text.formatted("[四大](count parks)")), CheckType.COUNT_MISMATCH.id());
		assertEquals("the text says 四大 (4), but parks has 3 items", i.getMessage());
		assertEquals(List.of("三"), List.of(i.getData()));
		assertEquals(List.of("3"), List.of(only(parse(text.formatted("[5大](count parks)")), CheckType.COUNT_MISMATCH.id()).getData()));
		// 双 and 俩 count two
		assertEquals("the text says 双创 (2), but parks has 3 items", only(parse(text.formatted("[双创](count parks)")), CheckType.COUNT_MISMATCH.id()).getMessage());
		assertNone(parse("plan p\ngroup pair: a, b\npara [俩](count pair)\n"), CheckType.COUNT_MISMATCH.id());
	}

	static final String ANNUAL = """
			规划 年度计划
			规划期限 2024—2025
			段 %s
			指标表 {
			  列 目标 2024 | 实际 2024 | 目标 2025 | 属性
			  指标 地区生产总值（亿元）：3240 | 3260 | 3440 | 预期性
			}
			""";

	@Test
	void anAnnualPlansGrowthIsFromWhatLastYearAchieved() throws Exception {
		// 2024年计划 | 2024年预计完成 | 2025年计划: this year's rise is from last year's 预计完成, 3260 → 3440 = 5.52%
		assertNone(parse(ANNUAL.formatted("[5.5%左右](地区生产总值@2025 增幅) [5.52%](地区生产总值 增速)")), CheckType.CLAIM_MISMATCH.id());
		Issue rise = only(parse(ANNUAL.formatted("[6.2%](地区生产总值@2025 增幅)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(rise.getMessage().contains("3260亿元 (2024) → 3440亿元 (2025)"), rise.getMessage());
		// what was achieved and what was planned for the same year are claimed apart
		assertNone(parse(ANNUAL.formatted("[3260亿元](地区生产总值@2024 实际) [3240亿元](地区生产总值@2024)")), CheckType.CLAIM_MISMATCH.id());
		Issue actual = only(parse(ANNUAL.formatted("[3240亿元](地区生产总值@2024 actual)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(actual.getMessage().startsWith("地区生产总值 2024 actual"), actual.getMessage());
		assertEquals(1, issues(parse(ANNUAL.formatted("[3260亿元](地区生产总值@2025 实际)")), CheckType.CLAIM_NO_VALUE.id()).size());
	}

	@Test
	void thePlansAreaAndTheCountOfItsPartsCanBeClaimed() throws Exception {
		String text = """
				规划 甲区规划
				规划范围 32 平方公里 组成 北部片区、中部片区、南部片区
				段 "开发区规划面积" [%s](甲区规划 面积) "，分为" [%s](数量 甲区规划) "片区。"
				功能区 北部片区 { 面积 12 平方公里 }
				功能区 中部片区 { 面积 11 平方公里 }
				功能区 南部片区 { 面积 8 平方公里 }
				""";
		Plan good = parse(text.formatted("3200公顷", "三个"));
		assertNone(good, CheckType.CLAIM_MISMATCH.id());
		assertNone(good, CheckType.COUNT_MISMATCH.id());
		assertNone(good, "reference.unresolved");
		assertTrue(only(parse(text.formatted("30平方公里", "三个")), CheckType.CLAIM_MISMATCH.id()).getMessage().contains("32平方公里"));
		only(parse(text.formatted("32平方公里", "四个")), CheckType.COUNT_MISMATCH.id());
	}

	@Test
	void anElementNamedAsItsPlanIsTheElement() throws Exception {
		// a zone called as the plan is: inside the plan its name is the zone's
		Plan plan = parse("""
				plan 高新区
				area 40 平方公里
				zone 高新区 { area 30 平方公里 }
				para [30平方公里](高新区 area)
				""");
		assertNone(plan, CheckType.CLAIM_MISMATCH.id());
		assertNone(plan, "reference.unresolved");
	}

	@Test
	void countOfAZonesParts() throws Exception {
		String text = "plan p\nzone whole { zone a zone b }\npara [%s](count whole)\n";
		assertNone(parse(text.formatted("两")), CheckType.COUNT_MISMATCH.id());
		only(parse(text.formatted("三")), CheckType.COUNT_MISMATCH.id());
	}
}
