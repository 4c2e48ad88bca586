package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.importer.source.TextSource;

/**
 * A development zone's plan: a table of projects (项目名称, 建设内容, 总投资（亿元）, 建设年限) with a row of
 * totals becomes projects that the total adds up; phases stated with a colon (近期：2024—2027年) are
 * phases; the areas stated under a zone's heading, or listed after 其中：, are the zones', and the
 * places its text says it includes (包括) are its parts.
 */
class ProjectTableImportTest {

	private static final String PLAN = """
			某经济开发区总体发展规划（2024—2035年）

			第一章 规划总则
			规划期限为2024—2035年。近期：2024—2027年；中期：2028—2030年；远期为2031—2035年。

			第二章 重大项目
			表1 重大项目表
			序号\t项目名称\t建设内容\t总投资（亿元）\t建设年限
			1\t新材料产业园\t建设标准厂房50万平方米\t45\t2024—2027
			2\t污水处理厂扩建工程\t新增处理能力2万吨/日\t3.2\t2024—2025
			3\t综合管廊\t建设管廊12公里\t8.5\t2025—2028
			合计\t\t\t%s\t
			""";

	@Test
	void aTableOfProjectsIsProjectsThatItsTotalAddsUp(@TempDir Path dir) throws Exception {
		String plan = draft("56.7");
		assertTrue(plan.contains("项目 \"新材料产业园\" {\n      总投资 45亿元\n      建设期 2024—2027\n"
				+ "      段 \"新材料产业园：\" \"建设内容：建设标准厂房50万平方米；总投资\" [45亿元](\"新材料产业园\" 投资) \"；建设年限：2024—2027。\"\n    }"), plan);
		assertTrue(plan.contains("项目 \"污水处理厂扩建工程\" {\n      总投资 3.2亿元\n      建设期 2024—2025"), plan);
		assertTrue(plan.contains("合计 \"重大项目表合计\" = \"新材料产业园\" + \"污水处理厂扩建工程\" + \"综合管廊\""), plan);
		assertTrue(plan.contains("段 \"合计：\" \"总投资\" [56.7亿元](\"重大项目表合计\" 投资) \"。\""), plan);
		assertEquals(List.of(), findings(dir, plan));
	}

	@Test
	void aTotalThatTheProjectsDoNotAddUpToIsFound(@TempDir Path dir) throws Exception {
		List<String> found = findings(dir, draft("57.7"));
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).contains("[sum.mismatch]") && found.get(0).contains("57.7亿元"), found.get(0));
	}

	@Test
	void aSubtotalTotalsItsGroupAndTheTotalEveryProject(@TempDir Path dir) throws Exception {
		String text = """
				某园区发展规划（2024—2027年）

				第一章 重大项目
				表1 重点项目表
				序号\t项目名称\t总投资（亿元）\t建设年限
				一\t产业项目\t\t
				1\t甲项目\t10\t2024—2025
				2\t乙项目\t5\t2024—2026
				小计\t\t15\t
				二\t基础设施项目\t\t
				3\t丙项目\t3\t2025—2026
				4\t丁项目\t2\t2025—2027
				小计\t\t%s\t
				合计\t\t20\t
				""";
		String plan = Recovery.draft(text.formatted("5"));
		assertTrue(plan.contains("段 \"一 产业项目\""), plan);
		assertTrue(plan.contains("合计 \"产业项目小计\" = \"甲项目\" + \"乙项目\"\n"), plan);
		assertTrue(plan.contains("合计 \"基础设施项目小计\" = \"丙项目\" + \"丁项目\"\n"), plan);
		assertTrue(plan.contains(" = \"甲项目\" + \"乙项目\" + \"丙项目\" + \"丁项目\"\n"), plan);
		assertEquals(List.of(), findings(dir, plan));
		List<String> found = findings(dir, Recovery.draft(text.formatted("6")));
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).contains("[sum.mismatch]") && found.get(0).contains("6亿元"), found.get(0));
	}

	@Test
	void phasesStatedWithAColonArePhases(@TempDir Path dir) throws Exception {
		String plan = draft("56.7");
		assertTrue(plan.contains("阶段 \"近期\" 2024—2027\n阶段 \"中期\" 2028—2030\n阶段 \"远期\" 2031—2035"), plan);
		// and they are checked: 中期 from 2029 leaves 2028 out of every phase
		List<String> found = findings(dir, Importer.of(TextSource.read(PLAN.formatted("56.7").replace("2028—2030", "2029—2030")), "text",
				Recovery.CHECKER::syntaxErrorLines).plan());
		assertTrue(found.stream().anyMatch(f -> f.contains("[time.phases]")), found.toString());
	}

	@Test
	void theAreasOfAZoneAreItsUnderItsHeadingAndInAListAfterItsColonAndWhatItIncludesAreItsParts(@TempDir Path dir) throws Exception {
		String text = """
				某经济开发区总体发展规划（2024—2035年）

				第一章 规划总则
				规划范围总面积32.5平方公里，其中：核心区12.8平方公里，拓展区19.7平方公里。

				第二章 空间布局
				（一）核心区
				面积12.8平方公里，重点发展新材料产业。
				（二）建设拓展区
				面积19.6平方公里，包括北园8.2平方公里、南园6.5平方公里。
				""";
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("其中：核心区\" [12.8平方公里](\"核心区\" 面积) \"，拓展区\" [19.7平方公里](\"拓展区\" 面积)"), plan);
		assertTrue(plan.contains("段 \"面积\" [12.8平方公里](\"核心区\" 面积)"), plan);
		assertTrue(plan.contains("功能区 \"北园\" { 面积 8.2平方公里 }") && plan.contains("功能区 \"南园\" { 面积 6.5平方公里 }"), plan);
		assertTrue(plan.contains("功能区 \"拓展区\" { 面积 19.7平方公里  组成 \"北园\"、\"南园\" }"), plan);
		// the heading's zone is the one the chapter before named: 19.6 against 19.7 is found
		List<String> found = findings(dir, plan);
		assertEquals(1, found.size(), found.toString());
		assertTrue(found.get(0).contains("拓展区") && found.get(0).contains("19.6"), found.get(0));
		// the places it includes are its parts: more than it holds is found
		String more = Recovery.draft(text.replace("19.6", "19.7").replace("北园8.2", "北园14.2"));
		List<String> parts = findings(dir, more);
		assertEquals(1, parts.size(), parts.toString());
		assertTrue(parts.get(0).contains("[space.parts]") && parts.get(0).contains("拓展区"), parts.get(0));
	}

	private static String draft(String total) throws Exception {
		return Recovery.draft(PLAN.formatted(total));
	}

	private static List<String> findings(Path dir, String plan) throws Exception {
		return Recovery.draftFindings(dir, plan).stream().map(d -> d.format()).toList();
	}
}
