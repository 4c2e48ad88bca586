package org.lantu.plan.tests;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Each check of this issue with a passing and a failing plan. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ChecksTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	ValidationTestHelper validation;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	/** Read with English findings, as {@code lantu check --lang en} (ChineseFindingsTest reads the Chinese). */
	Plan parse(String text) throws Exception {
		var set = resourceSets.get();
		new CheckSettings().setLang(Lang.EN).attachTo(set);
		return parser.parse(text, set);
	}

	// ---------------------------------------------------------------- unit.unknown

	@Test
	void knownDeclaredAndGluedUnitsPass() throws Exception {
		validation.assertNoIssues(parse("""
				plan p
				unit 公亩 = 100 平方米
				zone a { area 3 公亩 }
				zone b { area 1000 亩以上 }
				indicator firms（家）{ actual 2020: 100余家 }
				zone c { area 2 km² }
				indicator x（万元/人）{ target 2025: 12.5 }
				"""));
	}

	@Test
	void unknownUnitFails() throws Exception {
		Plan plan = parse("plan p\nzone a { area 3 公亩 }\n");
		validation.assertError(plan, PlanPackage.Literals.QUANTITY, CheckType.UNIT_UNKNOWN.id(), "unknown unit '公亩'");
	}

	@Test
	void unitDefinedByUnknownUnitFails() throws Exception {
		Plan plan = parse("plan p\nunit 斤 = 0.5 公斤\n");
		validation.assertError(plan, PlanPackage.Literals.UNIT_DECL, CheckType.UNIT_UNKNOWN.id(), "'公斤', which is not a known unit");
	}

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

	// ---------------------------------------------------------------- table.cells / table.cell-kind

	static final String TABLE = """
			plan p
			indicators {
			  columns base 2020 | target 2025 | attribute
			  %s
			}
			""";

	@Test
	void rowsThatFitTheirColumnsPass() throws Exception {
		validation.assertNoIssues(parse(TABLE.formatted("indicator a（%）: 1 | 2 | 预期性\nindicator b（%）: 1 | \"完成市下目标任务\" span 2")));
	}

	@Test
	void tooManyCellsFail() throws Exception {
		Plan plan = parse(TABLE.formatted("indicator a（%）: 1 | 2 | 3 | 预期性"));
		validation.assertError(plan, PlanPackage.Literals.INDICATOR, CheckType.TABLE_CELLS.id(), "has 4 cells but the table has 3 columns");
	}

	@Test
	void attributeInValueColumnFails() throws Exception {
		Plan plan = parse(TABLE.formatted("indicator a（%）: 预期性 | 2 | 约束性"));
		validation.assertError(plan, PlanPackage.Literals.ATTRIBUTE_CELL, CheckType.TABLE_CELL_KIND.id(), "attribute in the base 2020 column");
	}

	@Test
	void cellsOutsideATableFail() throws Exception {
		Plan plan = parse("plan p\nindicator a（%）: 1 | 2\n");
		validation.assertError(plan, PlanPackage.Literals.INDICATOR, CheckType.TABLE_CELLS.id(), "not in an indicator table");
	}

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

	// ---------------------------------------------------------------- wiring

	@Test
	void onlyThePlansOwnChecksRunNotEmfsGenericOnes() throws Exception {
		parse("plan p\n");
		var validator = EValidator.Registry.INSTANCE.getEValidator(PlanPackage.eINSTANCE);
		Assertions.assertFalse(((CompositeEValidator) validator).isUseEObjectValidator());
	}
}
