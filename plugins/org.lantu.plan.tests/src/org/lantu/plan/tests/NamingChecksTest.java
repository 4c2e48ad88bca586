package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** name.duplicate: one name space per plan, however deeply elements are nested; stages are named within their project. */
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
}
