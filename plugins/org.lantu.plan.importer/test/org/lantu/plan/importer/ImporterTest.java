package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.importer.recognise.Headings;
import org.lantu.plan.importer.recognise.Prose;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.TextSource;

/**
 * A plan of the genre no example is (a county's industrial park plan, sent with its notice),
 * imported from its published text: what each recogniser finds, that the draft parses and keeps
 * every character of the prose, and that its check reports the inconsistency the text has.
 */
class ImporterTest {

	static String source;
	static Importer.Result result;
	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		try (InputStream in = ImporterTest.class.getResourceAsStream("/general-plan.txt")) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		result = Importer.of(TextSource.read(source), "text", Recovery.CHECKER::syntaxErrorLines);
		draft = result.plan();
	}

	@Test
	void theDraftParses() {
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(draft), draft);
	}

	@Test
	void theHeaderIsReadFromTheNoticeAndItsPlan() {
		assertTrue(draft.contains("规划 \"某县工业园区十五五发展规划（2026—2030年）\" \"某县工业园区“十五五”发展规划（2026—2030年）\""), draft);
		for (String line : List.of("文种 \"规划\"", "发文机关 \"某县人民政府\"", "文号 \"某府发〔2026〕5号\"", "成文日期 2026年3月1日", "规划期限 2026—2030",
				"主送 \"各乡镇人民政府\", \"县级各部门\"", "落款 \"某县人民政府\" 2026年3月1日", "编号 \"第一章\" \"第一节\" \"（一）\"")) {
			assertTrue(draft.contains(line + "\n"), line + " in\n" + draft);
		}
	}

	@Test
	void headingsNestByTheirNumbering() {
		assertTrue(draft.contains("章 2 \"发展目标\" {\n  节 1 \"总体目标\" {"), draft);
		assertTrue(draft.contains("章 3 \"重点任务\" {\n  任务 1 \"加快标准厂房建设\" {\n    牵头单位 \"县经信局\", \"县自然资源局\"\n    配合单位 \"园区管委会\""), draft);
		assertTrue(draft.contains("机构 \"县经信局\"\n"), draft);
	}

	@Test
	void theIndicatorTableHasItsColumnsCategoriesAndCells() {
		assertTrue(draft.contains("表 1 \"主要发展指标\" {\n      指标表 {\n        列 基期 2025 | 目标 2030 | 年均增速 | 属性"), draft);
		assertTrue(draft.contains("类别 \"经济发展\" {\n          指标 1 \"园区营业收入\"（亿元）：120 | 200 | 10.8 | 预期性\n"
				+ "          指标 2 \"规模以上工业企业数\"（家）：45 | 60以上 | [15] | 预期性"), draft);
		assertTrue(draft.contains("指标 3 \"单位工业增加值能耗下降\"（%）*：— | — | [13.5] | 约束性"), draft);
		assertTrue(draft.contains("注 \"注：[ ]内为五年累计数。\""), draft);
	}

	@Test
	void theProseIsTiedToTheTableAndCreatesWhatNoTableHolds() {
		assertTrue(draft.contains("[达到210亿元](\"园区营业收入\"@2030) \"，年均增长\" [10.8%](\"园区营业收入\" 增速)"), draft);
		assertTrue(draft.contains("[达到60家](\"规模以上工业企业数\"@2030)"), draft);
		assertTrue(draft.contains("[120亿元](\"园区营业收入\"@2025)"), draft);
		assertTrue(draft.contains("指标 \"亩均税收\"（万元） { 目标 2030：达到25万元 }"), draft);
		assertTrue(draft.contains("指标 \"研发经费投入\" { 年均增速 12%以上 }"), draft);
		assertTrue(draft.contains("[达到25万元](\"亩均税收\"@2030)"), draft);
	}

	@Test
	void projectsOfABoxOfProjectsHaveTheirInvestmentAndLand() {
		assertTrue(draft.contains("专栏 1 \"重点项目\" {"), draft);
		assertTrue(draft.contains("项目 \"锂电材料项目\" {\n        总投资 50亿元\n        占地 约800亩\n"
				+ "        段 \"锂电材料项目：\" \"总投资\" [50亿元](\"锂电材料项目\" 投资) \"，占地\" [约800亩](\"锂电材料项目\" 用地)"), draft);
		assertTrue(draft.contains("项目 \"智能装备产业园\" {\n        总投资 12亿元\n        占地 300亩"), draft);
		assertTrue(draft.contains("项目 \"航运物流园\" {\n        总投资 8亿元\n        分期 \"一期\" { 总投资 约3亿元 占地 100亩 }\n        分期 \"二期\" { 总投资 5亿元 }"), draft);
		assertTrue(draft.contains("[约3亿元](\"航运物流园\".\"一期\" 投资)") && draft.contains("[5亿元](\"航运物流园\".\"二期\" 投资)"), draft);
	}

	@Test
	void anAnnexStandsOutsideTheChapters() {
		assertTrue(draft.contains("附 1 \"重点项目清单\" {\n  节 1 \"工业项目\" {\n    段 \"锂电材料扩能项目，2027年建成。\""), draft);
	}

	@Test
	void aRateIndicatorIsClaimedForItsYearNotAsAGrowthOfItself() throws Exception {
		String text = String.join("\n", "某县经济社会发展规划（2026—2030年）", "第一章  发展目标", "到2030年，地区生产总值年均增长6.5%左右。", "表1  主要指标",
				"指标\t2025年\t2030年", "地区生产总值增长率（%）\t6\t6.5左右", "");
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("[6.5%左右](\"地区生产总值增长率\"@2030)"), plan);
		assertTrue(plan.contains("规划 \"某县经济社会发展规划（2026—2030年）\"") && plan.contains("规划期限 2026—2030"), "a title that ends with its period: " + plan);
	}

	/** action-plan.txt: a city's three-year action plan, its indicators a row a line with tabs, its tasks with 牵头单位 and 责任单位. */
	@Test
	void anActionPlanOfAnotherOffice() throws Exception {
		String text;
		try (InputStream in = ImporterTest.class.getResourceAsStream("/action-plan.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Importer.Result r = Importer.of(TextSource.read(text), "text", Recovery.CHECKER::syntaxErrorLines);
		String plan = r.plan();
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(plan), plan);
		assertTrue(plan.contains("发文机关 \"某市人民政府办公室\"") && plan.contains("文种 \"行动方案\"") && plan.contains("规划期限 2024—2026"), plan);
		assertTrue(plan.contains("列 基期 2023 | 目标 2026 | 属性"), plan);
		assertTrue(plan.contains("[达到8%以上](\"数字经济核心产业增加值占GDP比重\"@2026)"), "占…比重 is a share of what the sentence named before: " + plan);
		assertTrue(plan.contains("[1.2万个](\"5G基站数\"@2026)"), plan);
		assertTrue(plan.contains("牵头单位 \"市经信局\"\n      配合单位 \"各区县人民政府\""), "责任单位 beside a 牵头单位 shares the work: " + plan);
		assertTrue(r.counts().untied().stream().anyMatch(u -> u.amount().equals("200家")), "每年 states a rate, not a target: " + r.counts().untied());
		assertTrue(plan.contains("附 \"某市数字经济重点项目清单\""), plan);
	}

	@Test
	void aUnitLineAboveATableGivesItsRowsTheirUnit() throws Exception {
		String text = String.join("\n", "第一章  产业发展", "表3  主要产品产量", "单位：万吨", "指标\t2025年\t2030年", "原盐\t136\t150", "烧碱（吨）\t20\t25", "");
		String plan = Recovery.draft(text);
		assertTrue(plan.contains("注 \"单位：万吨\"") && plan.contains("指标 \"原盐\"（万吨）：136 | 150") && plan.contains("指标 \"烧碱\"（吨）：20 | 25"), plan);
	}

	@Test
	void theImprintAndPageNumbersAreKeptAsComments() {
		assertTrue(draft.contains("    // — 12 —\n    // 抄送：县委办公室，县人大常委会办公室。\n    // 某县人民政府办公室                    2026年3月2日印发\n"), draft);
	}

	@Test
	void phasesAndCountedListsAreWhatTheTextSays() {
		assertTrue(draft.contains("阶段 \"近期\" 2026—2028 { 面积 5平方公里 }") && draft.contains("阶段 \"远期\" 2029—2030 { 面积 8平方公里 }"), draft);
		assertTrue(draft.contains("[5平方公里](\"近期\" 面积)") && draft.contains("[达到6平方公里](\"近期\" 面积)"), draft);
		assertTrue(draft.contains("功能区 \"甲产业园\" { 面积 600亩 }") && draft.contains("功能区 \"乙产业园\" { 面积 400亩 }"), draft);
		assertTrue(draft.contains("[600亩](\"甲产业园\" 面积)"), draft);
		assertTrue(draft.contains("列表 \"三大产业集群\"：\"智能制造\", \"新材料\", \"现代物流\""), draft);
		assertTrue(draft.contains("[三大](数量 \"三大产业集群\")") && draft.contains("[两大](数量 \"两大平台\")"), draft);
	}

	@Test
	void numbersThatCannotBeTiedAreListedWithTheirLine() {
		List<Prose.Untied> untied = result.counts().untied();
		assertTrue(untied.stream().anyMatch(u -> u.amount().equals("5个") && u.line() == 51), untied.toString());
		assertTrue(draft.contains("// 未关联的数字（留作正文）") && draft.contains("// 第 51 行：5个（…准厂房30万平方米，建设5个孵化平台…）"), "listed in the draft for the editor: " + draft);
		assertTrue(untied.stream().anyMatch(u -> u.amount().equals("不低于2000万元")), untied.toString());
		assertEquals(10, result.counts().headings(), "five chapters, a section, two tasks, an annex and its section");
		assertEquals(1, result.counts().indicatorTables());
		assertEquals(1, result.counts().boxes());
	}

	@Test
	void everyCharacterOfTheProseIsInTheDraftInOrder() {
		// the header's lines are in the header; a heading's numbering is its number
		List<String> prose = TextSource.read(source).stream().filter(b -> b instanceof SourceBlock.Para).map(b -> ((SourceBlock.Para) b).text())
				.skip(7).map(t -> t.matches("附件\\s*\\d+") ? "" : Headings.of(t).map(h -> h.title() + h.runIn()).orElse(t)).toList();
		assertInOrder(String.join("", prose), draft);
	}

	@Test
	void theDraftsCheckFindsTheTextDisagreeingWithItsTable(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("draft.plan");
		Files.writeString(file, draft);
		List<PlanDiagnostic> findings = Recovery.CHECKER.check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics();
		assertTrue(findings.stream().anyMatch(d -> d.check().equals("claim.mismatch") && d.message().contains("210")), findings.toString());
		assertTrue(findings.stream().anyMatch(d -> d.check().equals("claim.mismatch") && d.message().contains("6平方公里")), "近期 5 and 6 km²: " + findings);
		assertTrue(findings.stream().anyMatch(d -> d.check().equals("count.mismatch") && d.message().contains("两大")), "两大 with three: " + findings);
		assertFalse(findings.stream().anyMatch(d -> d.check().equals("syntax") || d.check().startsWith("reference")), findings.toString());
	}

	/** Each non-space character of {@code text} appears in {@code in}, in the same order. */
	static void assertInOrder(String text, String in) {
		String t = text.replaceAll("\\s", "");
		int at = 0;
		for (int i = 0; i < t.length(); i++) {
			int found = in.indexOf(t.charAt(i), at);
			assertTrue(found >= 0, "lost from the draft: …" + t.substring(Math.max(0, i - 10), Math.min(t.length(), i + 10)) + "…");
			at = found + 1;
		}
	}
}
