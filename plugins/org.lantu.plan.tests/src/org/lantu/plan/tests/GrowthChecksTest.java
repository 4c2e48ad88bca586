package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;

/** growth.*: stated growth rates, changes and points per year follow from the base and the target. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class GrowthChecksTest extends CheckFamilyTest {

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
	void aWholePercentageIsARoundedRate() throws Exception {
		// 100 → 176 over five years is 11.98 % a year: 12 % is that rate rounded, 13 % is not; 12%以上 is a bound
		assertNone(parse(GROWTH.formatted("x（亿元）: 100 | 176 | 12% | 预期性")), CheckType.GROWTH_MISMATCH.id());
		only(parse(GROWTH.formatted("x（亿元）: 100 | 176 | 13% | 预期性")), CheckType.GROWTH_MISMATCH.id());
		only(parse(GROWTH.formatted("x（亿元）: 100 | 176 | 12%以上 | 预期性")), CheckType.GROWTH_MISMATCH.id());
		// a rate written with decimals is as precise as they say: 11.98 is 12.0 to one decimal, not 12.1
		assertNone(parse(GROWTH.formatted("x（亿元）: 100 | 176 | 12.0% | 预期性")), CheckType.GROWTH_MISMATCH.id());
		only(parse(GROWTH.formatted("x（亿元）: 100 | 176 | 12.1% | 预期性")), CheckType.GROWTH_MISMATCH.id());
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
	void aChangeBetweenUnitsThatDoNotDivideEvenlyIsComputedAndShownApart() throws Exception {
		// 1501 亩 is 100.0666… 公顷: the change to 101 公顷 has no end in decimals (it once stopped the checks)
		Issue i = only(parse(GROWTH.formatted("green（公顷）: 1501亩 | 101 | [1] | 预期性")), CheckType.GROWTH_CHANGE.id());
		assertTrue(i.getMessage().contains("is a change of 0.9公顷"), i.getMessage());
		assertNone(parse(GROWTH.formatted("green（公顷）: 1500亩 | 101 | [1] | 预期性")), CheckType.GROWTH_CHANGE.id(), CheckType.INTERNAL.id());
	}

	@Test
	void pointsPerYear() throws Exception {
		String text = "plan p\nindicator rate（%%）{ base 2020: 2.5 target 2025: 4.5 points %s }\n";
		assertNone(parse(text.formatted("0.4")), CheckType.GROWTH_POINTS.id());
		assertTrue(only(parse(text.formatted("0.5")), CheckType.GROWTH_POINTS.id()).getMessage().contains("is 0.4 percentage points per year"));
	}
}
