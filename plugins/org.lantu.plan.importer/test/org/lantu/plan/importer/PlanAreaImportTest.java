package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * The plan's own area in its text: every statement of it is a claim on the header's 规划范围, and the
 * zones the text divides it into are the area's parts, so that areas that do not add up are found.
 */
class PlanAreaImportTest {

	static final String DIVIDED = """
			某经济技术开发区产业发展规划（2024—2030年）
			第一章 空间布局
			开发区规划面积32平方公里，%s三个片区：北部片区12平方公里，中部片区11平方公里，南部片区%s平方公里。
			""";

	@Test
	void theZonesTheAreaIsDividedIntoCoverIt(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft(DIVIDED.formatted("分为", "9"));
		assertTrue(plan.contains("规划范围 32 平方公里 组成 \"北部片区\"、\"中部片区\"、\"南部片区\" 全覆盖\n"), plan);
		String self = "\"某经济技术开发区产业发展规划（2024—2030年）\"";
		assertTrue(plan.contains("段 \"开发区规划面积\" [32平方公里](" + self + " 面积) \"，分为\" [三个](数量 " + self + ") \"片区：北部片区\" [12平方公里](\"北部片区\" 面积)"),
				plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
		// 12 + 11 + 8 = 31 of 32
		List<PlanDiagnostic> gap = Recovery.draftFindings(dir, Recovery.draft(DIVIDED.formatted("分为", "8")));
		assertEquals(List.of("space.parts"), gap.stream().map(PlanDiagnostic::check).toList());
		assertTrue(gap.get(0).message().contains("= 31平方公里"), gap::toString);
	}

	@Test
	void theZonesItIncludesFitInIt(@TempDir Path dir) throws Exception {
		// 包括 names what is in the area, not all of it
		String plan = Recovery.draft(DIVIDED.formatted("包括", "8"));
		assertTrue(plan.contains("规划范围 32 平方公里 组成 \"北部片区\"、\"中部片区\"、\"南部片区\"\n"), plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
		List<PlanDiagnostic> over = Recovery.draftFindings(dir, Recovery.draft(DIVIDED.formatted("包括", "18")));
		assertEquals(List.of("space.parts"), over.stream().map(PlanDiagnostic::check).toList());
	}

	@Test
	void aCountOfMorePartsThanTheTextGivesAreasOfIsNotClaimed(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft("""
				某经济技术开发区产业发展规划（2024—2030年）
				第一章 空间布局
				开发区规划面积32平方公里，包括三个片区：北部片区12平方公里，中部片区11平方公里，南部片区待定。
				""");
		assertTrue(plan.contains("组成 \"北部片区\"、\"中部片区\"\n"), plan);
		assertTrue(plan.contains("，包括三个片区："), "the count stays text: " + plan);
		assertEquals(List.of(), Recovery.draftFindings(dir, plan));
	}

	@Test
	void theAreaStatedTwiceDifferentlyIsFound(@TempDir Path dir) throws Exception {
		String plan = Recovery.draft("""
				某高新区发展规划（2021—2025年）
				第一章 发展基础
				全区总规划面积约36平方公里，已开发建设面积18平方公里。
				第二章 空间布局
				高新区规划面积40平方公里，包括东区和西区。
				一是土地平整开发成本较高。总规划面积40平方公里范围内，坡度过大的区域1753公顷。
				""");
		assertTrue(plan.contains("规划范围 约36 平方公里\n"), plan);
		List<PlanDiagnostic> findings = Recovery.draftFindings(dir, plan);
		// a paragraph that opens on a sentence of its own (一是…较高。) is still the plan's
		assertEquals(List.of("claim.mismatch", "claim.mismatch"), findings.stream().map(PlanDiagnostic::check).toList());
		assertTrue(findings.get(0).message().contains("40平方公里"), findings::toString);
	}

	@Test
	void aZonesOrAPartsAreaIsNotThePlans() throws Exception {
		String plan = Recovery.draft("""
				某县国土空间总体规划（2021—2035年）
				第一章 规划总则
				国土总面积1856平方公里，其中中心城区规划面积42.6平方公里。北部片区规划面积12平方公里。
				第二章 空间布局
				（一）起步区。规划面积约12平方公里。
				乐山国家高新区。规划面积42平方公里，大力培育总部经济。
				其中，精细化工循环产业园、光电信息产业园作为起步区推进建设，总面积共约2000亩，总规划面积约1500亩。
				""");
		assertTrue(plan.contains("规划范围 1856 平方公里\n"), plan);
		// 1856 is the plan's; 42.6 and 1500 (after 其中), 北部片区's 12, 起步区's 12 and 乐山国家高新区's 42 are not
		assertEquals(1, count(plan, "(\"某县国土空间总体规划（2021—2035年）\" 面积)"), plan);
		assertTrue(plan.contains("[1856平方公里](\"某县国土空间总体规划（2021—2035年）\" 面积)"), plan);
		assertFalse(plan.contains("组成"), plan);
	}

	private static int count(String text, String what) {
		return text.split(Pattern.quote(what), -1).length - 1;
	}
}
