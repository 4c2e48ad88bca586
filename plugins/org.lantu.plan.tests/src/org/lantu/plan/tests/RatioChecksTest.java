package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;

/**
 * ratio.total, ratio.mismatch, ratio.misplaced and claims on a ratio: 三次产业结构 7.9:39.5:52.6, 城乡居民收入比 2.45:1.
 * Each with plans that pass and plans that fail.
 */
class RatioChecksTest extends CheckFamilyTest {

	/** A county outline's table: the value added of the three sectors and their structure, in 2020 and 2025. */
	static final String STRUCTURE = """
			plan p
			period 2021—2025
			indicators {
			  columns base 2020 | target 2025
			  indicator 第一产业增加值（亿元）: 30 | 35
			  indicator 第二产业增加值（亿元）: 150 | 200
			  indicator 第三产业增加值（亿元）: 200 | 285
			  indicator 三次产业结构（%%）: %s | %s
			}
			ratio 三次产业结构 = 第一产业增加值 : 第二产业增加值 : 第三产业增加值
			""";

	// ---------------------------------------------------------------- ratio.total

	@Test
	void percentagesOfAWholeThatMakeHundredPass() throws Exception {
		// 7.9 + 39.5 + 52.6 = 100.0; 7 + 38 + 55 = 100
		assertNone(parse(STRUCTURE.formatted("7.9:39.5:52.6", "7:38:55").replace("ratio 三次", "// ratio 三次")), CheckType.RATIO_TOTAL.id());
	}

	@Test
	void percentagesOfAWholeThatDoNotMakeHundredFail() throws Exception {
		Plan plan = parse(STRUCTURE.formatted("7.9:39.5:52.6", "6.7:38.5:53.8").replace("ratio 三次", "// ratio 三次"));
		Issue i = only(plan, CheckType.RATIO_TOTAL.id());
		assertTrue(i.getMessage().contains("三次产业结构 2025 target: the terms of 6.7:38.5:53.8 are percentages of one whole and should total 100, but they total 99.0"),
				i.getMessage());
		assertEquals(8, i.getLineNumber());
	}

	@Test
	void aTotalOffByRoundingAloneIsNoFinding() throws Exception {
		// 33.3 + 33.3 + 33.3 = 99.9, and each can be up to 33.35: the terms allow 100
		assertNone(parse(STRUCTURE.formatted("33.3:33.3:33.3", "20:30:50").replace("ratio 三次", "// ratio 三次")), CheckType.RATIO_TOTAL.id());
	}

	@Test
	void percentagesWrittenInTheRatioItselfMakeHundredToo() throws Exception {
		// an indicator without a unit of its own, its ratio in %
		only(parse("plan p\nindicator 结构 { base 2020: 40:50% }\n"), CheckType.RATIO_TOTAL.id());
		assertNone(parse("plan p\nindicator 结构（亿元）{ base 2020: 40:50 }\n"), CheckType.RATIO_TOTAL.id());
	}

	@Test
	void aRatioOfTwoAmountsNeedNotMakeHundred() throws Exception {
		assertNone(parse("""
				plan p
				indicator 城乡居民收入比 { base 2020: 2.45:1 }
				indicator 生师比 { base 2020: 17∶1 }
				"""), CheckType.RATIO_TOTAL.id());
	}

	// ---------------------------------------------------------------- ratio.mismatch

	@Test
	void aRatioInTheProportionsOfItsTermsPasses() throws Exception {
		// 30 : 150 : 200 of 380 is 7.89 : 39.47 : 52.63; 35 : 200 : 285 of 520 is 6.73 : 38.46 : 54.81
		assertNone(parse(STRUCTURE.formatted("7.9:39.5:52.6", "6.7:38.5:54.8")), CheckType.RATIO_MISMATCH.id(), CheckType.RATIO_TOTAL.id());
		assertNone(parse(STRUCTURE.formatted("8:39:53", "7:38:55")), CheckType.RATIO_MISMATCH.id(), CheckType.RATIO_TOTAL.id());
	}

