package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanTemplates;
import org.lantu.plan.api.PlanTemplates.Kind;
import org.lantu.plan.findings.Lang;

/** Every kind of document starts as a plan that checks clean and is already in the standard layout. */
class PlanTemplatesTest {

	@TempDir
	Path dir;

	private static final PlanChecker CHECKER = PlanChecker.create();

	@Test
	void everyKindChecksCleanAndIsFormatted() throws Exception {
		for (Kind kind : Kind.values()) {
			Path file = dir.resolve(kind.id() + ".plan");
			String text = PlanTemplates.text(kind, "示例" + kind.id(), null, "某市人民政府", 2026, 2030);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			CheckReport report = CHECKER.check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(Lang.EN));
			assertEquals(List.of(), report.diagnostics(), kind + ":\n" + text);
			List<PlanDiagnostic> problems = new ArrayList<>();
			assertEquals(text, CHECKER.format(file, problems), kind + " is in the standard layout");
			assertTrue(text.contains("文种 \"" + kind.zh() + "\""), text);
			assertTrue(text.contains("规划期限 2026—2030"), text);
		}
	}

	@Test
	void anOutlineHasTheStandardChaptersAndAnIndicatorTable() {
		String text = PlanTemplates.text(Kind.OUTLINE, "x", null, null, 2026, 2030);
		int at = -1;
		for (String chapter : List.of("发展基础", "总体要求", "重点任务", "保障措施")) {
			int next = text.indexOf('"' + chapter + '"');
			assertTrue(next > at, chapter + " in order");
			at = next;
		}
		assertTrue(text.contains("列 基期 2025 | 目标 2030 | 年均增速 | 属性"), text);
		assertTrue(text.contains("规划 \"x\" \"x（2026—2030年）\""), text);
		assertTrue(text.contains("发文机关 \"……\""), "a placeholder for a missing issuer");
	}

	@Test
	void namesAndTitlesAreWrittenSafely() throws Exception {
		Path file = dir.resolve("规划.plan");
		String text = PlanTemplates.text(Kind.DECISION, "规划", "关于\"双碳\"的决定\n第二行", "某\\局", 2026, 2030);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		assertEquals(List.of(), CHECKER.check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(Lang.EN)).diagnostics(), text);
		assertTrue(text.contains("规划 \"规划\" \"关于\\\"双碳\\\"的决定 第二行\""), text);
	}

	@Test
	void theDefaultPeriodIsTheFiveYearPlanOfTheYear() {
		assertArrayEquals(new int[] { 2026, 2030 }, PlanTemplates.fiveYearPeriod(2026));
		assertArrayEquals(new int[] { 2026, 2030 }, PlanTemplates.fiveYearPeriod(2030));
		assertArrayEquals(new int[] { 2031, 2035 }, PlanTemplates.fiveYearPeriod(2031));
		assertArrayEquals(new int[] { 2016, 2020 }, PlanTemplates.fiveYearPeriod(2020));
	}

	@Test
	void kindsAreReadInChineseAndEnglish() {
		assertEquals(Kind.WORK_PLAN, Kind.parse("工作方案").orElseThrow());
		assertEquals(Kind.WORK_PLAN, Kind.parse("Work-Plan").orElseThrow());
		assertTrue(Kind.parse("通知").isEmpty());
	}

	@Test
	void periodsAreReadAsAuthorsTypeThem() {
		for (String written : List.of("2026—2030", "2026-2030", " 2026年 至 2030年 ", "2026～2030", "２０２６—２０３０", "2026到2030", "2026 to 2030")) {
			assertArrayEquals(new int[] { 2026, 2030 }, PlanTemplates.period(written).orElseThrow(), written);
		}
		assertTrue(PlanTemplates.period("2030—2026").isEmpty(), "backwards");
		assertTrue(PlanTemplates.period("十五五").isEmpty());
		assertTrue(PlanTemplates.period(null).isEmpty());
	}
}
