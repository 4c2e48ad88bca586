package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.TextSource;

/**
 * A 纲要 copied from a web page or a spreadsheet: its indicator table one line a row, the category
 * cell merged over the rows below it (so they start with a tab), rows marked 其中, a 专栏 line
 * above the table, and a title that names its period the long way (第十四个五年…二〇三五年远景目标).
 */
class RowTableImportTest {

	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		try (InputStream in = RowTableImportTest.class.getResourceAsStream("/outline-rows.txt")) {
			String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			draft = Recovery.draft(source);
		}
	}

	@Test
	void theDraftParses() {
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(draft), draft);
	}

	@Test
	void rowsUnderAMergedCategoryStayInTheTable() {
		List<SourceBlock> blocks = TextSource.read("类别\t指标\t2020年\n经济\t甲\t1\n\t乙\t2\n\t丙\t3\n绿色\t丁\t4\n");
		assertEquals(1, blocks.size(), blocks::toString);
		SourceBlock.Table table = (SourceBlock.Table) blocks.get(0);
		assertEquals(5, table.rows().size());
		assertEquals(List.of("", "乙", "2"), table.rows().get(2).stream().map(SourceBlock.SourceCell::text).toList());
		assertTrue(draft.contains("""
				      类别 "经济发展" {
				        指标 "地区生产总值"（亿元）：200 | 320 | 9.9% | 预期性
				        指标 其中："工业增加值"（亿元）：80 | 130 | 10.2% | 预期性
				        指标 其中："数字经济核心产业增加值占比"（%）：6 | 10 | — | 预期性
				        指标 "规上工业总产值"（亿元）：350 | 600 | [250] | 预期性
				      }
				      类别 "绿色发展" {
				        指标 "单位GDP能耗降低"（%）：— | [13.5] | — | 约束性
				      }
				"""), draft);
	}

	@Test
	void aLineOfOneCellBetweenRowsNamesTheCategoryOfTheRowsUnderIt() throws Exception {
		String text = """
				县工业发展规划（2021—2025年）

				第一章 发展目标
				表1 主要指标
				指标	2020年基数	2025年目标	年均增长（%）	指标属性
				一、总量规模
				工业总产值（亿元）	210	350	10.8	预期性
				规上工业增加值（亿元）	60	95	9.6	预期性
				二、结构优化
				高新技术产业产值占比（%）	25	35	[10]	预期性

				二、重点任务
				""";
		List<SourceBlock> blocks = TextSource.read(text);
		SourceBlock.Table table = (SourceBlock.Table) blocks.stream().filter(b -> b instanceof SourceBlock.Table).findFirst().orElseThrow();
		assertEquals(6, table.rows().size(), table::toString);
		assertEquals(List.of("一、总量规模"), table.rows().get(1).stream().map(SourceBlock.SourceCell::text).toList());
		String plan = Importer.of(blocks, "text", Recovery.CHECKER::syntaxErrorLines).plan();
		assertTrue(plan.contains("""
				      类别 "一、总量规模" {
				        指标 "工业总产值"（亿元）：210 | 350 | 10.8 | 预期性
				        指标 "规上工业增加值"（亿元）：60 | 95 | 9.6 | 预期性
				      }
				      类别 "二、结构优化" {
				        指标 "高新技术产业产值占比"（%）：25 | 35 | [10] | 预期性
				      }
				"""), plan);
		// a caption between two tables of one line a row starts the second
		List<SourceBlock> two = TextSource.read("指标\t2020年\n甲\t1\n表2 乙表\n指标\t2025年\n乙\t2\n");
		assertEquals(3, two.size(), two::toString);
		// the heading after the table's empty line is a heading again
		assertTrue(plan.contains("  节 2 \"重点任务\""), plan);
	}

	@Test
	void aBoxLineAboveItsItemsMakesABoxOfProjects() throws Exception {
		String text = """
				县工业发展规划（2021—2025年）

				第二章 重点项目
				专栏1 重点工业项目
				1.年产10万吨新材料项目：总投资25亿元，占地300亩，建设期2022—2024年。
				2.智能装备产业园项目：总投资18亿元，分两期建设，一期投资10亿元，二期投资8亿元。

				全县共谋划项目50个。
				""";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("  专栏 1 \"重点工业项目\" {\n    项目 \"年产10万吨新材料项目\" {\n      总投资 25亿元\n      占地 300亩\n      建设期 2022—2024\n"), plan);
		assertTrue(plan.contains("    项目 \"智能装备产业园项目\" {\n      总投资 18亿元\n      分期 \"一期\" { 总投资 10亿元 }\n      分期 \"二期\" { 总投资 8亿元 }\n"), plan);
		// the box ends at its empty line: the text after it is the chapter's
		assertTrue(plan.contains("  }\n  段 \"全县共谋划项目50个。\"\n}"), plan);
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(plan), plan);
		// a 专栏 line that nothing follows stays a paragraph
		assertTrue(Recovery.draft("县规划\n\n专栏1 重点工业项目\n")
				.contains("段 \"专栏1 重点工业项目\""));
	}

	@Test
	void aChangeThatNamesTheLevelItReachesClaimsThatLevel(@TempDir Path dir) throws Exception {
		String text = "某区发展规划（2021—2025年）\n\n第一章 发展目标\n表1 主要指标\n指标\t单位\t2020年\t2025年\n研发经费投入强度\t%\t2.1\t3\n"
				+ "森林覆盖率\t%\t40\t42\n单位GDP能耗\t吨标煤/万元\t0.62\t0.50\n\n"
				+ "到2025年，研发经费投入强度提升至3%，森林覆盖率提高到42%，单位GDP能耗较2020年下降8%。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("研发经费投入强度提升至\" [3%](\"研发经费投入强度\"@2025) \"，森林覆盖率提高到\" [42%](\"森林覆盖率\"@2025)"), plan);
		// a change without the level it reaches (较2020年下降8%) is no value of the indicator: it is its fall from the
		// base, which the figures give as (0.62 − 0.50) / 0.62 = 19.35%, and the draft says so
		assertTrue(plan.contains("单位GDP能耗较2020年下降\" [8%](\"单位GDP能耗\"@2025 降幅)"), plan);
		List<String> findings = Recovery.draftFindings(dir, plan).stream().map(d -> d.check() + " " + d.message()).toList();
		assertEquals(1, findings.size(), findings::toString);
		assertTrue(findings.get(0).startsWith("claim.mismatch") && findings.get(0).contains("19.35%"), findings::toString);
	}

	@Test
	void aTableOfIndustriesWithARowOfTotalsAddsUp(@TempDir Path dir) throws Exception {
		// the name column headed 产业, not 指标; the row of totals a 合计 of the rows above it, a 小计 of its group
		String text = """
				某经济技术开发区产业发展规划（2024—2030年）
				第一章 发展目标
				到2030年，电子信息产业产值达到500亿元。
				表1 主导产业发展目标
				产业	单位	2023年	2030年
				电子信息	亿元	180	500
				装备制造	亿元	150	400
				小计	亿元	330	900
				新材料	亿元	90	%s
				生物医药	亿元	40	100
				小计	亿元	130	400
				合计	亿元	460	1300
				""";
		String plan = Recovery.draft(text.formatted("300"));
		assertTrue(plan.contains("指标 \"电子信息\"（亿元）：180 | 500"), plan);
		assertTrue(plan.contains("指标 \"主导产业发展目标合计\" \"合计\"（亿元）：460 | 1300"), "shown as the table has it: " + plan);
		assertTrue(plan.contains("合计 \"主导产业发展目标小计\" = \"电子信息\" + \"装备制造\"")
				&& plan.contains("合计 \"主导产业发展目标小计（2）\" = \"新材料\" + \"生物医药\"")
				&& plan.contains("合计 \"主导产业发展目标合计\" = \"电子信息\" + \"装备制造\" + \"新材料\" + \"生物医药\""), plan);
		assertTrue(plan.contains("[达到500亿元](\"电子信息\"@2030)"), "电子信息产业 is the row 电子信息: " + plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
		List<String> wrong = Recovery.draftFindings(dir, Recovery.draft(text.formatted("310"))).stream().map(d -> d.check()).toList();
		assertEquals(List.of("sum.mismatch", "sum.mismatch"), wrong, "the 小计 and the 合计 no longer add up");
	}

	@Test
	void aTotalAddsUpTheRowsSinceTheTotalBefore(@TempDir Path dir) throws Exception {
		// each category of its own total: the second 合计 is not of the first's rows
		String text = "某区发展规划（2021—2025年）\n\n第一章 发展目标\n表1 产业目标\n产业\t单位\t2020年\t2025年\n一、工业\n电子\t亿元\t10\t20\n机械\t亿元\t5\t8\n"
				+ "合计\t亿元\t15\t28\n二、服务业\n物流\t亿元\t3\t6\n商贸\t亿元\t4\t5\n合计\t亿元\t7\t11\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("合计 \"产业目标合计\" = \"电子\" + \"机械\"") && plan.contains("合计 \"产业目标合计（2）\" = \"物流\" + \"商贸\""), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
	}

	@Test
	void numbersWithTheirThousandsGroupedByCommasAreNumbers(@TempDir Path dir) throws Exception {
		// tables pasted from a spreadsheet: 12,580; the language writes numbers without the commas
		String text = "某市发展规划（2021—2025年）\n\n第一章 发展目标\n表1 主要指标\n指标\t单位\t2020年\t2025年\n公路总里程\t公里\t12,580\t13,500\n"
				+ "地区生产总值\t亿元\t1,234.5\t1,800\n\n到2025年，公路总里程达到13,500公里，地区生产总值达到1,800亿元，重点推进第1,2,3项工程。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("指标 \"公路总里程\"（公里）：12580 | 13500") && plan.contains("指标 \"地区生产总值\"（亿元）：1234.5 | 1800"), plan);
		assertTrue(plan.contains("[达到13500公里](\"公路总里程\"@2025)") && plan.contains("[达到1800亿元](\"地区生产总值\"@2025)"), plan);
		assertTrue(plan.contains("第1,2,3项"), "a list of numbers is no grouped number: " + plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
	}

	@Test
	void anAmountPerUnitIsTiedToTheIndicatorInThatUnitOnly(@TempDir Path dir) throws Exception {
		String text = "某园区发展规划（2021—2025年）\n\n第一章 发展目标\n表1 主要指标\n指标\t单位\t2020年\t2025年\n投资强度\t万元/亩\t250\t300\n"
				+ "工业总产值\t亿元\t200\t400\n\n到2025年，投资强度达到300万元/亩以上，工业总产值达到400亿元。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("[达到300万元/亩以上](\"投资强度\"@2025)"), plan);
		assertTrue(plan.contains("[达到400亿元](\"工业总产值\"@2025)"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
	}

	@Test
	void aShareOfTheIndicatorJustNamedIsAShareTheChecksCompute(@TempDir Path dir) throws Exception {
		String text = "某市数字经济三年行动计划（2023—2025年）\n\n一、总体目标\n到2025年，全市数字经济核心产业增加值达到450亿元，占地区生产总值比重达到%s。\n\n"
				+ "表1 年度目标\n指标\t单位\t2022年\t2025年\n数字经济核心产业增加值\t亿元\t300\t450\n地区生产总值\t亿元\t3200\t3750\n";
		String plan = Recovery.draft(text.formatted("12%"));
		assertTrue(plan.contains("占比 \"数字经济核心产业增加值占地区生产总值比重\" = \"数字经济核心产业增加值\" / \"地区生产总值\""), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
		assertEquals(List.of("share.mismatch"), Recovery.draftFindings(dir, Recovery.draft(text.formatted("13%"))).stream().map(d -> d.check()).toList());
	}

	@Test
	void aGrowthRateToAYearBeforeTheTablesLastIsOfThatSpan(@TempDir Path dir) throws Exception {
		String text = "某开发区总体发展规划（2024—2035年）\n\n第一章 发展目标\n到2027年，规上工业总产值达到146.41亿元，年均增长%s。\n\n"
				+ "表1 主要指标\n指标\t单位\t2023年\t2027年\t2035年\n规上工业总产值\t亿元\t100\t146.41\t300\n";
		String plan = Recovery.draft(text.formatted("10%"));
		assertTrue(plan.contains("[10%](\"规上工业总产值\"@2027 增速)"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
		assertEquals(List.of("claim.mismatch"), Recovery.draftFindings(dir, Recovery.draft(text.formatted("12%"))).stream().map(d -> d.check()).toList());
	}

	@Test
	void aTerritorialPlansTableOfItemsAndNamesAndItsCountysArea(@TempDir Path dir) throws Exception {
		// 国土空间总体规划: 指标项 heads the categories, 指标名称 the names; the county's 国土总面积 is the plan's area,
		// not the 中心城区's after 其中
		String text = "某县国土空间总体规划（2021—2035年）\n\n第一章 规划总则\n规划范围为县域全域，国土总面积1856平方公里，其中中心城区规划面积42.6平方公里。\n\n"
				+ "第二章 目标与指标\n表1 规划指标表\n指标项\t指标名称\t单位\t2020年基期\t2035年\t属性\n空间底线\t耕地保有量\t万亩\t53.1\t≥52.3\t约束性\n"
				+ "空间底线\t永久基本农田保护面积\t万亩\t46.8\t≥46.8\t约束性\n空间品质\t森林覆盖率\t%\t45.2\t48\t预期性\n\n"
				+ "到2035年，耕地保有量不低于52.3万亩，森林覆盖率达到48%。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("规划范围 1856 平方公里"), plan);
		assertTrue(plan.contains("类别 \"空间底线\" {\n        指标 \"耕地保有量\"（万亩）：53.1 | ≥52.3 | 约束性\n        指标 \"永久基本农田保护面积\"（万亩）"), plan);
		assertTrue(plan.contains("[不低于52.3万亩](\"耕地保有量\"@2035)") && plan.contains("[达到48%](\"森林覆盖率\"@2035)"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
	}

	@Test
	void anAmountPerDayOrYearIsReadWithItsTime(@TempDir Path dir) throws Exception {
		String text = "某县城乡基础设施建设规划（2021—2025年）\n\n第一章 发展目标\n表1 主要指标\n指标\t单位\t2020年\t2025年\n污水处理能力\t万吨/日\t3\t5\n"
				+ "接待游客\t万人次/年\t120\t200\n\n到2025年，污水处理能力达到5万吨/日，接待游客200万人次/年。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("\"污水处理能力\"（万吨/日）：3 | 5") && plan.contains("\"接待游客\"（万人次/年）：120 | 200"), plan);
		assertTrue(plan.contains("[达到5万吨/日](\"污水处理能力\"@2025)"), plan);
		assertTrue(plan.contains("[200万人次/年](\"接待游客\"@2025)"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList());
	}

	@Test
	void aBareMeasureIsOfWhatTheClauseBeforeNames() throws Exception {
		String text = "某区发展规划（2021—2025年）\n\n第一章 重点任务\n做强电子信息产业，到2025年产值突破1000亿元。壮大新材料产业集群，营业收入达到300亿元。\n"
				+ "到2025年，全区营业收入达到900亿元。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("[突破1000亿元](\"电子信息产业产值\"@2025)"), plan);
		assertTrue(plan.contains("[达到300亿元](\"新材料产业集群营业收入\"@2025)"), plan);
		// after a clause that names no industry (到2025年), a measure stays as it is (全区 is the plan's own)
		assertTrue(plan.contains("[达到900亿元](\"营业收入\"@2025)"), plan);
	}

	@Test
	void whatIsAddedIsNoValueOfWhatThereIs() throws Exception {
		String text = "某区优化营商环境工作方案\n\n一、工作目标\n到2025年，全区市场主体达到5万户，每年新增市场主体1万户。2025年新增市场主体1.2万户。\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("[达到5万户](\"市场主体\"@2025)"), plan);
		assertFalse(plan.contains("](\"市场主体\"@2025) \"。\""), plan);
		assertTrue(plan.contains("[1.2万户](\"新增市场主体\"@2025)"), plan);
	}

	@Test
	void aTableOfTasksGivesTasksLedByTheirUnits(@TempDir Path dir) throws Exception {
		String text = "某区优化营商环境工作方案\n\n一、工作目标\n到2025年，全区市场主体达到5万户。\n\n二、保障措施\n表1 重点任务分工表\n"
				+ "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
				+ "一、优化政务服务\n"
				+ "1\t推进“一网通办”，政务服务事项网上可办率达到98%\t区政务服务局\t区大数据局\t2025年底前\n"
				+ "2\t优化企业开办流程\t区市场监管局\t区发改局、区商务局\t持续推进\n"
				+ "3\t建设人才公寓500套\t区住建局\t\t2024年\n"
				+ "4\t完善企业服务专员制度\t\t\t2025年\n";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("""
				  节 "重点任务分工表" {
				    段 "一、优化政务服务"
				    任务 1 "推进“一网通办”，政务服务事项网上可办率达到98%" {
				      牵头单位 "区政务服务局"
				      配合单位 "区大数据局"
				      完成时限 2025
				    }
				    任务 2 "优化企业开办流程" {
				      牵头单位 "区市场监管局"
				      配合单位 "区发改局", "区商务局"
				      段 "完成时限：持续推进"
				    }
				    任务 3 "建设人才公寓500套" {
				      牵头单位 "区住建局"
				      完成时限 2024
				    }
				    节 4 "完善企业服务专员制度" {
				      段 "完成时限：2025年"
				    }
				  }
				"""), plan);
		for (String unit : List.of("区政务服务局", "区大数据局", "区市场监管局", "区发改局", "区商务局", "区住建局")) {
			assertTrue(plan.contains("机构 \"" + unit + "\"\n"), unit + " in\n" + plan);
		}
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(plan), plan);
		Path file = Files.writeString(dir.resolve("tasks.plan"), plan);
		var report = PlanChecker.create().check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT);
		assertEquals(List.of(), report.diagnostics().stream().filter(d -> !d.check().startsWith("coverage")).map(d -> d.format()).toList());
		// a Word table whose first row is its title across it
		List<List<SourceBlock.SourceCell>> rows = new ArrayList<>();
		rows.add(List.of(new SourceBlock.SourceCell("表2 重点任务分工表", 3, false), new SourceBlock.SourceCell("", 0, false),
				new SourceBlock.SourceCell("", 0, false)));
		rows.add(List.of(SourceBlock.SourceCell.of("重点任务"), SourceBlock.SourceCell.of("责任单位"), SourceBlock.SourceCell.of("完成时间")));
		rows.add(List.of(SourceBlock.SourceCell.of("建设孵化平台"), SourceBlock.SourceCell.of("区科技局"), SourceBlock.SourceCell.of("2026年6月")));
		String word = Importer.of(List.of(new SourceBlock.Para(1, "某区方案", 0), new SourceBlock.Para(2, "一、任务", 0), new SourceBlock.Table(3, rows)), "docx",
				Recovery.CHECKER::syntaxErrorLines).plan();
		assertTrue(word.contains("节 \"重点任务分工表\" {\n    任务 1 \"建设孵化平台\" {\n      牵头单位 \"区科技局\"\n      完成时限 2026\n"), word);
		// a table with no column of the units that lead stays a table
		String plain = "某区方案\n\n一、任务\n序号\t工作任务\t完成时限\n1\t甲\t2025年\n";
		assertTrue(Recovery.draft(plain).contains("表头 \"序号\" | \"工作任务\" | \"完成时限\""));
	}

	@Test
	void aWordCellsTabbedLineIsStillACell() {
		// Word's text: each cell on a line of its own after one tab, rows apart by an empty line
		List<SourceBlock> blocks = TextSource.read("\t指标\n\t2020年\n\n\t甲\n\t1\n");
		assertEquals(1, blocks.size(), blocks::toString);
		assertEquals(2, ((SourceBlock.Table) blocks.get(0)).rows().size());
	}

	@Test
	void aBoxLineAboveTheRowsMakesABoxOfTheTableAndItsNote() {
		assertTrue(draft.contains("  专栏 1 \"主要指标\" {\n    指标表 {"), draft);
		assertTrue(draft.contains("    注 \"注：[]内为五年累计数。\"\n  }"), draft);
	}

	@Test
	void aRowMarkedOfWhichIsWrittenAsTheTableHasIt() {
		// a part of the row above; a share in % under it is a measure of that row, which the check says it leaves unchecked
		assertTrue(draft.contains("        指标 其中：\"工业增加值\"（亿元）：80 | 130 | 10.2% | 预期性\n"), draft);
		assertTrue(draft.contains("        指标 其中：\"数字经济核心产业增加值占比\"（%）：6 | 10 | — | 预期性\n"), draft);
		assertFalse(draft.contains("其中 \"地区生产总值\""), draft);
	}

	@Test
	void theTitleNamesThePeriodAndTheOutlookTheLongWay() {
		assertTrue(draft.contains("规划期限 2021—2025\n展望 2035\n"), draft);
	}

	@Test
	void theAreaIsThePlansNotAZonesAndKeepsItsAbout() throws Exception {
		assertTrue(draft.contains("规划范围 约36 平方公里\n"), draft);
		String zonesOnly = """
				某区发展规划（2021—2025年）

				第一章 空间布局
				（一）起步区。规划面积约12平方公里。
				（二）拓展区。规划面积约20平方公里。
				""";
		String plan = Recovery.draft(zonesOnly);
		assertFalse(plan.contains("规划范围"), plan);
		String bare = "某区发展规划（2021—2025年）\n\n第一章 总体要求\n规划面积15平方公里，包括起步区和拓展区。\n";
		plan = Recovery.draft(bare);
		assertTrue(plan.contains("规划范围 15 平方公里\n"), plan);
	}

	@Test
	void aRateOfTheYearsBeforeTheTableIsNotTheIndicatorsRate() {
		// 由2015年的120亿元增长到2020年的200亿元，年均增长10.8%: the indicator runs from 2020 to 2025
		assertTrue(draft.contains("年均增长10.8%。"), draft);
		assertTrue(draft.contains("段 \"到2025年，地区生产总值年均增长\" [9.9%](\"地区生产总值\" 增速) \"。\""), draft);
	}

	@Test
	void theDraftChecksClean(@TempDir Path dir) throws Exception {
		Path plan = dir.resolve("outline.plan");
		Files.writeString(plan, draft);
		var report = PlanChecker.create().check(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT);
		assertEquals(List.of(), report.diagnostics().stream().filter(d -> !d.check().startsWith("coverage")).map(d -> d.format()).toList());
	}
}