	@Test
	void aRatioOutOfProportionWithItsTermsFails() throws Exception {
		Plan plan = parse(STRUCTURE.formatted("7.9:39.5:52.6", "6:40:54"));
		Issue i = only(plan, CheckType.RATIO_MISMATCH.id());
		assertTrue(i.getMessage().contains(
				"三次产业结构 2025 target: stated 6:40:54, but 第一产业增加值 35亿元 : 第二产业增加值 200亿元 : 第三产业增加值 285亿元 gives 6.7:38.5:54.8"),
				i.getMessage());
		assertEquals(List.of("6.7:38.5:54.8"), List.of(i.getData()));
		assertEquals(8, i.getLineNumber());
	}

	static final String INCOME = """
			plan p
			indicator 城镇居民人均可支配收入（元）{ base 2020: 40000 target 2025: 52000 }
			indicator 农村居民人均可支配收入（元）{ base 2020: 16300 target 2025: 22600 }
			indicator 城乡居民收入比 { base 2020: 2.45:1 target 2025: %s }
			ratio 城乡居民收入比 = 城镇居民人均可支配收入 : 农村居民人均可支配收入
			""";

	@Test
	void aRatioToOneIsTheQuotientOfItsTerms() throws Exception {
		// 40000 / 16300 = 2.454, 52000 / 22600 = 2.301: the 1 is exact, so 2.3 passes and 2.4 does not
		assertNone(parse(INCOME.formatted("2.3:1")), CheckType.RATIO_MISMATCH.id());
		assertNone(parse(INCOME.formatted("2.3∶1")), CheckType.RATIO_MISMATCH.id());
		Issue i = only(parse(INCOME.formatted("2.4:1")), CheckType.RATIO_MISMATCH.id());
		assertEquals(List.of("2.3:1"), List.of(i.getData()));
	}

	@Test
	void aRatioWithAnotherNumberOfTermsThanItsDeclarationFails() throws Exception {
		Issue i = only(parse(STRUCTURE.formatted("7.9:39.5:52.6", "6.7:93.3")), CheckType.RATIO_MISMATCH.id());
		assertTrue(i.getMessage().contains("the ratio 6.7:93.3 has 2 terms, but the 比例 lists 3"), i.getMessage());
	}

	@Test
	void aTermWithoutAValueThatYearIsSaidToBeUnchecked() throws Exception {
		Plan plan = parse(INCOME.formatted("2.3:1").replace("target 2025: 22600", ""));
		Issue i = only(plan, CheckType.COVERAGE_UNCHECKED.id());
		assertTrue(i.getMessage().contains("农村居民人均可支配收入 states no value for 2025; the ratio is not checked"), i.getMessage());
	}

	@Test
	void aRatioOfZeroIsSaidToBeUnchecked() throws Exception {
		Plan plan = parse(INCOME.formatted("0:0"));
		assertNone(plan, CheckType.RATIO_MISMATCH.id());
		assertTrue(issues(plan, CheckType.COVERAGE_UNCHECKED).stream().anyMatch(i -> i.getMessage().contains("a term of 0:0 is zero or negative")));
	}

	@Test
	void aRatioOfManyTermsIsReadAndChecked() throws Exception {
		// hostile input: a ratio of 5,000 terms is one value, its terms added once
		String terms = String.join(":", Collections.nCopies(5000, "0.02"));
		Plan plan = parse("plan p\nindicator 结构（%）{ base 2020: " + terms + " }\n");
		assertNone(plan, CheckType.RATIO_TOTAL.id());
		// 5,000 terms of ±0.005 allow 75 to 125; with a term of 50 more they cannot make 100
		only(parse("plan p\nindicator 结构（%）{ base 2020: " + terms + ":50 }\n"), CheckType.RATIO_TOTAL.id());
	}

	@Test
	void aRatioMustNameTheIndicatorThatStatesIt() throws Exception {
		Plan plan = parse("""
				plan p
				zone 甲园 { area 10 亩 }
				zone 乙园 { area 30 亩 }
				indicator 甲乙比 { base 2020: 1:3 }
				ratio 甲园 = 甲园 : 乙园
				ratio 甲乙比 = 甲园 : 乙园
				""");
		only(plan, CheckType.REFERENCE_KIND.id());
		// zones' areas can be the terms: 10 : 30 is 1 : 3
		assertNone(plan, CheckType.RATIO_MISMATCH.id());
	}

	// ---------------------------------------------------------------- ratio.misplaced

