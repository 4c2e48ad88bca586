package org.lantu.plan.tests;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** numbering.*: boxes, tables, tasks and sections are numbered in order, without gaps or repeats. */
class NumberingChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- numbering.*

	@Test
	void consecutiveNumbersPass() throws Exception {
		validation.assertNoIssues(parse("""
				plan p
				chapter 1 "a" { box 1 "x" { } section 1 "s" { } section 2 "t" { } }
				chapter 2 "b" { box 2 "y" { } section 1 "u" { } task 3 "continues another document's numbering" }
				"""));
	}

	@Test
	void boxesOutOfOrderAndMissing() throws Exception {
		Plan plan = parse("plan p\nbox 4 \"a\" { }\nbox 6 \"b\" { }\nbox 5 \"c\" { }\nbox 8 \"d\" { }\n");
		validation.assertIssue(plan, PlanPackage.Literals.BOX, CheckType.NUMBERING_GAP.id(), Severity.WARNING, "专栏 (box) 6 follows 专栏 (box) 4; 5 is missing");
		validation.assertIssue(plan, PlanPackage.Literals.BOX, CheckType.NUMBERING_ORDER.id(), Severity.WARNING, "专栏 (box) 5 comes after 专栏 (box) 6");
		validation.assertIssue(plan, PlanPackage.Literals.BOX, CheckType.NUMBERING_GAP.id(), Severity.WARNING, "专栏 (box) 8 follows 专栏 (box) 6; 7 is missing");
	}

	@Test
	void duplicateTaskNumber() throws Exception {
		Plan plan = parse("plan p\ntask 1 \"a\"\ntask 2 \"b\"\ntask 2 \"c\"\n");
		validation.assertIssue(plan, PlanPackage.Literals.TASK, CheckType.NUMBERING_DUPLICATE.id(), Severity.WARNING, "任务 (task) 2 is numbered twice (also on line 3)");
	}

	@Test
	void sectionsAreNumberedPerChapter() throws Exception {
		Plan plan = parse("plan p\nchapter 1 \"a\" { section 1 \"x\" { } section 3 \"y\" { } }\nchapter 2 \"b\" { section 1 \"z\" { } }\n");
		validation.assertIssue(plan, PlanPackage.Literals.SECTION, CheckType.NUMBERING_GAP.id(), Severity.WARNING, "节 (section) of chapter 1 3 follows");
	}
}
