package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Facts.Key;
import org.lantu.plan.evaluate.Facts.Kind;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;

import com.google.inject.Inject;

/**
 * Derived values (推算): a total without a stated value takes the sum of its parts, one part
 * without a value the total less the others; shares, claims and growth use them, and the messages
 * say they are derived.
 */
class DerivedValuesTest extends CheckFamilyTest {

	@Inject
	Evaluator evaluator;

	private Value value(Plan plan, String indicator, Key key) {
		Indicator i = EcoreUtil2.eAllOfType(plan, Indicator.class).stream().filter(x -> x.getName().equals(indicator)).findFirst().orElseThrow();
		Facts f = evaluator.facts(i);
		return f.get(key);
	}

	/** The parts of a total add to 370, its stated share of 500 is 突破80%. */
	static final String SHARE_OF_UNSTATED_TOTAL = """
			plan p
			indicator 新兴产业（亿元）{ }
			indicator 数字经济（亿元）{ target 2025: 120 }
			indicator 生物医药（亿元）{ target 2025: 250 }
			indicator 工业总产值（亿元）{ target 2025: 500 }
			indicator 新兴产业占比（%%）{ target 2025: %s }
			sum 新兴产业 = 数字经济 + 生物医药
			share 新兴产业占比 = 新兴产业 / 工业总产值
			""";

	@Test
	void aTotalWithoutAValueTakesTheSumOfItsParts() throws Exception {
		Plan plan = parse(SHARE_OF_UNSTATED_TOTAL.formatted("74"), Lang.EN);
		Value total = value(plan, "新兴产业", new Key(Kind.TARGET, 2025));
		assertTrue(total.derived() && total.derivation().ofTotal(), total::toString);
		assertEquals(0, new BigDecimal("370").compareTo(total.number()), total::toString);
		assertEquals("370亿元 (derived)", total.written());
		assertEquals(List.of(), issues(plan, CheckType.SHARE_MISMATCH));
		assertEquals(List.of(), issues(plan, CheckType.SUM_MISMATCH), "a 合计 does not check the value it derived");
	}

	@Test
	void aShareOfADerivedTotalIsChecked() throws Exception {
		List<Issue> found = issues(parse(SHARE_OF_UNSTATED_TOTAL.formatted("突破80"), Lang.EN), CheckType.SHARE_MISMATCH);
		assertEquals(1, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().contains("新兴产业 370亿元 (derived) / 工业总产值 500亿元 = 74%, stated 突破80%"), found.get(0).getMessage());
		assertEquals(6, found.get(0).getLineNumber(), "at the stated share, not at the 合计 that derived the total");
		Issue zh = issues(parse(SHARE_OF_UNSTATED_TOTAL.formatted("突破80"), Lang.ZH), CheckType.SHARE_MISMATCH).get(0);
		assertTrue(zh.getMessage().contains("370亿元（推算）"), zh.getMessage());
	}

	@Test
	void theOnePartWithoutAValueTakesTheTotalLessTheOthers() throws Exception {
		String text = """
				plan p
				indicator 总量（亿元）{ target 2025: 1000 }
				indicator 甲（亿元）{ target 2025: 300 }
				indicator 乙（亿元）{ }
				indicator 丙（亿元）{ target 2025: 200 }
				sum 总量 = 甲 + 乙 + 丙
				para "乙达到" [%s](乙@2025)
				""";
		Plan plan = parse(text.formatted("500亿元"), Lang.EN);
		Value part = value(plan, "乙", new Key(Kind.TARGET, 2025));
		assertTrue(part.derived() && !part.derivation().ofTotal(), part::toString);
		assertEquals(0, new BigDecimal("500").compareTo(part.number()), part::toString);
		assertEquals(List.of(), issues(plan, CheckType.CLAIM_MISMATCH));
		assertEquals(List.of(), issues(plan, CheckType.SUM_MISMATCH));
		List<Issue> wrong = issues(parse(text.formatted("600亿元"), Lang.EN), CheckType.CLAIM_MISMATCH);
		assertEquals(1, wrong.size(), wrong::toString);
		assertTrue(wrong.get(0).getMessage().contains("500亿元 (derived)"), wrong.get(0).getMessage());
	}

	@Test
	void twoPartsWithoutValuesDeriveNothing() throws Exception {
		Plan plan = parse("""
				plan p
				indicator 总量（亿元）{ target 2025: 1000 }
				indicator 甲（亿元）{ target 2025: 300 }
				indicator 乙（亿元）{ }
				indicator 丙（亿元）{ }
				sum 总量 = 甲 + 乙 + 丙
				""", Lang.EN);
		assertNull(value(plan, "乙", new Key(Kind.TARGET, 2025)));
		assertNull(value(plan, "丙", new Key(Kind.TARGET, 2025)));
	}

	@Test
	void twoBreakdownsOfAnUnstatedTotalMustAgree() throws Exception {
		String text = """
				plan p
				indicator 总产值（亿元）{ }
				indicator 工业（亿元）{ target 2025: 600 }
				indicator 服务业（亿元）{ target 2025: 400 }
				indicator 东区（亿元）{ target 2025: 700 }
				indicator 西区（亿元）{ target 2025: %s }
				sum 总产值 = 工业 + 服务业
				sum 总产值 = 东区 + 西区
				""";
		assertEquals(List.of(), issues(parse(text.formatted("300"), Lang.EN), CheckType.SUM_MISMATCH));
		List<Issue> found = issues(parse(text.formatted("350"), Lang.EN), CheckType.SUM_MISMATCH);
		assertEquals(1, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().contains("东区 700亿元 + 西区 350亿元 = 1050亿元"), found.get(0).getMessage());
		assertTrue(found.get(0).getMessage().contains("1000亿元 (derived)"), found.get(0).getMessage());
		assertEquals(8, found.get(0).getLineNumber(), "at the second 合计");
	}

