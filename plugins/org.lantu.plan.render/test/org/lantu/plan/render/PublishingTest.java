package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * What the author wrote reaches every table and the document, under the right label: each case
 * here was once dropped or mislabelled (test-resources/publishing.plan holds one of each).
 */
class PublishingTest {

	static final Path PLAN = RenderTest.resources().resolve("publishing.plan");

	private static Sheet sheet(String name) {
		return RenderTest.sheets(PLAN).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no sheet " + name));
	}

	/** The cells of the rows whose first cell is {@code first}, by column label. */
	private static List<String> column(Sheet s, String label) {
		int c = s.columns().indexOf(label);
		assertTrue(c >= 0, s.name() + " has no column " + label + ": " + s.columns());
		return s.rows().stream().map(r -> r.get(c).plain()).collect(Collectors.toList());
	}

	@Test
	void everyTableNamesItsColumnsOnce() {
		for (Sheet s : RenderTest.sheets(PLAN)) {
			assertEquals(s.columns().size(), new HashSet<>(s.columns()).size(), s.name() + " names two columns alike: " + s.columns());
		}
	}

	@Test
	void phasesHaveAStartAndAnEndYear() {
		Sheet phases = sheet("phases");
		assertFalse(phases.columns().contains("主送"), phases.columns().toString());
		assertEquals(List.of("2021", "2024"), column(phases, "起始年份"));
		assertEquals(List.of("2023", "2025"), column(phases, "结束年份"));
	}

	@Test
	void projectsSayTheirStatusInTheDocumentsLanguage() {
		assertEquals(List.of("在建"), column(sheet("projects"), "状态"));
		assertEquals(List.of("亿元"), column(sheet("projects"), "投资单位"));
		assertEquals(List.of("亩"), column(sheet("projects"), "用地单位"));
		String html = RenderTest.html(PLAN, "zh");
		assertTrue(html.contains("<th>状态</th><td>在建</td>"), "the document shows the status");
		assertTrue(RenderTest.html(PLAN, "en").contains("<th>Status</th><td>under way</td>"));
	}

	@Test
	void industriesHaveATableWithTheirOutput() {
		Sheet industries = sheet("industries");
		assertEquals(List.of("电子信息"), column(industries, "产业"));
		assertEquals(List.of("主导产业"), column(industries, "定位"));
		assertEquals(List.of("营业收入"), column(industries, "产值指标"));
		assertEquals(List.of("2020：300亿元；2025：500亿元"), column(industries, "产值"));
		assertEquals(List.of("甲园"), column(industries, "布局"));
	}

	@Test
	void aDerivedTotalIsShownAsDerived() {
		String html = RenderTest.html(PLAN, "zh");
		assertTrue(html.contains("<td class=\"num derived\">370亿元（推算）</td>"), "the empty target cell shows the sum of the parts, marked");
		assertTrue(html.contains("<td class=\"derived\" title=\"300亿元（推算）\">—</td>"), "a cell the author marked — keeps its dash");
	}

	@Test
	void theReportSaysHowManyNumbersWereCrossCheckedAndLinksTheOthers() {
		String html = RenderTest.html(PLAN, "zh");
		assertTrue(html.matches("(?s).*<p class=\"coverage\"><meter min=\"0\" max=\"100\" value=\"\\d+\"></meter> 已核验 \\d+% 的数字（\\d+/\\d+）.*"), html);
		assertTrue(html.contains("<ul class=\"unchecked\">\n<li><a href=\"#L"), "the unchecked numbers are listed and linked");
		assertTrue(RenderTest.html(PLAN, "en").contains("% of the numbers cross-checked"));
	}

	@Test
	void aGrowthWrittenInWordsIsKept() {
		Sheet indicators = sheet("indicators");
		List<String> names = column(indicators, "指标");
		List<String> growth = column(indicators, "年均增速");
		assertEquals("高于全省水平", growth.get(names.indexOf("研发投入强度")));
	}

	@Test
	void aStandaloneIndicatorKeepsItsCategoryAndNote() {
		Sheet indicators = sheet("indicators");
		List<String> names = column(indicators, "指标");
		int row = names.indexOf("营业收入");
		assertEquals("经济发展", column(indicators, "类别").get(row));
		assertEquals("含规模以上工业企业", column(indicators, "注").get(row));
		String html = RenderTest.html(PLAN, "zh");
		assertTrue(html.contains("<dd class=\"category\">类别 经济发展</dd>") && html.contains("<dd class=\"note\">注 含规模以上工业企业</dd>"), html);
	}

	@Test
	void aTaskListsItsIndicators() {
		assertEquals(List.of("研发投入强度、营业收入"), column(sheet("tasks"), "相关指标"));
	}

	@Test
	void pointsPerYearAreNotCalledGrowth() {
		String html = RenderTest.html(PLAN, "zh");
		assertTrue(html.contains("年均提高 2"), "年均提高 is labelled as such");
		assertFalse(html.contains("年均增速 2<"), html);
	}

	@Test
	void tasksAreNumberedInTheStyleOfTheirLevel() throws Exception {
		Path dir = Files.createTempDirectory("tasks");
		Path plan = dir.resolve("t.plan");
		Files.writeString(plan, "规划 t \"t\"\n编号 \"第一章\" \"（一）\"\n章 2 \"主要任务\" {\n  任务 4 \"提升研发投入\"\n  任务 5 \"培育企业\"\n}\n");
		String html = RenderTest.html(plan, "zh");
		assertTrue(html.contains("<h4>（四）提升研发投入</h4>") && html.contains("<h4>（五）培育企业</h4>"), html);
	}

	@Test
	void anIndicatorWithoutValuesSaysSo() {
		String html = RenderTest.html(PLAN, "zh");
		int at = html.indexOf("<dt>待定指标（亿元）</dt>");
		assertTrue(at > 0, html);
		assertTrue(html.startsWith("<dd class=\"none\">未给出数值</dd>", at + "<dt>待定指标（亿元）</dt>".length()), html.substring(at, Math.min(html.length(), at + 200)));
	}

	@Test
	void findingsAndSourcesNameTheFileAlike() {
		var c = RenderTest.checked(PLAN.toAbsolutePath());
		String shown = Sources.shown(PLAN.toAbsolutePath().toString());
		assertEquals("test-resources/publishing.plan", shown, "relative to the current folder");
		assertEquals("/elsewhere/x.plan", Sources.shown("/elsewhere/x.plan"));
		List<Sheet> sheets = new TableModel(RenderTest.CHECKER.facts(), "zh").sheets(c.plan(), shown,
				List.of(PlanDiagnostic.ofFile(PLAN.toAbsolutePath().toString(), 3, 1, "file", "x")));
		Sheet findings = sheets.stream().filter(s -> s.name().equals("findings")).findFirst().orElseThrow();
		assertEquals(List.of(shown), column(findings, "文件"));
		assertTrue(column(sheets.get(0), "出处").get(0).startsWith(shown + ":"));
	}
}