	@Test
	void aRatioWhereAnAmountIsExpectedFails() throws Exception {
		Plan plan = parse("""
				plan p
				zone 甲园 { area 3:4 }
				indicator 营收（亿元）{ base 2020: 10 growth 3:4 }
				indicator 结构（%）{ base 2020: 40:60 }
				""");
		List<Issue> found = issues(plan, CheckType.RATIO_MISPLACED);
		assertEquals(List.of(2, 3), found.stream().map(Issue::getLineNumber).toList());
		assertTrue(found.get(0).getMessage().contains("the ratio 3:4 can only be an indicator's base, target or actual value"), found.get(0).getMessage());
	}

	// ---------------------------------------------------------------- claims on a ratio

	@Test
	void aRatioInTheTextIsComparedTermByTerm() throws Exception {
		String plan = STRUCTURE.formatted("7.9:39.5:52.6", "6.7:38.5:54.8") + "para \"到2025年，三次产业结构调整为\" [SAID](三次产业结构@2025) \"。\"\n";
		assertNone(parse(plan.replace("SAID", "6.7:38.5:54.8")), CheckType.CLAIM_MISMATCH.id());
		assertNone(parse(plan.replace("SAID", "7:38:55")), CheckType.CLAIM_MISMATCH.id());
		Issue i = only(parse(plan.replace("SAID", "7:40:53")), CheckType.CLAIM_MISMATCH.id());
		assertTrue(i.getMessage().contains("三次产业结构 2025 target: the text says 7:40:53, line 8 states 6.7:38.5:54.8"), i.getMessage());
		assertEquals(List.of("6.7:38.5:54.8"), List.of(i.getData()));
	}

	@Test
	void aRatioInTheTextOfAYearWithoutOneSaysSo() throws Exception {
		String plan = STRUCTURE.formatted("7.9:39.5:52.6", "6.7:38.5:54.8") + "para [7:38:55](三次产业结构@2030) [2:1](第一产业增加值@2025)\n";
		List<Issue> found = issues(parse(plan), CheckType.CLAIM_NO_VALUE);
		assertEquals(2, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().contains("the plan states no ratio for 三次产业结构 2030"), found.get(0).getMessage());
		assertTrue(found.get(1).getMessage().contains("the plan states no ratio for 第一产业增加值"), found.get(1).getMessage());
	}

	@Test
	void theFindingsSpeakChinese() throws Exception {
		Plan plan = parse(STRUCTURE.formatted("7.9:39.5:52.6", "6:40:54").replace("ratio 三次", "比例 三次"), Lang.ZH);
		Issue i = only(plan, CheckType.RATIO_MISMATCH.id());
		assertTrue(i.getMessage().contains("三次产业结构 2025年目标值：写的是 6:40:54，而按 第一产业增加值 35亿元 : 第二产业增加值 200亿元 : 第三产业增加值 285亿元 计算为 6.7:38.5:54.8"),
				i.getMessage());
	}

	@Test
	void aRatioIsNoAmountForTheOtherChecks() throws Exception {
		// a ratio column next to amounts: no growth, sum or unit finding reads 7.9 out of 7.9:39.5:52.6
		Plan plan = parse(STRUCTURE.formatted("7.9:39.5:52.6", "6.7:38.5:54.8").replace("（%%）", "（%%）{ growth 3 }"));
		assertNone(plan, CheckType.GROWTH_MISMATCH.id(), CheckType.UNIT_UNKNOWN.id(), CheckType.SUM_MISMATCH.id());
	}

	@Test
	void aRatioCutShortIsOneSyntaxErrorAndIsNotChecked() throws Exception {
		for (String cut : List.of("7.9::52.6", "7.9:-:52.6", "7.9: :52.6", "7.9:39.5:")) {
			XtextResourceSet set = resourceSets.get();
			settings.attachTo(set);
			Plan plan = parser.parse(STRUCTURE.formatted(cut, "6.7:38.5:54.8"), set);
			var errors = plan.eResource().getErrors();
			// the parser's recovery reads the stray sign into the next term: its value error would only repeat the syntax error, in Java's words
			assertEquals(1, errors.size(), () -> cut + ": " + errors);
			assertEquals(CheckType.SYNTAX.id(), ((XtextSyntaxDiagnostic) errors.get(0)).getCode(), errors::toString);
			// and a ratio the parser had to mend is not the one written: 7.9:39.5:| 6.7:38.5:54.8 is no ratio of five terms
			assertNone(plan, CheckType.RATIO_TOTAL.id(), CheckType.RATIO_MISMATCH.id());
		}
	}
}
