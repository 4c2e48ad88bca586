package org.lantu.plan.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;

/** What a quick fix writes: the computed value, and for count words the numeral only. */
class PlanCodeActionsTest {

	@Test
	void aCountWordKeepsWhatFollowsItsNumeral() {
		assertEquals("三大", PlanCodeActions.replacement(CheckType.COUNT_MISMATCH.id(), "四大", "三"));
		assertEquals("十二项", PlanCodeActions.replacement(CheckType.COUNT_MISMATCH.id(), "十一项", "十二"));
		assertEquals("3大", PlanCodeActions.replacement(CheckType.COUNT_MISMATCH.id(), "5大", "3"));
	}

	@Test
	void otherFindingsWriteTheValue() {
		assertEquals("2252亩", PlanCodeActions.replacement(CheckType.SPACE_PARTS.id(), "约2000 亩", "2252亩"));
		assertEquals("26.01%", PlanCodeActions.replacement(CheckType.CLAIM_MISMATCH.id(), "23.52%", "26.01%"));
	}
}
