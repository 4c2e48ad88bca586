package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The consistency checks, each with plans that pass and plans that fail. The failing plans use
 * the seeds' own inconsistencies where they have one.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ConsistencyChecksTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	ValidationTestHelper validation;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	/** The options of the run, as `lantu check --strict --tolerance --lang en` would set them (ChineseFindingsTest reads the Chinese). */
	CheckSettings settings = new CheckSettings().setLang(Lang.EN);

	Plan parse(String text) throws Exception {
		XtextResourceSet set = resourceSets.get();
		settings.attachTo(set);
		Plan plan = parser.parse(text, set);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> "syntax errors: " + plan.eResource().getErrors());
		return plan;
	}

	/** The issues of one check. */
	List<Issue> issues(Plan plan, String check) {
		return validation.validate(plan).stream().filter(i -> check.equals(i.getCode())).toList();
	}

	Issue only(Plan plan, String check) {
		List<Issue> found = issues(plan, check);
		assertEquals(1, found.size(), () -> "expected one " + check + ", got: " + validation.validate(plan));
		return found.get(0);
	}

	void assertNone(Plan plan, String... checks) {
		List<String> ids = List.of(checks);
		List<Issue> found = validation.validate(plan).stream().filter(i -> ids.contains(i.getCode())).toList();
		assertTrue(found.isEmpty(), () -> found.stream().map(Issue::getMessage).collect(Collectors.joining("\n")));
	}

	// ---------------------------------------------------------------- sum.mismatch

	static final String OUTPUT_TABLE = """
			plan p
			indicators {
			  columns target 2020 | target 2025 | target 2030
			  indicator total（亿元）: 350亿元 | 610亿元 | %s
			  indicator a（亿元）: 80亿元 | 150亿元 | 400亿元
			  indicator b（亿元）: 120亿元 | 135亿元 | 150亿元
			  indicator c（亿元）: 50亿元 | 200亿元 | 300亿元
			  indicator d（亿元）: 60 | 75 | 90
			  indicator e（亿元）: 40 | 50 | 60
			}
			sum total = a + b + c + d + e
			""";

	@Test
	void everyYearOfATableThatAddsUpPasses() throws Exception {
		assertNone(parse(OUTPUT_TABLE.formatted("1000亿元")), CheckType.SUM_MISMATCH.id(), CheckType.UNIT_DIMENSION.id());
	}

	@Test
	void aTotalThatIsNotTheSumFails() throws Exception {
		Issue i = only(parse(OUTPUT_TABLE.formatted("1100亿元")), CheckType.SUM_MISMATCH.id());
		assertEquals(Severity.ERROR, i.getSeverity());
		assertTrue(i.getMessage().contains("total 2030 target: parts a 400亿元 + b 150亿元 + c 300亿元 + d 90亿元 + e 60亿元 = 1000亿元, stated 1100亿元"),
				i.getMessage());
		assertEquals(List.of("1000亿元"), List.of(i.getData()));
	}

	@Test
	void partsInOtherUnitsAreConverted() throws Exception {
		assertNone(parse("""
				plan p
				indicator t（平方公里）{ target 2025: 1 }
				indicator a（亩）{ target 2025: 1000 }
				indicator b（公顷）{ target 2025: 20 }
				indicator c（m²）{ target 2025: 133333.3 }
				sum t = a + b + c
				"""), CheckType.SUM_MISMATCH.id());
	}

	@Test
	void aTotalAboveItsPartsOnlyWhenStrictIsAWarning() throws Exception {
		String text = """
				plan p
				indicator t（亿元）{ target 2025: 超过100 }
				indicator a（亿元）{ target 2025: 60 }
				indicator b（亿元）{ target 2025: 40 }
				sum t = a + b
				""";
		assertEquals(Severity.WARNING, only(parse(text), CheckType.SUM_MISMATCH.id()).getSeverity());
		settings.setStrict(true);
		assertEquals(Severity.ERROR, only(parse(text), CheckType.SUM_MISMATCH.id()).getSeverity());
	}

	@Test
	void partsThatStateNoValueStillMustFit() throws Exception {
		Plan plan = parse("""
				plan p
				indicator t（亿元）{ target 2025: 100 }
				indicator a（亿元）{ target 2025: 60 }
				indicator b（亿元）{ target 2025: 50 }
				indicator c（亿元）
				sum t = a + b + c
				""");
		assertTrue(only(plan, CheckType.SUM_MISMATCH.id()).getMessage().contains("exceed the total"));
	}

	@Test
	void addingAreasToMoneyFails() throws Exception {
		Plan plan = parse("""
				plan p
				indicator t（亿元）{ target 2025: 100 }
				indicator a（亩）{ target 2025: 60 }
				sum t = a
				""");
		assertTrue(only(plan, CheckType.UNIT_DIMENSION.id()).getMessage().contains("(area vs money)"));
	}

	@Test
	void aValueInAnotherDimensionThanItsIndicatorFails() throws Exception {
		assertNone(parse("plan p\nindicator x（亿元）{ target 2025: 12000000万元 growth 5% }\n"), CheckType.UNIT_DIMENSION.id());
		Issue i = only(parse("plan p\nindicator x（亿元）{ target 2025: 10平方公里 }\n"), CheckType.UNIT_DIMENSION.id());
		assertEquals("x is measured in 亿元 (money), but this value is in 平方公里 (area)", i.getMessage());
	}

	// ---------------------------------------------------------------- sum.of-which

	static final String FIRMS = """
			plan p
			indicator all（家）{ target 2030: 70 }
			indicator big（家）{ target 2030: %s }
			of-which all: big
			""";

	@Test
	void aSubsetWithinItsSupersetPasses() throws Exception {
		assertNone(parse(FIRMS.formatted("60")), CheckType.SUM_OF_WHICH.id());
		assertNone(parse(FIRMS.formatted("70")), CheckType.SUM_OF_WHICH.id());
	}

	@Test
	void aSubsetLargerThanItsSupersetFails() throws Exception {
		Issue i = only(parse(FIRMS.formatted("80")), CheckType.SUM_OF_WHICH.id());
		assertEquals(Severity.ERROR, i.getSeverity());
		assertTrue(i.getMessage().contains("of which big 80家 exceed the total"), i.getMessage());
	}

	@Test
	void moreThanAllFirmsIsImplausible() throws Exception {
		// the Wutongqiao plan: 入驻规模以上企业超70家, while 企业总数 is 70
		Issue i = only(parse(FIRMS.formatted("超70")), CheckType.SUM_OF_WHICH.id());
		assertEquals(Severity.WARNING, i.getSeverity());
		assertTrue(i.getMessage().contains("only if 超过/突破 is read as 'at least'"), i.getMessage());
	}

	// ---------------------------------------------------------------- share.mismatch

	static final String SHARE = """
			plan p
			indicator gdp（亿元）{ base 2015: 1301.2 }
			indicator ind（亿元）{ base 2015: 720.59 }
			indicator ratio（%%）{ base 2015: %s }
			share ratio = ind / gdp
			""";

	@Test
	void aShareThatIsPartOverWholePasses() throws Exception {
		assertNone(parse(SHARE.formatted("约55.38")), CheckType.SHARE_MISMATCH.id());
		assertNone(parse(SHARE.formatted("55.38")), CheckType.SHARE_MISMATCH.id());
	}

	@Test
	void aWrongShareFails() throws Exception {
		Issue i = only(parse(SHARE.formatted("60")), CheckType.SHARE_MISMATCH.id());
		assertTrue(i.getMessage().contains("ind 720.59亿元 / gdp 1301.2亿元 = 55.38%, stated 60%"), i.getMessage());
		assertEquals(List.of("55"), List.of(i.getData()));
	}

	// ---------------------------------------------------------------- growth.*

	static final String GROWTH = """
			plan p
			indicators {
			  columns base 2020 | target 2025 | growth | attribute
			  indicator %s
			}
			""";

	@Test
	void aGrowthRateThatFollowsPasses() throws Exception {
		// the hi-tech outline: 301 → 1200 亿元 over 2020–2025 is 31.86 % a year
		assertNone(parse(GROWTH.formatted("revenue（亿元）: 301 | 1200 | 31.86 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		// absolute values in brackets in a percentage row: 50.2 → 121 is 19.24 % a year
		assertNone(parse(GROWTH.formatted("gdp（%）: [50.2] | [121] | 19.24 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		// a percentage may grow by points: 2.5 → 4.5 is 0.4 points a year
		assertNone(parse(GROWTH.formatted("rd（%）: 2.5 | 4.5 | 0.4 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		assertNone(parse(GROWTH.formatted("x（亿元）: 100 | 200 | 14%以上 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		// 100 → 200 over five years is 14.87 %, less than "15 % or more"
		only(parse(GROWTH.formatted("x（亿元）: 100 | 200 | 15%以上 | 预期性")), CheckType.GROWTH_MISMATCH.id());
	}

	@Test
	void aGrowthRateThatIsReallyAChangeFails() throws Exception {
		Issue i = only(parse(GROWTH.formatted("firms（家）: 28 | 80 | 52 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		assertEquals(Severity.WARNING, i.getSeverity(), "预期性 indicators get warnings");
		assertTrue(i.getMessage().contains("is 23.36% per year"), i.getMessage());
		assertTrue(i.getMessage().contains("write it as [52]"), i.getMessage());
		assertEquals(List.of("23.36"), List.of(i.getData()));
	}

	@Test
	void aProblemOnABindingIndicatorIsAnError() throws Exception {
		assertEquals(Severity.ERROR, only(parse(GROWTH.formatted("firms（家）: 28 | 80 | 52 | 约束性")), CheckType.GROWTH_MISMATCH.id()).getSeverity());
		// the attribute written as a property grades the same way, and the last one written decides
		assertEquals(Severity.ERROR, only(parse(GROWTH.formatted("firms（家）: 28 | 80 | 52 | 预期性 { 属性 约束性 }")), CheckType.GROWTH_MISMATCH.id()).getSeverity());
		assertEquals(Severity.WARNING, only(parse(GROWTH.formatted("firms（家）: 28 | 80 | 52 | 约束性 { 属性 预期性 }")), CheckType.GROWTH_MISMATCH.id()).getSeverity());
	}

	@Test
	void growthFromAZeroBaseCannotBeComputed() throws Exception {
		Issue i = only(parse(GROWTH.formatted("x（亿元）: 0 | 80 | 10 | 预期性")), CheckType.GROWTH_DIRECTION.id());
		assertTrue(i.getMessage().contains("from a base of 0"), i.getMessage());
		assertNone(parse(GROWTH.formatted("x（亿元）: -5 | 80 | 10 | 预期性")), CheckType.GROWTH_MISMATCH.id());
	}

	@Test
	void aDecliningIndicatorMayStateItsRateOfDecline() throws Exception {
		// 100 → 90 over five years is −2.09 % a year; a 逆向指标 states it as 2.09
		assertNone(parse(GROWTH.formatted("energy（%）: 100 | 90 | 2.09 | 约束性 { declining }")), CheckType.GROWTH_MISMATCH.id());
		Issue i = only(parse(GROWTH.formatted("energy（吨标准煤）: 100 | 110 | — | 约束性 { declining }")), CheckType.GROWTH_DIRECTION.id());
		assertTrue(i.getMessage().contains("declining indicator"), i.getMessage());
	}

	@Test
	void cumulativeChanges() throws Exception {
		assertNone(parse(GROWTH.formatted("p（万元/人）: 11.9 | 12.5 | [0.6] | 预期性")), CheckType.GROWTH_CHANGE.id());
		assertNone(parse(GROWTH.formatted("air（%）: 87.2 | 88 | [0.8] | 约束性")), CheckType.GROWTH_CHANGE.id());
		assertNone(parse(GROWTH.formatted("x（亿元）: 100 | 150 | [50%] | 预期性")), CheckType.GROWTH_CHANGE.id());
		Issue i = only(parse(GROWTH.formatted("air（%）: 87.2 | 88 | [1.8] | 约束性")), CheckType.GROWTH_CHANGE.id());
		assertEquals(Severity.ERROR, i.getSeverity());
		assertTrue(i.getMessage().contains("is a change of 0.8 percentage points"), i.getMessage());
	}

	@Test
	void pointsPerYear() throws Exception {
		String text = "plan p\nindicator rate（%%）{ base 2020: 2.5 target 2025: 4.5 points %s }\n";
		assertNone(parse(text.formatted("0.4")), CheckType.GROWTH_POINTS.id());
		assertTrue(only(parse(text.formatted("0.5")), CheckType.GROWTH_POINTS.id()).getMessage().contains("is 0.4 percentage points per year"));
	}

	// ---------------------------------------------------------------- time.*

	@Test
	void periodsAndPhasesInOrderPass() throws Exception {
		assertNone(parse("""
				plan p
				period 2016-2030
				outlook 2040, 2050
				phase near 2016-2030 { area 10 平方公里 }
				phase middle 2031-2040 { area 20 平方公里 }
				phase far 2041-2050 { area 40 平方公里 }
				indicator x（亿元）{ base 2015: 1 target 2020: 2, 2030: 3 actual 2020: 2 }
				"""), CheckType.TIME_PERIOD.id(), CheckType.TIME_PHASES.id(), CheckType.TIME_YEAR.id(), CheckType.TIME_ACTUAL.id(), CheckType.SPACE_PHASES.id());
	}

	@Test
	void aReversedPeriodAndAnOutlookInsideItFail() throws Exception {
		Issue reversed = only(parse("plan p\nperiod 2030-2016\n"), CheckType.TIME_PERIOD.id());
		assertEquals("the plan period 2030—2016 ends before it starts", reversed.getMessage());
		assertEquals(Severity.ERROR, reversed.getSeverity());
		Issue outlook = only(parse("plan p\nperiod 2016-2030\noutlook 2020, 2040\n"), CheckType.TIME_PERIOD.id());
		assertEquals("outlook year 2020 is not after the plan period 2016—2030", outlook.getMessage());
	}

	@Test
	void phasesWithGapsOverlapsOrOutsideThePeriodFail() throws Exception {
		Plan plan = parse("""
				plan p
				period 2016-2030
				outlook 2040
				phase near 2016-2025
				phase middle 2027-2035
				phase far 2034-2045
				""");
		List<String> messages = issues(plan, CheckType.TIME_PHASES.id()).stream().map(Issue::getMessage).toList();
		assertTrue(messages.contains("phase middle starts in 2027, but near ends in 2025: 2026 is in no phase"), messages::toString);
		assertTrue(messages.contains("phase far (2034—2045) overlaps middle (2027—2035)"), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("phase far (2034—2045) lies outside the plan period 2016—2030 and its outlook to 2040")),
				messages::toString);
	}

	@Test
	void targetsOutsideThePeriodAndLateBaseYearsFail() throws Exception {
		Plan plan = parse("plan p\nperiod 2021-2025\nindicator x（亿元）{ base 2022: 1 target 2030: 2 }\n");
		List<String> messages = issues(plan, CheckType.TIME_YEAR.id()).stream().map(Issue::getMessage).toList();
		assertTrue(messages.contains("x: a target for 2030 lies outside the plan period 2021—2025"), messages::toString);
		assertTrue(messages.contains("x: base year 2022 is after the start of the plan period 2021—2025"), messages::toString);
	}

	@Test
	void actualsAfterTheAsOfYearFail() throws Exception {
		Plan plan = parse("plan p\nas-of 2022\nindicator x（亿元）{ actual 2021: 1, 2023: 2 }\n");
		assertTrue(only(plan, CheckType.TIME_ACTUAL.id()).getMessage().contains("an actual value for 2023, which is after the plan's as-of year 2022"));
	}

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
	void projectLandMustFitItsZone() throws Exception {
		String text = "plan p\nzone park { area 100 亩 }\nproject a { in-zone park land 60 亩 }\nproject b { in-zone park land %s }\n";
		assertNone(parse(text.formatted("2 公顷")), CheckType.SPACE_PROJECT.id());
		assertTrue(only(parse(text.formatted("3 公顷")), CheckType.SPACE_PROJECT.id()).getMessage().contains("a 60亩 + b 3公顷 = 105亩"));
	}

	// ---------------------------------------------------------------- project.*

	static final String PROJECT = """
			plan p
			period 2021-2025
			project plant { investment %s years 2021-2025
			  stage one { investment 40 亿元 years 2021-2023 }
			  stage two { investment 60 亿元 years %s }
			}
			""";

	@Test
	void stagesThatAddUpAndFitPass() throws Exception {
		assertNone(parse(PROJECT.formatted("100 亿元", "2023-2025")), CheckType.PROJECT_STAGES.id(), CheckType.PROJECT_YEARS.id());
		assertNone(parse(PROJECT.formatted("1000000 万元", "2023-2025")), CheckType.PROJECT_STAGES.id());
	}

	@Test
	void stagesThatDoNotAddUpFail() throws Exception {
		Issue i = only(parse(PROJECT.formatted("120 亿元", "2023-2025")), CheckType.PROJECT_STAGES.id());
		assertTrue(i.getMessage().contains("plant investment: stages one 40亿元 + two 60亿元 = 100亿元, stated 120亿元"), i.getMessage());
	}

	@Test
	void stagesOutsideTheProjectFail() throws Exception {
		assertTrue(only(parse(PROJECT.formatted("100 亿元", "2024-2027")), CheckType.PROJECT_YEARS.id()).getMessage()
				.contains("stage two (2024—2027) lies outside the project's years 2021—2025"));
	}

	// ---------------------------------------------------------------- claim.*

	static final String CLAIMS = """
			plan p
			indicators {
			  columns base 2020 | target 2025 | attribute
			  indicator revenue（亿元）: 301 | 1200 | 预期性
			  indicator jobless（%%）: 0.4 | 0.4 | 预期性
			  indicator air（%%）: 87.2 | 88 | 约束性
			}
			indicator income（亿元）{ base 2015: 1.07 actual 2020: 3.4 }
			para %s
			""";

	@Test
	void claimsThatAgreePass() throws Exception {
		assertNone(parse(CLAIMS.formatted("""
				"营业收入" [301亿元](revenue@2020) "，到2025年" [1200亿元](revenue@2025) "、" [超过1200亿元](revenue@2025) "、" [约1200亿元](revenue@2025)
				"、" [12000000万元](revenue@2025) "，年均增长" [26.01%](income 增速) "，增加" [2.33亿元](income 变化) "。"
				""")), CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_DIFFERS.id(), CheckType.CLAIM_NO_VALUE.id(), CheckType.UNIT_DIMENSION.id());
	}

	@Test
	void aSentenceThatContradictsTheTableFails() throws Exception {
		// the hi-tech outline: 城镇登记失业率降至4.4%, where the table gives 0.4
		Issue i = only(parse(CLAIMS.formatted("\"城镇登记失业率降至\" [4.4%](jobless@2020) \"。\"")), CheckType.CLAIM_MISMATCH.id());
		assertEquals(Severity.WARNING, i.getSeverity());
		assertEquals("jobless 2020 base: the text says 4.4%, line 5 states 0.4%", i.getMessage());
		assertEquals(List.of("0.4%"), List.of(i.getData()));
		assertEquals(Severity.ERROR, only(parse(CLAIMS.formatted("[88%](air@2020)")), CheckType.CLAIM_MISMATCH.id()).getSeverity());
	}

	@Test
	void aDifferentButCompatibleFigureIsAWarning() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("\"园区营业收入\" [突破1000亿元](revenue@2025)")), CheckType.CLAIM_DIFFERS.id());
		assertEquals(Severity.WARNING, i.getSeverity());
		assertTrue(i.getMessage().contains("the text says 突破1000亿元, line 4 states 1200亿元"), i.getMessage());
	}

	@Test
	void aStatedGrowthThatTheFiguresDoNotGiveFails() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("\"年均增长\" [23.52%](income 增速)")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(i.getMessage().contains("1.07亿元 (2015) → 3.4亿元 (2020) over 5 years gives 26.01%"), i.getMessage());
		assertEquals(List.of("26.01%"), List.of(i.getData()));
	}

	@Test
	void aClaimAboutAValueThePlanDoesNotStateIsAWarning() throws Exception {
		Issue i = only(parse(CLAIMS.formatted("[300亿元](revenue@2023)")), CheckType.CLAIM_NO_VALUE.id());
		assertTrue(i.getMessage().contains("the plan states no value of revenue for 2023"), i.getMessage());
		assertTrue(only(parse(CLAIMS.formatted("[300亿元](revenue)")), CheckType.CLAIM_NO_VALUE.id()).getMessage().contains("name the year"));
	}

	@Test
	void aClaimInTheWrongDimensionFails() throws Exception {
		assertTrue(only(parse(CLAIMS.formatted("[301亩](revenue@2020)")), CheckType.UNIT_DIMENSION.id()).getMessage().contains("(area), but the value is 301亿元 (money)"));
	}

	// ---------------------------------------------------------------- count.mismatch

	@Test
	void countWordsMatchTheirLists() throws Exception {
		String text = "plan p\ngroup parks: a, b, c\npara \"建设\" %s \"园区\"\n";
		assertNone(parse(text.formatted("[三大](count parks)")), CheckType.COUNT_MISMATCH.id());
		assertNone(parse(text.formatted("[3个](count parks)")), CheckType.COUNT_MISMATCH.id());
		Issue i = only(parse(text.formatted("[四大](count parks)")), CheckType.COUNT_MISMATCH.id());
		assertEquals("the text says 四大 (4), but parks has 3 items", i.getMessage());
		assertEquals(List.of("三"), List.of(i.getData()));
		assertEquals(List.of("3"), List.of(only(parse(text.formatted("[5大](count parks)")), CheckType.COUNT_MISMATCH.id()).getData()));
		// 双 and 俩 count two
		assertEquals("the text says 双创 (2), but parks has 3 items", only(parse(text.formatted("[双创](count parks)")), CheckType.COUNT_MISMATCH.id()).getMessage());
		assertNone(parse("plan p\ngroup pair: a, b\npara [俩](count pair)\n"), CheckType.COUNT_MISMATCH.id());
	}

	@Test
	void countOfAZonesParts() throws Exception {
		String text = "plan p\nzone whole { zone a zone b }\npara [%s](count whole)\n";
		assertNone(parse(text.formatted("两")), CheckType.COUNT_MISMATCH.id());
		only(parse(text.formatted("三")), CheckType.COUNT_MISMATCH.id());
	}

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
		Plan plan = parse(START_UP.formatted("约2000 亩") + "ack space.parts start \"原文如此：起步区约2000亩\"\n");
		Issue i = only(plan, CheckType.SPACE_PARTS.id());
		assertEquals(Severity.INFO, i.getSeverity());
		assertTrue(i.getMessage().endsWith("— acknowledged: 原文如此：起步区约2000亩"), i.getMessage());
		// a family prefix acknowledges every check of the family
		assertEquals(Severity.INFO, only(parse(START_UP.formatted("约2000 亩") + "认可 space start \"x\"\n"), CheckType.SPACE_PARTS.id()).getSeverity());
		// an ack for another element does not
		assertEquals(Severity.ERROR, only(parse(START_UP.formatted("约2000 亩") + "ack space.parts basezone \"x\"\n"), CheckType.SPACE_PARTS.id()).getSeverity());
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
