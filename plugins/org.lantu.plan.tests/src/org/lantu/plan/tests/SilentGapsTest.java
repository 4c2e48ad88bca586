package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;

/** Relations that could not be checked used to pass in silence; each is now a finding that says why. */
class SilentGapsTest extends CheckFamilyTest {

	private List<Issue> issues(String text, CheckType check, Lang lang) throws Exception {
		return issues(parse(text, lang), check);
	}

	private Issue only(String text, CheckType check) throws Exception {
		List<Issue> found = issues(text, check, Lang.EN);
		assertEquals(1, found.size(), found::toString);
		return found.get(0);
	}

	@Test
	void aYearStatedTwiceIsAnError() throws Exception {
		Issue i = only("plan p\nindicator x（亿元）{ target 2025: 1200, 2025: 1300 }\n", CheckType.TIME_DUPLICATE);
		assertEquals(Severity.ERROR, i.getSeverity());
		assertTrue(i.getMessage().contains("x: the 2025 target is stated twice, 1200亿元 (line 2) and 1300"), i.getMessage());
		assertEquals(List.of(), issues("plan p\nindicator x（亿元）{ target 2025: 1200, 2030: 1300 }\n", CheckType.TIME_DUPLICATE, Lang.EN));
		assertTrue(issues("plan p\nindicator x（亿元）{ target 2025: 1200, 2025: 1300 }\n", CheckType.TIME_DUPLICATE, Lang.ZH).get(0).getMessage()
				.contains("x：2025年目标值写了两次"));
	}

	@Test
	void aRateWithoutASpanIsWarned() throws Exception {
		Issue i = only("plan p\nindicator y（亿元）{ base 2025: 100 target 2025: 120 growth 5% }\n", CheckType.GROWTH_SPAN);
		assertEquals(Severity.WARNING, i.getSeverity());
		assertTrue(i.getMessage().contains("the base year 2025 is not before the last year 2025"), i.getMessage());
		assertEquals(List.of(), issues("plan p\nindicator y（亿元）{ base 2020: 100 target 2025: 127.63 growth 5% }\n", CheckType.GROWTH_SPAN, Lang.EN));
	}

	@Test
	void pointsPerYearOnAnIndicatorNotInPercentAreADimensionError() throws Exception {
		Issue i = only("plan p\nindicator z（亿元）{ base 2020: 100 target 2025: 120 points 0.5 }\n", CheckType.UNIT_DIMENSION);
		assertTrue(i.getMessage().contains("z is measured in 亿元; 年均提高 (0.5百分点) counts percentage points"), i.getMessage());
		assertEquals(List.of(), issues("plan p\nindicator z（亿元）{ base 2020: 100 target 2025: 120 points 0.5 }\n", CheckType.GROWTH_POINTS, Lang.EN),
				"no arithmetic on a meaningless figure");
	}

	@Test
	void aClaimWithoutAReadableNumberIsWarnedAndAnErrorWhenBinding() throws Exception {
		String plan = "plan p\nindicator 营收（亿元）{ target 2025: 1200 %s }\npara \"到2025年营收\" [abc](营收@2025) \"，又\" [八大](营收@2025) \"。\"\n";
		List<Issue> expected = issues(plan.formatted(""), CheckType.CLAIM_UNREADABLE, Lang.EN);
		assertEquals(2, expected.size(), expected::toString);
		assertEquals(Severity.WARNING, expected.get(0).getSeverity());
		assertTrue(expected.get(0).getMessage().contains("the text says abc, which holds no number"), expected.get(0).getMessage());
		assertEquals(Severity.ERROR, issues(plan.formatted("attribute 约束性"), CheckType.CLAIM_UNREADABLE, Lang.EN).get(0).getSeverity());
		assertEquals(List.of(), issues("plan p\nindicator 营收（亿元）{ target 2025: 1200 }\npara [1200亿元](营收@2025)\n", CheckType.CLAIM_UNREADABLE, Lang.EN));
	}

	@Test
	void anAmountInWordsIsReadExactOrAsAFloor() throws Exception {
		String plan = "plan p\nindicator 营收（亿元）{ target 2025: 1200 attribute 约束性 }\npara [%s](营收@2025)\n";
		// exact amounts in Chinese numerals
		assertEquals(List.of(), issues(plan.formatted("一千二百亿元"), CheckType.CLAIM_MISMATCH, Lang.EN));
		Issue exact = issues(plan.formatted("五百亿元"), CheckType.CLAIM_MISMATCH, Lang.EN).get(0);
		assertTrue(exact.getMessage().contains("营收 2025 target: the text says 五百亿元 (500亿元), line 2 states 1200亿元"), exact.getMessage());
		assertEquals(Severity.ERROR, exact.getSeverity(), "a binding target");
		// magnitude words as floors: 千亿 = at least 1000亿元, 百亿级, 五百亿元以上
		for (String floor : List.of("千亿", "百亿级", "五百亿元以上", "超千亿")) {
			assertEquals(List.of(), issues(plan.formatted(floor), CheckType.CLAIM_MISMATCH, Lang.EN), floor);
		}
		Issue tooHigh = issues(plan.formatted("两千亿级"), CheckType.CLAIM_MISMATCH, Lang.EN).get(0);
		assertTrue(tooHigh.getMessage().contains("the text's '两千亿级' means at least 2000亿元, but line 2 states 1200亿元"), tooHigh.getMessage());
		assertTrue(issues(plan.formatted("万亿"), CheckType.CLAIM_MISMATCH, Lang.ZH).get(0).getMessage().contains("正文的“万亿”意味着不低于 10000亿元"));
		// a unit in the word: 万亩 is an area, not money
		assertEquals(1, issues(plan.formatted("万亩"), CheckType.UNIT_DIMENSION, Lang.EN).size());
		assertEquals(List.of(), issues("plan p\nzone 园区 { area 1.2万亩 }\npara [万亩](园区 面积)\n", CheckType.CLAIM_MISMATCH, Lang.EN));
		assertEquals(1, issues("plan p\nzone 园区 { area 8000亩 }\npara [万亩](园区 面积)\n", CheckType.CLAIM_MISMATCH, Lang.EN).size());
		List<Issue> noValue = issues("plan p\nindicator 营收（亿元）{ target 2025: 1200 }\npara [千亿](营收@2030)\n", CheckType.CLAIM_NO_VALUE, Lang.EN);
		assertEquals(1, noValue.size(), "an amount in words tied to a year the plan does not state: " + noValue);
		for (String none : List.of("八大", "三个", "abc")) {
			assertEquals(1, issues(plan.formatted(none), CheckType.CLAIM_UNREADABLE, Lang.EN).size(), none);
		}
	}

