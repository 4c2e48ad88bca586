package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;

/** project.*: the stages of a project add up and fit within it. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class ProjectChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- project.*

	static final String PROJECT = """
			plan p
			period 2021-2025
			project plant { investment %s years 2021-2025
			  stage one { investment 40 亿元 years 2021-2023 }
			  stage two { investment 60 亿元 years %s }
			}
			""";

	@Test
	void stagesThatAddUpAndFitPass() throws Exception {
		assertNone(parse(PROJECT.formatted("100 亿元", "2023-2025")), CheckType.PROJECT_STAGES.id(), CheckType.PROJECT_YEARS.id());
		assertNone(parse(PROJECT.formatted("1000000 万元", "2023-2025")), CheckType.PROJECT_STAGES.id());
	}

	@Test
	void stagesThatDoNotAddUpFail() throws Exception {
		Issue i = only(parse(PROJECT.formatted("120 亿元", "2023-2025")), CheckType.PROJECT_STAGES.id());
		assertTrue(i.getMessage().contains("plant investment: stages one 40亿元 + two 60亿元 = 100亿元, stated 120亿元"), i.getMessage());
	}

	@Test
	void stagesOutsideTheProjectFail() throws Exception {
		assertTrue(only(parse(PROJECT.formatted("100 亿元", "2024-2027")), CheckType.PROJECT_YEARS.id()).getMessage()
				.contains("stage two (2024—2027) lies outside the project's years 2021—2025"));
	}
}
