package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year's work points (工作要点) of a development zone, a kind no example is: its year is its
 * period, so the targets it sets without a year are that year's; its numbered projects with their
 * investment, land and phases become projects, which the checks add up.
 */
class WorkPointsImportTest {

	static String draft;

	@BeforeAll
	static void importIt() throws Exception {
		try (InputStream in = WorkPointsImportTest.class.getResourceAsStream("/work-points.txt")) {
			draft = Recovery.draft(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	void theDraftParses() {
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(draft), draft);
	}

	@Test
	void theYearInTheTitleIsThePeriod() {
		assertTrue(draft.contains("文种 \"工作要点\"\n") && draft.contains("规划期限 2025—2025\n"), draft);
		assertTrue(draft.contains("[520亿元](\"规模以上工业总产值\"@2025)"), "全年实现 is for the year: " + draft);
		assertTrue(draft.contains("[120亿元](\"固定资产投资\"@2025)"), "完成 sets a target: " + draft);
	}

	@Test
	void aNumberedItemNamingAProjectIsAProject() {
		assertTrue(draft.contains("项目 \"某新能源电池项目\" {\n      总投资 50亿元\n      占地 600亩\n      分期 \"一期\" { 总投资 30亿元 }\n      分期 \"二期\" { 总投资 20亿元 }"), draft);
		assertTrue(draft.contains("项目 \"某精密制造产业园项目\" {\n      总投资 12亿元\n      占地 约300亩"), draft);
	}
}
