package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;

/** time.*: the period, the outlook, phases and the years of values are in order. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class TimeChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- time.*

	@Test
	void periodsAndPhasesInOrderPass() throws Exception {
		assertNone(parse("""
				plan p
				period 2016-2030
				outlook 2040, 2050
				phase near 2016-2030 { area 10 平方公里 }
				phase middle 2031-2040 { area 20 平方公里 }
				phase far 2041-2050 { area 40 平方公里 }
				indicator x（亿元）{ base 2015: 1 target 2020: 2, 2030: 3 actual 2020: 2 }
				"""), CheckType.TIME_PERIOD.id(), CheckType.TIME_PHASES.id(), CheckType.TIME_YEAR.id(), CheckType.TIME_ACTUAL.id(), CheckType.SPACE_PHASES.id());
	}

	@Test
	void aReversedPeriodAndAnOutlookInsideItFail() throws Exception {
		Issue reversed = only(parse("plan p\nperiod 2030-2016\n"), CheckType.TIME_PERIOD.id());
		assertEquals("the plan period 2030—2016 ends before it starts", reversed.getMessage());
		assertEquals(Severity.ERROR, reversed.getSeverity());
		Issue outlook = only(parse("plan p\nperiod 2016-2030\noutlook 2020, 2040\n"), CheckType.TIME_PERIOD.id());
		assertEquals("outlook year 2020 is not after the plan period 2016—2030", outlook.getMessage());
	}

	@Test
	void phasesWithGapsOverlapsOrOutsideThePeriodFail() throws Exception {
		Plan plan = parse("""
				plan p
				period 2016-2030
				outlook 2040
				phase near 2016-2025
				phase middle 2027-2035
				phase far 2034-2045
				""");
		List<String> messages = issues(plan, CheckType.TIME_PHASES.id()).stream().map(Issue::getMessage).toList();
		assertTrue(messages.contains("phase middle starts in 2027, but near ends in 2025: 2026 is in no phase"), messages::toString);
		assertTrue(messages.contains("phase far (2034—2045) overlaps middle (2027—2035)"), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("phase far (2034—2045) lies outside the plan period 2016—2030 and its outlook to 2040")),
				messages::toString);
	}

	@Test
	void targetsOutsideThePeriodAndLateBaseYearsFail() throws Exception {
		Plan plan = parse("plan p\nperiod 2021-2025\nindicator x（亿元）{ base 2022: 1 target 2030: 2 }\n");
		List<String> messages = issues(plan, CheckType.TIME_YEAR.id()).stream().map(Issue::getMessage).toList();
		assertTrue(messages.contains("x: a target for 2030 lies outside the plan period 2021—2025"), messages::toString);
		assertTrue(messages.contains("x: base year 2022 is after the start of the plan period 2021—2025"), messages::toString);
	}

	@Test
	void aTaskDueOutsideThePeriodFails() throws Exception {
		String text = "plan p\nperiod 2023-2025\norg 经信局\ntask 1 \"数字产业化\" { lead 经信局 deadline %s }\n";
		assertNone(parse(text.formatted("2025")), CheckType.TIME_YEAR.id());
		assertEquals("task '数字产业化' is due in 2026, outside the plan period 2023—2025", only(parse(text.formatted("2026")), CheckType.TIME_YEAR.id()).getMessage());
		assertEquals(1, issues(parse(text.formatted("2022")), CheckType.TIME_YEAR).size());
		assertNone(parse("plan p\nperiod 2023-2025\noutlook 2035\ntask 1 \"远景\" { deadline 2030 }\n"), CheckType.TIME_YEAR.id());
	}

	@Test
	void actualsAfterTheAsOfYearFail() throws Exception {
		Plan plan = parse("plan p\nas-of 2022\nindicator x（亿元）{ actual 2021: 1, 2023: 2 }\n");
		assertTrue(only(plan, CheckType.TIME_ACTUAL.id()).getMessage().contains("an actual value for 2023, which is after the plan's as-of year 2022"));
	}
}
