package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** reference.unused and acks: units declared and never used; an acknowledged finding becomes information with its reason. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class AckChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- reference.unused, ack

	@Test
	void unitsThatAreNeverUsedAreWarnedListsThatOnlyGroupAreNot() throws Exception {
		// a list may only group items (no count word refers to it): authors should not have to comment it out
		Plan plan = parse("plan p\ngroup parks: a, b\nunit 床位 dimension count\n");
		List<String> messages = issues(plan, CheckType.REFERENCE_UNUSED.id()).stream().map(Issue::getMessage).toList();
		assertEquals(1, messages.size(), messages::toString);
		assertTrue(messages.get(0).contains("unit 床位 is declared but not used"), messages::toString);
		assertNone(parse("plan p\ngroup parks: a, b\nunit 床位 dimension count\npara [两](count parks)\nzone z { area 3 床位 }\n"),
				CheckType.REFERENCE_UNUSED.id());
	}

	@Test
	void anAcknowledgedFindingIsInformationWithItsReason() throws Exception {
		Plan plan = parse(SpaceChecksTest.START_UP.formatted("约2000 亩") + "ack space.parts start \"原文如此：起步区约2000亩\"\n");
		Issue i = only(plan, CheckType.SPACE_PARTS.id());
		assertEquals(Severity.INFO, i.getSeverity());
		assertTrue(i.getMessage().endsWith("— acknowledged: 原文如此：起步区约2000亩"), i.getMessage());
		// a family prefix acknowledges every check of the family
		assertEquals(Severity.INFO, only(parse(SpaceChecksTest.START_UP.formatted("约2000 亩") + "认可 space start \"x\"\n"), CheckType.SPACE_PARTS.id()).getSeverity());
		// an ack for another element does not
		assertEquals(Severity.ERROR, only(parse(SpaceChecksTest.START_UP.formatted("约2000 亩") + "ack space.parts basezone \"x\"\n"), CheckType.SPACE_PARTS.id()).getSeverity());
	}

	@Test
	void everyCheckIdCanBeAcknowledged() throws Exception {
		for (String id : CheckType.ids()) {
			Plan plan = parse("plan p\nzone a\nack " + id + " a \"reason\"\n");
			assertEquals(id, ((Ack) plan.getElements().get(1)).getCheck());
			assertNone(plan, CheckType.ACK_UNKNOWN.id());
		}
	}

	@Test
	void anAckOfAnUnknownCheckIsWarned() throws Exception {
		Plan plan = parse("plan p\nzone a\nack sums.mismatch a \"typo\"\n");
		validation.assertWarning(plan, PlanPackage.Literals.ACK, CheckType.ACK_UNKNOWN.id(), "no check is called 'sums.mismatch'");
	}
}
