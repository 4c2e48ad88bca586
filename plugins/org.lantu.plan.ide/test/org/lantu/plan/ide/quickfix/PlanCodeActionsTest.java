package org.lantu.plan.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lantu.plan.validation.CheckIds;

/** What a quick fix writes: the computed value, and for count words the numeral only. */
class PlanCodeActionsTest {

	@Test
	void aCountWordKeepsWhatFollowsItsNumeral() {
		assertEquals("三大", PlanCodeActions.replacement(CheckIds.COUNT_MISMATCH, "四大", "三"));
		assertEquals("十二项", PlanCodeActions.replacement(CheckIds.COUNT_MISMATCH, "十一项", "十二"));
		assertEquals("3大", PlanCodeActions.replacement(CheckIds.COUNT_MISMATCH, "5大", "3"));
	}

	@Test
	void otherFindingsWriteTheValue() {
		assertEquals("2252亩", PlanCodeActions.replacement(CheckIds.SPACE_PARTS, "约2000 亩", "2252亩"));
		assertEquals("26.01%", PlanCodeActions.replacement(CheckIds.CLAIM_MISMATCH, "23.52%", "26.01%"));
	}
}