	@Test
	void aStatedValueIsNeverReplaced() throws Exception {
		Plan plan = parse("""
				plan p
				indicator 总量（亿元）{ target 2025: 900 }
				indicator 甲（亿元）{ target 2025: 300 }
				indicator 乙（亿元）{ target 2025: 500 }
				sum 总量 = 甲 + 乙
				""", Lang.EN);
		Value total = value(plan, "总量", new Key(Kind.TARGET, 2025));
		assertFalse(total.derived());
		assertEquals(1, issues(plan, CheckType.SUM_MISMATCH).size());
	}

	@Test
	void aPartAtLeastGivesATotalAtLeast() throws Exception {
		Plan plan = parse("""
				plan p
				indicator 总量（亿元）{ }
				indicator 甲（亿元）{ target 2025: 300以上 }
				indicator 乙（亿元）{ target 2025: 500 }
				indicator 丙（亿元）{ target 2025: 900 }
				sum 总量 = 甲 + 乙
				para [低于700亿元](总量@2025)
				""", Lang.EN);
		Value total = value(plan, "总量", new Key(Kind.TARGET, 2025));
		assertEquals("at least 800亿元 (derived)", total.written());
		assertEquals(1, issues(plan, CheckType.CLAIM_MISMATCH).size());
	}

	@Test
	void circularTotalsDeriveWhatTheyCanAndEnd() throws Exception {
		Plan plan = parse("""
				plan p
				indicator a（亿元）{ }
				indicator b（亿元）{ }
				indicator c（亿元）{ target 2025: 1 }
				sum a = b + c
				sum b = a + c
				""", Lang.EN);
		assertNull(value(plan, "a", new Key(Kind.TARGET, 2025)));
		validation.validate(plan);
	}

	@Test
	void industriesDeriveThroughTheirOutputIndicator() throws Exception {
		Plan plan = parse("""
				plan p
				indicator 总产值（亿元）{ }
				indicator 电子产值（亿元）{ target 2025: 200 }
				indicator 汽车产值（亿元）{ target 2025: 300 }
				industry 电子 { output 电子产值 }
				industry 汽车 { output 汽车产值 }
				sum 总产值 = 电子 + 汽车
				""", Lang.EN);
		assertEquals(0, new BigDecimal("500").compareTo(value(plan, "总产值", new Key(Kind.TARGET, 2025)).number()));
	}

	/** Each part's facts read the total and the other parts once per 合计, not recursively through it (30 parts once took hours). */
	@Test
	void aSumOfManyPartsIsDerivedWithoutRecursingThroughIt() throws Exception {
		StringBuilder b = new StringBuilder("plan p\nindicator 总量（亿元）{ target 2025: 465 }\n");
		StringBuilder sum = new StringBuilder("sum 总量 = ");
		for (int i = 1; i <= 30; i++) {
			b.append("indicator 分项").append(i).append("（亿元）{ target 2025: ").append(i).append(", 2030: ").append(i + 1).append(" }\n");
			sum.append(i == 1 ? "" : " + ").append("分项").append(i);
		}
		Plan plan = parse(b.append(sum).append('\n').toString(), Lang.EN);
		Value total = value(plan, "总量", new Key(Kind.TARGET, 2030));
		assertEquals(0, new BigDecimal("495").compareTo(total.number()), total::toString);
		assertEquals(List.of(), issues(plan, CheckType.SUM_MISMATCH));
	}

	@Test
	void factsAreEvaluatedOncePerVersionAndSettings() throws Exception {
		Plan plan = parse(SHARE_OF_UNSTATED_TOTAL.formatted("74"), Lang.EN);
		Indicator total = EcoreUtil2.eAllOfType(plan, Indicator.class).stream().filter(x -> x.getName().equals("新兴产业")).findFirst().orElseThrow();
		Facts first = evaluator.facts(total);
		assertTrue(first == evaluator.facts(total), "the same version under the same settings is evaluated once");
		assertTrue(evaluator.analysis(total) == evaluator.analysis(plan), "one analysis per file");

		CheckSettings.of(plan).setLang(Lang.ZH);
		Facts chinese = evaluator.facts(total);
		assertFalse(first == chinese, "other settings evaluate again");
		assertEquals("370亿元（推算）", chinese.get(new Key(Kind.TARGET, 2025)).written());

		Indicator part = EcoreUtil2.eAllOfType(plan, Indicator.class).stream().filter(x -> x.getName().equals("数字经济")).findFirst().orElseThrow();
		var analysis = evaluator.analysis(plan);
		part.getProperties().clear(); // an edit: the part states nothing now
		assertFalse(analysis == evaluator.analysis(plan), "an edit forgets the analysis");
		assertNull(evaluator.facts(total).get(new Key(Kind.TARGET, 2025)), "and the total is derived from what the plan says now");
	}
}
