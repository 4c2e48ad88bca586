package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** name.duplicate: one name space per plan, however deeply elements are nested; stages are named within their project. reference.kind: a list names the kind it holds. */
class NamingChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- name.duplicate

	@Test
	void duplicateNamesFailEvenWhenNested() throws Exception {
		Plan plan = parse("plan p\nzone a { zone b }\nchapter 1 \"x\" { indicator b（家）}\n");
		validation.assertError(plan, PlanPackage.Literals.INDICATOR, CheckType.NAME_DUPLICATE.id(), "'b' is already declared on line 2");
	}

	@Test
	void stagesAreNamedWithinTheirProject() throws Exception {
		validation.assertNoIssues(parse("plan p\nproject a { stage 一期 stage 二期 }\nproject b { stage 一期 }\n"));
		Plan plan = parse("plan p\nproject a { stage 一期 stage 一期 }\n");
		validation.assertError(plan, PlanPackage.Literals.STAGE, CheckType.NAME_DUPLICATE.id(), "'一期' is already declared");
	}

	@Test
	void distinctNamesPass() throws Exception {
		validation.assertNoIssues(parse("plan p\nzone a { zone b }\nindicator c（家）\n"));
	}

	@Test
	void aNumberGluedToAnIndicatorsNameIsToldToQuoteIt() throws Exception {
		Issue i = only(parse("plan p\nindicator 5G基站（个）{ target 2025: 1500 }\n"), CheckType.SYNTAX.id());
		assertEquals("'5G基站' reads as number 5 and name 'G基站': a name that starts with digits is quoted, \"5G基站\" (a number and a name are apart by a space)",
				i.getMessage());
		assertNone(parse("plan p\nindicator 5 G基站（个）{ target 2025: 1500 }\nindicator 6 \"5G基站\"（个）\n"), CheckType.SYNTAX.id());
	}

	// ---------------------------------------------------------------- reference.kind

	@Test
	void aListNamesTheKindOfElementItHolds() throws Exception {
		String plan = """
				plan p
				area 30 平方公里 parts 甲园, %s
				zone z { area 10 平方公里 parts 甲园, %s }
				zone 甲园 { area 5 平方公里 }
				zone 乙园 { area 4 平方公里 }
				indicator 营收（亿元）{ target 2025: 10 }
				org 市商务局
				task 1 "招商" { lead %s }
				""";
		assertNone(parse(plan.formatted("乙园", "乙园", "市商务局")), CheckType.REFERENCE_KIND.id());
		List<Issue> wrong = issues(parse(plan.formatted("营收", "营收", "乙园")), CheckType.REFERENCE_KIND.id());
		assertEquals(List.of("'营收' is of kind 'indicator'; kind 'zone' is expected here", "'营收' is of kind 'indicator'; kind 'zone' is expected here",
				"'乙园' is of kind 'zone'; kind 'organisation' is expected here"), wrong.stream().map(Issue::getMessage).toList());
		// on the name that is wrong, not on the whole list
		assertEquals(List.of(2, 3, 8), wrong.stream().map(Issue::getLineNumber).toList());
		assertEquals(List.of(24, 33, 20), wrong.stream().map(Issue::getColumn).toList());
		Issue zh = only(parse(plan.formatted("乙园", "营收", "市商务局"), Lang.ZH), CheckType.REFERENCE_KIND.id());
		assertEquals("“营收”是指标，这里应为功能区", zh.getMessage());
	}
}
