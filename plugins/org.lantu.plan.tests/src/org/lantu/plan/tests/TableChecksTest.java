package org.lantu.plan.tests;

import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** table.cells and table.cell-kind: the cells of a row fit the columns of its table. */
class TableChecksTest extends CheckFamilyTest {

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
}
