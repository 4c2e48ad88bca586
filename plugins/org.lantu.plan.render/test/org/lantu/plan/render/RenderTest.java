package org.lantu.plan.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.render.document.DocumentBuilder;

/**
 * The generators: golden files for HTML and every table format on a small plan, escaping of
 * author text, formula neutralisation, deterministic and atomic output, and an Excel round trip
 * of every example.
 */
class RenderTest {

	static final PlanChecker CHECKER = PlanChecker.create();

	@TempDir
	Path dir;

	static Path resources() {
		return Path.of("test-resources");
	}

	static Path examples() {
		return Path.of(System.getProperty("lantu.root", "../..")).resolve("examples");
	}

	static PlanChecker.CheckedPlan checked(Path plan) {
		return CHECKER.checkAndKeep(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT).plans().get(0);
	}

	static String html(Path plan, String lang) {
		var c = checked(plan);
		return HtmlWriter.write(new DocumentBuilder(CHECKER.facts(), lang).build(c.plan(), plan.getFileName().toString(), c.diagnostics(), c.coverage()));
	}

	static List<Sheet> sheets(Path plan) {
		var c = checked(plan);
		return new TableModel(CHECKER.facts(), "zh").sheets(c.plan(), plan.getFileName().toString(), c.diagnostics());
	}

