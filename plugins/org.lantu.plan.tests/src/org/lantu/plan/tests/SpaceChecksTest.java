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

	static final String DISTRICTS = """
			规划 甲区规划
			规划范围 %s 组成 北部片区、中部片区、南部片区%s
			功能区 北部片区 { 面积 12 平方公里 }
			功能区 中部片区 { 面积 11 平方公里 }
			功能区 南部片区 { 面积 %s }
			""";

	@Test
	void theZonesAPlanIsMadeOfFitItsArea() throws Exception {
		assertNone(parse(DISTRICTS.formatted("32 平方公里", "", "8 平方公里")), CheckType.SPACE_PARTS.id());
		assertNone(parse(DISTRICTS.formatted("32 平方公里", " 全覆盖", "9 平方公里")), CheckType.SPACE_PARTS.id());
		Issue over = only(parse(DISTRICTS.formatted("32 平方公里", "", "18 平方公里")), CheckType.SPACE_PARTS.id());
		assertEquals("the plan's area: parts 北部片区 12平方公里 + 中部片区 11平方公里 + 南部片区 18平方公里 = 41平方公里 exceed the plan's 32平方公里",
				over.getMessage());
		assertEquals(2, over.getLineNumber(), "reported where the plan's area is written");
		// declared to cover it completely: the parts must fill it (31 ≠ 32), in any unit of area
		Issue gap = only(parse(DISTRICTS.formatted("3200 公顷", " 全覆盖", "8 平方公里")), CheckType.SPACE_PARTS.id());
		assertTrue(gap.getMessage().startsWith("the plan's area: parts 北部片区 12平方公里 + 中部片区 11平方公里 + 南部片区 8平方公里 = 3100公顷, stated 3200公顷"),
				gap.getMessage());
		assertEquals(List.of("3100公顷"), List.of(gap.getData()));
	}

	@Test
	void withoutItsPartsNamedAPlansZonesMayOverlap() throws Exception {
		// 城镇空间 and 中心城区 overlap: only the zones the plan declares its area made of are added up
		assertNone(parse("""
				plan p
				area 100 平方公里
				zone 城镇空间 { area 60 平方公里 }
				zone 中心城区 { area 50 平方公里 }
				"""), CheckType.SPACE_PARTS.id());
	}

	@Test
	void aPlansAreaIsAnArea() throws Exception {
		assertEquals(1, issues(parse("plan p\narea 32 亿元\n"), CheckType.UNIT_DIMENSION.id()).size());
		only(parse("plan p\narea -3 平方公里\n"), CheckType.SPACE_PARTS.id());
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