	@Test
	void aTitleCanClaimItsCountWords() throws Exception {
		String plan = "plan p\ngroup 园区 : 甲, 乙, 丙\nchapter 3 \"打造%s园区\" [%s](count 园区) {\n  para \"…\"\n}\nsection \"两大平台\" [两大](count 园区) { }\n";
		List<Issue> found = issues(plan.formatted("四大", "四大"), CheckType.COUNT_MISMATCH, Lang.EN);
		assertEquals(2, found.size(), found::toString);
		assertEquals(3, found.get(0).getLineNumber());
		assertEquals(List.of(), issues(plan.formatted("三大", "三大").replace("[两大]", "[三大]"), CheckType.COUNT_MISMATCH, Lang.EN));
	}

	@Test
	void aUnitFactorMustBePositive() throws Exception {
		assertTrue(only("plan p\nunit 床 = 0 亩\nzone q { area 3 床 }\n", CheckType.UNIT_FACTOR).getMessage().contains("unit 床 is declared as 0 亩"));
		assertTrue(only("plan p\nunit 铺 = -1 亩\nzone q { area 3 铺 }\n", CheckType.UNIT_FACTOR).getMessage().contains("-1 亩"));
		assertEquals(List.of(), issues("plan p\nunit 铺 = 2 亩\nzone q { area 3 铺 }\n", CheckType.UNIT_FACTOR, Lang.EN));
	}

	@Test
	void aZoneAmongItsOwnPartsIsAnError() throws Exception {
		assertEquals("a is among its own parts: a → a", only("plan p\nzone a { area 10 亩 parts a }\n", CheckType.SPACE_CYCLE).getMessage());
		List<Issue> cycle = issues("plan p\nzone b { area 10 亩 parts c }\nzone c { area 5 亩 parts b }\nzone d { area 3 亩 parts b }\n", CheckType.SPACE_CYCLE, Lang.EN);
		assertEquals(List.of("b is among its own parts: b → c → b", "c is among its own parts: c → b → c"), cycle.stream().map(Issue::getMessage).toList());
		assertEquals(List.of(), issues("plan p\nzone b { area 10 亩 parts c }\nzone c { area 5 亩 }\n", CheckType.SPACE_CYCLE, Lang.EN));
	}

	@Test
	void aDateThatIsNoDayIsAValueError() throws Exception {
		assertEquals("2022年13月45日 is not a date: there is no month 13", only("plan p\ndate 2022年13月45日\n", CheckType.VALUE).getMessage());
		assertEquals("2022年2月30日 is not a date: 2022年2月 has 28 days", only("plan p\ndate 2022-02-30\n", CheckType.VALUE).getMessage());
		assertEquals(List.of(), issues("plan p\ndate 2024-02-29\n", CheckType.VALUE, Lang.EN));
		assertEquals("2022年2月30日不是有效日期：2022年2月只有 28 天", issues("plan p\n成文日期 2022年2月30日\n", CheckType.VALUE, Lang.ZH).get(0).getMessage());
	}

	@Test
	void aPeriodMayStateOnlyItsEnd() throws Exception {
		for (String period : List.of("到2027", "—2027", "-2027", "至 2027年", "until 2027")) {
			String text = "plan p\nperiod " + period + "\nindicator x（亿元）{ base 2020: 1 target 2027: 2, 2030: 3 }\n";
			Plan plan = parse(text, Lang.EN);
			assertEquals(List.of(), plan.eResource().getErrors(), period);
			assertEquals(0, plan.getPeriod().getFrom(), period);
			assertEquals(2027, plan.getPeriod().getTo(), period);
			List<Issue> found = validation.validate(plan);
			assertEquals(1, found.size(), () -> period + ": " + found);
			assertEquals(CheckType.TIME_YEAR.id(), found.get(0).getCode());
			assertTrue(found.get(0).getMessage().contains("x: a target for 2030 lies outside the plan period until 2027"), found.get(0).getMessage());
		}
	}
}