	/** Compares with a golden file; {@code -Dlantu.golden=update} rewrites it after a deliberate change. */
	static void golden(String name, byte[] actual) throws Exception {
		Path file = resources().resolve("golden").resolve(name);
		if ("update".equals(System.getProperty("lantu.golden"))) {
			Files.createDirectories(file.getParent());
			Files.write(file, actual);
		}
		assertTrue(Files.exists(file), "missing golden file " + file + "; create it with -Dlantu.golden=update");
		assertEquals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name);
	}

	@Test
	void htmlOfTheSmallPlanMatchesItsGoldenFile() throws Exception {
		Path small = resources().resolve("small.plan");
		golden("small.html", html(small, "zh").getBytes(StandardCharsets.UTF_8));
		golden("small.en.html", html(small, "en").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void tablesOfTheSmallPlanMatchTheirGoldenFiles() throws Exception {
		Path small = resources().resolve("small.plan");
		List<Sheet> sheets = sheets(small);
		for (Sheet s : sheets) {
			golden("small-" + s.name() + ".csv", TableWriters.csv(s));
		}
		golden("small.md", TableWriters.markdown("示例", sheets).getBytes(StandardCharsets.UTF_8));
		golden("small.json", TableWriters.json("示例", "small.plan", sheets).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theChartOfProjectsLeavesOutTheirTotal() throws IOException {
		Path plan = dir.resolve("projects.plan");
		Files.writeString(plan, """
				规划 测试 "某园区规划"
				规划期限 2024—2027
				项目 甲 "甲项目" { 总投资 10亿元 }
				项目 乙 "乙项目" { 总投资 5亿元 }
				项目 合计项目 "重点项目合计" { 总投资 15亿元 }
				合计 合计项目 = 甲 + 乙
				""");
		String html = html(plan, "zh");
		String chart = html.substring(html.indexOf("重点项目投资"));
		chart = chart.substring(0, chart.indexOf("</svg>"));
		assertTrue(chart.contains(">甲<") && chart.contains(">乙<"), chart);
		assertFalse(chart.contains("合计"), "the total is no bar beside its parts\n" + chart);
	}

	@Test
	void theDocumentShowsValuesFindingsAndSources() {
		String html = html(resources().resolve("small.plan"), "zh");
		assertTrue(html.contains("<span class=\"value-ref\">31.86%</span>"), "a value reference shows the model's value");
		assertTrue(html.contains("class=\"facts flag flag-error\" title=\"[space.parts] 起步区面积"), "the flagged zone area is marked");
		assertTrue(html.contains("<a href=\"#L33\">错误 · 33:16</a>") && html.contains("id=\"L33\""), "findings link to the element");
		assertTrue(html.contains("data-src=\"small.plan:22\""), "rows carry their source line");
		assertTrue(html.contains("<th>2020年（基期）</th>") && html.contains("<th>年均增速</th>"), "official column labels");
		assertTrue(html.contains("第一章　发展目标") && html.contains("第一节　总体目标"), "the plan's numbering style");
		assertTrue(html.contains("<svg"), "charts are inline SVG");
		assertTrue(html.contains("<th class=\"computed\">年均增速（计算）</th>") && html.contains("<td class=\"num computed\">31.86%</td>")
				&& html.contains("<td class=\"num computed\">52</td>"), "computed columns");
		assertFalse(html.contains("http://") && html.contains("<link"), "no external resources");
	}

	@Test
	void aReferenceToARelativeFallShowsItAsAPercentage() throws Exception {
		Path plan = dir.resolve("fall.plan");
		Files.writeString(plan, "规划 p\n指标表 {\n  列 基期 2020 | 目标 2025\n  指标 浓度（微克/立方米）：38 | 33\n}\n段 \"比2020年下降\" {浓度 降幅} \"，增长\" {浓度 增幅}\n",
				StandardCharsets.UTF_8);
		String html = html(plan, "zh");
		assertTrue(html.contains("<span class=\"value-ref\">13.16%</span>") && html.contains("<span class=\"value-ref\">-13.16%</span>"), html);
	}

	@Test
	void aRowMarkedOfWhichIsShownAsPublished() throws Exception {
		Path plan = dir.resolve("rows.plan");
		Files.writeString(plan, "规划 p\n指标表 {\n  列 基期 2020 | 目标 2025\n  指标 1 公路总里程（公里）：6820 | 7300\n  指标 2 其中：高速公路里程（公里）：312 | 420\n}\n",
				StandardCharsets.UTF_8);
		String html = html(plan, "zh");
		assertTrue(html.contains(">其中：高速公路里程<") || html.contains(">其中：高速公路里程（公里）<"), html);
		assertFalse(html.contains(">其中：公路总里程"), "only the row marked");
	}

	@Test
	void authorMarkupIsEscapedEverywhere() throws Exception {
		Path hostile = dir.resolve("hostile.plan");
		Files.writeString(hostile, """
				plan p "<script>alert(1)</script>"
				issuer "\\"><img src=x onerror=alert(2)>"
				chapter 1 "<b>bold</b>" {
				  para "<script>alert(3)</script>" [1家](\"<i>x</i>\"@2025)
				  indicator "<i>x</i>"（家）{ target 2025: 1 }
				  table 1 "t" { row "<iframe src=javascript:alert(4)>" | "a & b" }
				  task 1 "<svg onload=alert(5)>" { }
				}
				""", StandardCharsets.UTF_8);
		String html = html(hostile, "zh");
		for (String bad : List.of("<script>", "<img", "<iframe", "<b>bold", "<i>x", "<svg onload")) {
			assertFalse(html.contains(bad), "unescaped " + bad);
		}
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
		assertTrue(html.contains("a &amp; b"));
	}

	@Test
	void formulasAreNeutralisedInCsvAndExcel() throws Exception {
		Sheet s = new Sheet("t", List.of("a", "b", "c"));
		s.add(Sheet.Cell.of("=HYPERLINK(\"http://x\",\"y\")"), Sheet.Cell.of(new BigDecimal("-8.7")), Sheet.Cell.of("@SUM(1)"));
		s.add(Sheet.Cell.of("+1"), Sheet.Cell.of("-2"), Sheet.Cell.of("a,\"b\"\nc"));
		String csv = new String(TableWriters.csv(s), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFFa,b,c\r\n"), "BOM and header");
		assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-8.7,'@SUM(1)\r\n"), csv);
		assertTrue(csv.contains("'+1,'-2,\"a,\"\"b\"\"\nc\"\r\n"), csv);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(TableWriters.xlsx(List.of(s))))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertEquals(CellType.STRING, rows.get(1).getCell(0).getType());
			assertEquals("'=HYPERLINK(\"http://x\",\"y\")", rows.get(1).getCell(0).getText());
			assertEquals(CellType.NUMBER, rows.get(1).getCell(1).getType());
			assertEquals(0, new BigDecimal("-8.7").compareTo(rows.get(1).getCell(1).asNumber()));
		}
	}

	@TestFactory
	Stream<DynamicTest> everyExampleRoundTripsThroughExcel() throws Exception {
		List<Path> plans;
		try (Stream<Path> s = Files.list(examples())) {
			plans = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		return plans.stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
			List<Sheet> sheets = sheets(plan);
			byte[] xlsx = TableWriters.xlsx(sheets);
			try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
				List<org.dhatim.fastexcel.reader.Sheet> read = wb.getSheets().toList();
				assertEquals(sheets.size(), read.size());
				int numbers = 0;
				for (int i = 0; i < sheets.size(); i++) {
					Sheet expected = sheets.get(i);
					List<Row> rows = read.get(i).read();
					assertEquals(expected.title(), read.get(i).getName());
					assertEquals(expected.rows().size() + 1, rows.size(), expected.name());
					for (int r = 0; r < expected.rows().size(); r++) {
						for (int c = 0; c < expected.columns().size(); c++) {
							Sheet.Cell cell = expected.rows().get(r).get(c);
							if (cell.isNumber()) {
								numbers++;
								var got = rows.get(r + 1).getCell(c);
								assertEquals(CellType.NUMBER, got.getType(), expected.name() + " row " + r);
								assertEquals(0, cell.number().compareTo(got.asNumber()), expected.name() + " row " + r + " column " + c);
							}
						}
					}
				}
				assertTrue(numbers > 0, "the workbook holds numbers");
			}
		}));
	}

	@Test
	void renderingIsDeterministic() {
		Path wutongqiao = examples().resolve("wutongqiao-industrial-base-2016-2030.plan");
		assertEquals(html(wutongqiao, "zh"), html(wutongqiao, "zh"));
		assertArrayEquals(TableWriters.xlsx(sheets(wutongqiao)), TableWriters.xlsx(sheets(wutongqiao)));
	}

	@Test
	void outputsCreateTheDirectoryAndNeverOverwriteAnInput() throws Exception {
		Path input = dir.resolve("plan.html");
		Files.writeString(input, "keep me");
		Outputs outputs = new Outputs(dir, Set.of(input), Lang.EN);
		var e = assertThrows(IOException.class, () -> outputs.write("plan.html", new byte[] { 1 }));
		assertTrue(e.getMessage().contains("refusing to overwrite an input"), e.getMessage());
		assertEquals("keep me", Files.readString(input));
		Path nested = new Outputs(dir.resolve("a/b"), Set.of(), Lang.EN).write("x.txt", "x".getBytes());
		assertEquals("x", Files.readString(nested));
		List<String> left = new ArrayList<>();
		try (Stream<Path> s = Files.list(dir.resolve("a/b"))) {
			s.forEach(p -> left.add(p.getFileName().toString()));
		}
		assertEquals(List.of("x.txt"), left, "no temporary files are left behind");
		assertThrows(IOException.class, () -> outputs.write("../escape.txt", new byte[0]));
	}
}
