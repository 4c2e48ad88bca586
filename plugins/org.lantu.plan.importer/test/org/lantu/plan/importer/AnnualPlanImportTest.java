package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * An annual plan (年度计划): the report on last year's plan and this year's, whose table states last
 * year's plan, what last year achieved (预计完成) and this year's plan, and whose text says what was
 * achieved and by how much this year is to grow from it.
 */
class AnnualPlanImportTest {

	static final String TEXT = """
			关于某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告
			——2025年1月10日在某市第十八届人民代表大会第五次会议上
			一、2024年国民经济和社会发展计划执行情况
			2024年，全市地区生产总值预计完成%s亿元，同比增长5.8%%；社会消费品零售总额达到1380亿元，增长6.1%%。
			二、2025年经济社会发展的主要目标
			2025年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%%左右；社会消费品零售总额增长6%%。
			表1 2025年全市国民经济和社会发展主要指标
			指标	单位	2024年计划	2024年预计完成	2025年计划	属性
			地区生产总值	亿元	3240	3260	3440	预期性
			地区生产总值增速	%%	5.5	5.8	5.5左右	预期性
			社会消费品零售总额	亿元	1370	1380	1463	预期性
			三、2025年重点工作
			（一）促进消费增长。社会消费品零售总额达到1463亿元。（牵头单位：市商务局）
			""";

	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		draft = Recovery.draft(TEXT.formatted("3260"));
	}

	@Test
	void theReportIsOfBothYears() {
		assertTrue(draft.contains("规划 \"关于某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\""), draft);
		assertTrue(draft.contains("文种 \"报告\"\n"), draft);
		assertTrue(draft.contains("规划期限 2024—2025\n"), draft);
		// the day it was delivered is its date, and the line stays as a comment
		assertTrue(draft.contains("成文日期 2025年1月10日\n"), draft);
		assertTrue(draft.contains("// ——2025年1月10日在某市第十八届人民代表大会第五次会议上"), draft);
		// a title may open on its year
		assertTrue(draft.contains("章 1 \"2024年国民经济和社会发展计划执行情况\" {"), draft);
	}

	@Test
	void lastYearsPlanIsATargetAndWhatItAchievedAnActual() {
		assertTrue(draft.contains("列 目标 2024 | 实际 2024 | 目标 2025 | 属性\n"), draft);
		assertTrue(draft.contains("预计完成\" [3260亿元](\"地区生产总值\"@2024 实际)"), draft);
		assertTrue(draft.contains("[达到1380亿元](\"社会消费品零售总额\"@2024 实际)"), draft);
	}

	@Test
	void aTargetOfNoYearIsTheLastYearsWhenItsVerbIsPartOfTheAmount() {
		// 达到 is read with the amount ([达到1463亿元]); the sentence still sets a target
		assertTrue(draft.contains("段 \"社会消费品零售总额\" [达到1463亿元](\"社会消费品零售总额\"@2025)"), draft);
	}

	@Test
	void aRateTheTableStatesInARowIsThatRowsValue() {
		assertTrue(draft.contains("同比增长\" [5.8%](\"地区生产总值增速\"@2024 实际)"), draft);
		assertTrue(draft.contains("地区生产总值增长\" [5.5%左右](\"地区生产总值增速\"@2025)"), draft);
		// no row of its own: the rise from what was achieved
		assertTrue(draft.contains("社会消费品零售总额增长\" [6%](\"社会消费品零售总额\"@2025 增幅)"), draft);
	}

	@Test
	void theDraftChecksCleanAndFindsWhatWasAchievedStatedTwiceDifferently(@TempDir Path dir) throws Exception {
		assertEquals(List.of(), Recovery.draftFindings(dir, draft));
		List<PlanDiagnostic> findings = Recovery.draftFindings(dir, Recovery.draft(TEXT.formatted("3280")));
		assertEquals(List.of("claim.mismatch"), findings.stream().map(PlanDiagnostic::check).toList());
		assertTrue(findings.get(0).message().contains("3260亿元"), findings::toString);
	}

	@Test
	void aGovernmentWorkReportIsOfTheYearBeforeItsDayAndOfItsYear(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft("""
				政府工作报告
				——2025年1月8日在某县第十八届人民代表大会第四次会议上
				一、2024年工作回顾
				过去一年，全县地区生产总值完成385亿元，增长6.2%。
				全年新增市场主体5200户，其中新增企业1300户。比去年多新增企业200户。
				二、2025年工作安排
				今年，全县地区生产总值力争达到410亿元。
				（一）扩大有效投资。全年实施重点项目150个，年度计划投资210亿元。其中，产业项目85个，年度计划投资120亿元；基础设施项目40个，年度计划投资60亿元。
				""");
		assertTrue(plan.contains("成文日期 2025年1月8日\n规划期限 2024—2025\n"), plan);
		// what the review says the year achieved is its actual; 今年 is the report's year
		assertTrue(plan.contains("[385亿元](\"全县地区生产总值\"@2024)"), plan);
		assertTrue(plan.contains("实际 2024：385亿元"), plan);
		assertTrue(plan.contains("[达到410亿元](\"全县地区生产总值\"@2025)"), plan);
		assertTrue(plan.contains("其中 \"新增市场主体\"：\"新增企业\""), plan);
		// 比去年 compares, it names no year
		assertTrue(plan.contains("比去年多新增企业200户"), plan);
		// each item's 年度计划投资 is not the total's
		assertTrue(plan.contains("[210亿元](\"年度计划投资\"@2025)"), plan);
		assertTrue(plan.contains("年度计划投资120亿元；"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
	}
}
