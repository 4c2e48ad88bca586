package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * Numbers of the prose that are not the plan's indicator, though their words are near its name:
 * an industry's revenue, a sum over years, the other of a pair (支出 beside 收入, 省级 beside 国家级),
 * the second item of a list, where a span starts, the phase of another place. Tied to the indicator, each made the draft
 * report a contradiction the plan does not have; each must be left to an indicator of its own or
 * left as text, and the plan's own figures still tied.
 */
class ProseTiesTest {

	static final String TEXT = """
			某区工业园区“十四五”发展规划（2021—2025年）
			第一章 发展基础
			2020年，园区实现营业收入300亿元，年均增长10%；累计完成固定资产投资520亿元；一般公共预算收入12亿元，一般公共预算支出30亿元。一般公共预算收入年均增长7.2%。
			电子信息产业初具规模。依托龙头企业，芯片封装产业链初步形成，2020年实现营业收入80亿元。现代服务业加快发展。物流、金融等领域企业加快集聚，2020年实现营业收入45亿元。
			截至2020年底，园区有国家级企业技术中心2个，省级企业技术中心15个；新三板挂牌企业5家，新四板挂牌企业20家；标准厂房累计建成120万平方米。
			园区投资公司营业收入从0.5亿元增至8亿元。园区距省会150多公里。
			启动并完成110KV园东变电站建设；启动并完成220KV园西变电站建设。
			2020年，园区标准厂房出租率为85%，比2015年提高12个百分点。
			招商引资成效明显。累计引进工业项目40个，新增规上工业企业15家、高新技术企业8家。
			坚持工业转型与城市发展相协调、立足当前与面向未来相统筹两大原则。重点发展大数据服务、软件和信息技术服务两大领域。
			第三章 产业发展
			第一节 做强电子信息产业
			到2025年，营业收入达到150亿元，培育产值10亿元以上企业3家。
			第二章 空间布局
			近期（2021—2023年），园区建设面积5平方公里；远期（2024—2025年），建设面积8平方公里。
			某区工业园区。近期规划面积5平方公里，重点发展电子信息。
			邻县产业园。近期规划面积12平方公里，重点发展装备制造。
			主要指标
			序号	指标名称	单位	2020年	2025年	属性
			1	营业收入	亿元	300	500	预期性
			2	固定资产投资	亿元	100	160	预期性
			3	一般公共预算收入	亿元	12	20	预期性
			4	国家级企业技术中心	个	2	4	预期性
			5	新三板挂牌企业	家	5	10	预期性
			6	标准厂房面积	万平方米	120	200	预期性
			7	高新技术企业	家	30	50	预期性
			""";

	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		draft = Recovery.draft(TEXT);
	}

	@Test
	void thePlansOwnFiguresAreTied() {
		assertTrue(draft.contains("[300亿元](\"营业收入\"@2020)"), draft);
		assertTrue(draft.contains("[12亿元](\"一般公共预算收入\"@2020)"), draft);
		assertTrue(draft.contains("[2个](\"国家级企业技术中心\"@2020)"), draft);
		assertTrue(draft.contains("[5家](\"新三板挂牌企业\"@2020)"), draft);
		assertTrue(draft.contains("[120万平方米](\"标准厂房面积\"@2020)"), "累计建成 counts what stands: the year's value: " + draft);
	}

	@Test
	void anIndustrysRevenueAfterItsRunInHeadingIsThatIndustrys() {
		assertTrue(draft.contains("[80亿元](\"电子信息产业营业收入\"@2020)"), draft);
		assertTrue(draft.contains("[45亿元](\"现代服务业营业收入\"@2020)"), draft);
	}

	@Test
	void anIndustrysRevenueUnderItsHeadingIsThatIndustrys() {
		assertTrue(draft.contains("[达到150亿元](\"电子信息产业营业收入\"@2025)"), draft);
		assertFalse(draft.contains("[10亿元以上]("), "产值10亿元以上企业 is a kind of enterprise, not an amount: " + draft);
	}

	@Test
	void aReviewsRateIsOfTheSpanItLooksBackOn() {
		assertFalse(draft.contains("[7.2%](\"一般公共预算收入\" 增速)"), "the rate of 2016—2020, not of the table's 2020—2025: " + draft);
	}

	@Test
	void aYearComparedWithIsNotTheYearOfWhatFollows() {
		assertTrue(draft.contains("[40个](\"引进工业项目\"@2020)"), "比2015年 compares; the paragraph before is of 2020: " + draft);
	}

	@Test
	void theItemsOfAListOfWhatIsAddedAreAdded() {
		assertFalse(draft.contains("[8家](\"高新技术企业\""), "8 new ones, not the 30 there are: " + draft);
		assertTrue(draft.contains("[8家](\"新增高新技术企业\"@2020)"), draft);
	}

	@Test
	void aSumOverYearsOfAFlowIsAnIndicatorOfItsOwn() {
		assertTrue(draft.contains("[520亿元](\"累计固定资产投资\"@2020)"), draft);
	}

	@Test
	void theOtherOfAPairIsNotTheIndicator() {
		assertFalse(draft.contains("[30亿元](\"一般公共预算收入\""), "支出 is not 收入: " + draft);
		assertFalse(draft.contains("[15个](\"国家级企业技术中心\""), "省级 is not 国家级: " + draft);
		assertTrue(draft.contains("[20家](\"新四板挂牌企业\"@2020)"), "the second of a list names its own: " + draft);
	}

	@Test
	void aPhaseOfAnotherPlaceIsNotThePlansPhase() {
		assertTrue(draft.contains("[5平方公里](\"近期\" 面积) \"，重点发展电子信息"), "the plan's own place: " + draft);
		assertFalse(draft.contains("[12平方公里](\"近期\" 面积)"), "邻县产业园's 近期 is not the plan's: " + draft);
	}

	@Test
	void aListsItemsMayHoldAConnective() {
		assertTrue(draft.contains("\"工业转型与城市发展相协调\", \"立足当前与面向未来相统筹\""), draft);
		assertTrue(draft.contains("\"大数据服务\", \"软件和信息技术服务\""), "an industry of the national classification: " + draft);
	}

	@Test
	void aVoltageBeforeWhatItNamesIsItsClass() {
		assertFalse(draft.contains("[220KV]("), draft);
	}

	@Test
	void moreThanIsNotPartOfTheUnit() {
		assertTrue(draft.contains("（公里） { 基期 2020：150多公里 }"), draft);
	}

	@Test
	void whereASpanStartsIsNoYearsValue() {
		assertFalse(draft.contains("[0.5亿元](\"营业收入\""), draft);
	}

	@Test
	void theDraftChecksWithoutAContradictionThePlanDoesNotHave() throws Exception {
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(draft), draft);
		Path file = Files.createTempFile("prose-ties", ".plan");
		try {
			Files.writeString(file, draft);
			List<PlanDiagnostic> found = PlanChecker.create().check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics();
			assertEquals(List.of(), found.stream().filter(d -> d.check().startsWith("claim") || d.check().startsWith("count") || d.check().startsWith("unit")).toList(),
					draft);
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
