package org.lantu.plan.tests;

import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** unit.unknown: built-in, declared and glued units pass; a unit nobody declared fails. */
class UnitChecksTest extends CheckFamilyTest {

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
}
