package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * The prose of sector plans (energy, health, ecology), whose sentences look back on the last
 * five-year plan by its name, name indicators with a bracket inside (每千人口执业（助理）医师数) and
 * state what falls by how much.
 */
class SectorPlanProseTest {

	static final String TEXT = """
			某市能源与卫生健康发展“十四五”规划
			第一章 发展基础
			“十三五”期间，全社会用电量达到420亿千瓦时，年均增长6.8%。电力装机容量达到980万千瓦。全市新建、改扩建变电站26座。
			第二章 发展目标
			到2025年，全社会用电量达到560亿千瓦时，年均增长5.9%。每千人口执业（助理）医师数达到3.4人。电力装机容量比“十三五”末增加370万千瓦。孕产妇死亡率控制在10/10万以下，人均生活用电量达到1050千瓦·时，劳动年龄人口平均受教育年限达到11.2年。
			到2025年，细颗粒物（PM2.5）平均浓度比2020年下降13.2%，单位地区生产总值能耗比2020年下降14%，全社会用电量比上年增长6%，电力装机容量比2015年增长80%。
			主要指标
			序号	指标名称	单位	2020年	2025年	年均增速	属性
			1	全社会用电量	亿千瓦时	420	560	5.9%	预期性
			2	电力装机容量	万千瓦	980	1350	6.6%	预期性
			3	每千人口执业（助理）医师数	人	2.9	3.4	—	预期性
			4	孕产妇死亡率	1/10万	11.2	＜10	—	预期性
			5	人均生活用电量	千瓦·时	820	1050	5.1%	预期性
			6	火电供电标准煤耗	克标准煤/千瓦时	305	298	—	预期性
			7	细颗粒物（PM2.5）平均浓度	微克/立方米	38	33	—	约束性
			8	单位地区生产总值能耗降低	%	—	—	[14]	约束性
			9	劳动年龄人口平均受教育年限	年	10.6	11.2	—	预期性
			""";

	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		draft = Recovery.draft(TEXT);
	}

	@Test
	void theLastFiveYearPlanIsTheYearItEnded() {
		assertTrue(draft.contains("[达到420亿千瓦时](\"全社会用电量\"@2020)"), draft);
		assertTrue(draft.contains("[达到980万千瓦](\"电力装机容量\"@2020)"), draft);
	}

	@Test
	void verbsBeforeAnEnumerationCommaAreWaysOfOneThing() {
		assertTrue(draft.contains("[26座](\"新建、改扩建变电站\"@2020)"), draft);
	}

	@Test
	void aRateOfTheLastFiveYearPlanIsNotThePlansRate() {
		assertFalse(draft.contains("[6.8%]"), "the rate of 2016—2020 is no column's: " + draft);
		assertTrue(draft.contains("[5.9%](\"全社会用电量\" 增速)"), draft);
	}

	@Test
	void aBracketClosedBeforeTheAmountIsPartOfTheName() {
		assertTrue(draft.contains("[达到3.4人](\"每千人口执业（助理）医师数\"@2025)"), draft);
		assertFalse(draft.contains("\"助理）"), draft);
	}

	@Test
	void theUnitsOfSectorPlansAreKept() {
		assertTrue(draft.contains("\"孕产妇死亡率\"（1/10万）：11.2 | ＜10"), draft);
		assertTrue(draft.contains("\"人均生活用电量\"（千瓦·时）：820 | 1050"), draft);
		assertTrue(draft.contains("\"火电供电标准煤耗\"（克标准煤/千瓦时）：305 | 298"), draft);
		assertTrue(draft.contains("[10/10万以下](\"孕产妇死亡率\"@2025)"), draft);
		assertTrue(draft.contains("[达到1050千瓦·时](\"人均生活用电量\"@2025)"), draft);
		assertTrue(draft.contains("[达到11.2年](\"劳动年龄人口平均受教育年限\"@2025)"), "a number of years with decimals is no date: " + draft);
	}

	@Test
	void aFallFromTheBaseIsItsRelativeFallOrTheChangeOfTheIndicatorThatIsTheFall() {
		assertTrue(draft.contains("[13.2%](\"细颗粒物（PM2.5）平均浓度\"@2025 降幅)"), draft);
		assertTrue(draft.contains("[14%](\"单位地区生产总值能耗降低\" 变化)"), draft);
		assertFalse(draft.contains("[6%]("), "比上年 is not the base: " + draft);
		assertFalse(draft.contains("[80%]("), "2015 is not the base: " + draft);
	}

	@Test
	void aComparisonWithTheLastFiveYearPlanIsOfThePlansYear() {
		// 比“十三五”末增加370万千瓦: the year is still 2025; the change is left as text
		assertFalse(draft.contains("[370万千瓦](\"电力装机容量\"@2020)"), draft);
	}

	@Test
	void whatATaskAddsIsItsPartOfWhatThePlanAdds(@TempDir Path dir) throws Exception {
		// the plan adds 15,000 school places; its two tasks add 6,000 and 9,000 of them
		String text = """
				某县教育事业发展“十四五”规划
				第一章 发展目标
				表1 主要指标
				指标	单位	2020年	2025年	属性
				新增学位	个	—	[15000]	预期性
				高中阶段毛入学率	%	90.1	93	预期性
				第二章 主要任务
				一、扩大普惠性学前教育资源
				新建公办幼儿园20所，新增学位6000个，高中阶段毛入学率达到93%。（牵头单位：县教育局）
				二、推进义务教育优质均衡
				新建中小学校8所，新增学位9000个。（牵头单位：县教育局）
				""";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("新增学位6000个") && plan.contains("新增学位9000个"), "left as text: " + plan);
		assertTrue(plan.contains("[达到93%](\"高中阶段毛入学率\"@2025)"), "what stands is still the plan's: " + plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
	}

	@Test
	void aReviewsSumOverItsSpanIsNoYearsValue(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft("""
				某县文化和旅游发展“十四五”规划
				第一章 发展基础
				“十三五”期间，全县累计接待游客1.2亿人次，实现旅游总收入980亿元。2020年，全县接待游客2100万人次，旅游总收入168亿元。
				第二章 发展目标
				专栏1 主要指标
				序号	指标	单位	2020年	2025年	年均增长	属性
				1	接待游客人次	万人次	2100	3500	10.8%	预期性
				2	旅游总收入	亿元	168	300	12.3%	预期性
				""");
		assertTrue(plan.contains("实现旅游总收入980亿元"), "left as text: " + plan);
		assertTrue(plan.contains("[168亿元](\"旅游总收入\"@2020)"), plan);
		// the year's 接待游客 is not the sum 累计接待游客
		assertFalse(plan.contains("[2100万人次](\"全县累计接待游客\"@2020)"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
	}

	@Test
	void thePartsOfWhatWasJustNamedDoNotExceedIt(@TempDir Path dir) throws Exception {
		// 为 states the total as it is (达到 would make it a floor, which parts of any size may fit)
		String text = """
				某市能源发展“十四五”规划（2021—2025年）
				第一章 发展目标
				到2025年，可再生能源装机为610万千瓦，其中光伏发电装机%s万千瓦、风电装机220万千瓦，全社会用电量达到560亿千瓦时。
				""";
		String plan = Recovery.draft(text.formatted("380"));
		assertTrue(plan.contains("其中 \"可再生能源装机\"：\"光伏发电装机\"，\"风电装机\""), plan);
		assertFalse(plan.contains("\"全社会用电量\"\n"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
		String over = Recovery.draft(text.formatted("480"));
		List<PlanDiagnostic> findings = Recovery.draftFindings(dir, over);
		assertEquals(1, findings.size(), findings::toString);
		assertTrue(findings.get(0).check().startsWith("sum."), findings::toString);
	}

	@Test
	void theDraftReportsNothingThePlanDoesNotSay(@TempDir Path dir) throws Exception {
		List<PlanDiagnostic> findings = Recovery.draftFindings(dir, draft);
		assertEquals(List.of(), findings, draft);
	}
}
