package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Plan;

/** space.*: the parts of a zone, the areas of phases and the land of projects fit. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class SpaceChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- space.*

	static final String START_UP = """
			plan p
			zone basezone { area 40 平方公里
			  zone start { area %s complete parts chem, opto, rare }
			  zone opto { area 800 亩 }
			  zone chem { area 1107 亩 }
			  zone rare { area 345 亩 }
			  zone service { area 约1 平方公里 }
			}
			""";

	@Test
	void partsThatFillTheirZonePass() throws Exception {
		assertNone(parse(START_UP.formatted("2252 亩")), CheckType.SPACE_PARTS.id());
		assertNone(parse(START_UP.formatted("约2200 亩")), CheckType.SPACE_PARTS.id());
		assertNone(parse(START_UP.formatted("约2000 亩 ±15%")), CheckType.SPACE_PARTS.id());
	}

	@Test
	void theStartUpAreaOfWutongqiaoFails() throws Exception {
		Issue i = only(parse(START_UP.formatted("约2000 亩")), CheckType.SPACE_PARTS.id());
		assertEquals(
				"start area: parts chem 1107亩 + opto 800亩 + rare 345亩 = 2252亩, stated 约2000亩 (±5% → 1900–2100亩); the parts are declared to cover it completely",
				i.getMessage());
		assertEquals(List.of("2252亩"), List.of(i.getData()));
	}

	@Test
	void aPlanToleranceWidensAbout() throws Exception {
		assertNone(parse(START_UP.formatted("约2000 亩").replace("plan p\n", "plan p\ntolerance 15%\n")), CheckType.SPACE_PARTS.id());
		settings.setTolerance(new BigDecimal("0.15"));
		assertNone(parse(START_UP.formatted("约2000 亩")), CheckType.SPACE_PARTS.id());
	}

	@Test
	void partsLargerThanTheirZoneFail() throws Exception {
		Plan plan = parse("plan p\nzone a { area 1 平方公里 zone b { area 1000 亩 } zone c { area 60 公顷 } }\n");
		String message = only(plan, CheckType.SPACE_PARTS.id()).getMessage();
		assertTrue(message.contains("b 1000亩 + c 60公顷 = 1.2667平方公里 exceed the zone's 1平方公里"), message);
	}

	@Test
	void phaseAreasThatShrinkOrFallShortFail() throws Exception {
		Plan plan = parse("""
				plan p
				area 40 平方公里
				phase near 2016-2030 { area 20 平方公里 }
				phase middle 2031-2040 { area 10 平方公里 }
				phase far 2041-2050 { area 30 平方公里 }
				""");
		List<String> messages = issues(plan, CheckType.SPACE_PHASES.id()).stream().map(Issue::getMessage).toList();
		assertEquals(2, messages.size(), messages::toString);
		assertTrue(messages.get(0).startsWith("phase middle covers 10平方公里, less than the 20平方公里"), messages::toString);
		assertTrue(messages.get(1).contains("covers 30平方公里, but the plan's area is 40平方公里"), messages::toString);
	}

	@Test
	void aLastPhaseThatNamesItsZonesReachesThemNotThePlansArea() throws Exception {
		// a county's land plan: the phases are of its towns (城镇空间), not of the county
		String text = """
				plan p
				area 2460 平方公里
				zone 县域 { area 2460 平方公里 complete parts 生态空间, 城镇空间 }
				zone 生态空间 { area 2401.4 平方公里 }
				zone 城镇空间 { area 58.6 平方公里 }
				phase near 2021-2025 { area 40 平方公里 zones 城镇空间 }
				phase far 2026-2035 { area %s zones 城镇空间 }
				""";
		assertNone(parse(text.formatted("58.6 平方公里")), CheckType.SPACE_PHASES.id());
		Issue i = only(parse(text.formatted("50 平方公里")), CheckType.SPACE_PHASES.id());
		assertEquals("the last phase, far, covers 50平方公里, less than the zones it names (城镇空间 58.6平方公里)", i.getMessage());
	}

	@Test
	void projectLandMustFitItsZone() throws Exception {
		String text = "plan p\nzone park { area 100 亩 }\nproject a { in-zone park land 60 亩 }\nproject b { in-zone park land %s }\n";
		assertNone(parse(text.formatted("2 公顷")), CheckType.SPACE_PROJECT.id());
		assertTrue(only(parse(text.formatted("3 公顷")), CheckType.SPACE_PROJECT.id()).getMessage().contains("a 60亩 + b 3公顷 = 105亩"));
	}
}
