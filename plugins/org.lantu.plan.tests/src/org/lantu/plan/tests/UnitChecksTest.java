package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;

/** unit.unknown: built-in, declared, glued and per-unit units pass; a unit nobody declared fails, in a value or an indicator's heading. */
class UnitChecksTest extends CheckFamilyTest {

	// ---------------------------------------------------------------- unit.unknown

	@Test
	void knownDeclaredAndGluedUnitsPass() throws Exception {
		validation.assertNoIssues(parse("""
				plan p
				unit 公亩 = 100 平方米
				zone a { area 3 公亩 }
				zone b { area 1000 亩以上 }
				indicator firms（家）{ actual 2020: 100余家 }
				zone c { area 2 km² }
				indicator x（万元/人）{ target 2025: 12.5 }
				"""));
	}

	@Test
	void unknownUnitFails() throws Exception {
		Plan plan = parse("plan p\nzone a { area 3 公亩 }\n");
		validation.assertError(plan, PlanPackage.Literals.QUANTITY, CheckType.UNIT_UNKNOWN.id(), "unknown unit '公亩'");
	}

	@Test
	void unitDefinedByUnknownUnitFails() throws Exception {
		Plan plan = parse("plan p\nunit 担 = 100 市斤\n");
		validation.assertError(plan, PlanPackage.Literals.UNIT_DECL, CheckType.UNIT_UNKNOWN.id(), "'市斤', which is not a known unit");
	}

	@Test
	void anIndicatorsUnknownUnitFailsWhereItIsWritten() throws Exception {
		Plan plan = parse("plan p\nindicator 粮食产量（市斤）{ base 2020: 3 target 2025: 4 }\n");
		validation.assertError(plan, PlanPackage.Literals.INDICATOR, CheckType.UNIT_UNKNOWN.id(), "unknown unit '市斤'");
		assertNone(parse("plan p\nunit 市斤 = 0.5 千克\nindicator 粮食产量（市斤）{ base 2020: 3 target 2025: 4 }\n"), CheckType.UNIT_UNKNOWN.id());
	}

	// ---------------------------------------------------------------- one unit per another

	static final String PER = """
			plan p
			indicators {
			  columns base 2020 | target 2025 | attribute
			  indicator 投资强度（万元/亩）: 250 | 300 | 约束性
			  indicator 细颗粒物浓度（微克/立方米）: 38 | 33 | 约束性
			  indicator 单位地区生产总值能耗（吨标准煤/万元）: 0.52 | 0.45 | 约束性
			  indicator 人口密度（人/平方公里）: 1200 | 1300 | 预期性
			}
			para %s
			""";

	@Test
	void unitsPerUnitsAreKnownAndConvert() throws Exception {
		// 4500 万元/公顷 is 300 万元/亩 (a size rounded to 34 digits); 0.033 毫克/立方米 is 33 微克/立方米;
		// 0.13 万人/平方公里 is 1300 人/平方公里
		assertNone(parse(PER.formatted("[4500万元/公顷](投资强度@2025) [0.033毫克/立方米](细颗粒物浓度@2025) [33微克/立方米以内](细颗粒物浓度@2025) "
				+ "[0.45吨标准煤/万元](单位地区生产总值能耗@2025) [0.13万人/平方公里](人口密度@2025)")),
				CheckType.UNIT_UNKNOWN.id(), CheckType.UNIT_DIMENSION.id(), CheckType.CLAIM_MISMATCH.id(), CheckType.CLAIM_DIFFERS.id());
		assertEquals(1, issues(parse(PER.formatted("[310万元/亩](投资强度@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(PER.formatted("[4501万元/公顷](投资强度@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(PER.formatted("[0.033毫克/升](细颗粒物浓度@2025)")), CheckType.CLAIM_MISMATCH).size(), "1 毫克/升 is 1000 毫克/立方米");
	}

	@Test
	void aUnitPerATimeReadsTheWordsOfDatesAndConverts() throws Exception {
		// 日, 年 and 月 are also the keywords of dates; after a slash they are a unit's time
		String plan = """
				plan p
				indicator 污水处理能力（万吨/日）{ base 2020: 3 target 2025: 5 }
				indicator 接待游客（万人次/年）{ base 2020: 120 target 2025: 200 }
				indicator 人均月收入（元/月）{ base 2020: 3000 target 2025: 4000 }
				indicator 建设工期（月）{ target 2025: 18 }
				para [5万吨/日](污水处理能力@2025) [50000吨/日](污水处理能力@2025) [1825万吨/年](污水处理能力@2025) [35万吨/周](污水处理能力@2025) \
				[200万人次/年](接待游客@2025) [4000元/月](人均月收入@2025) [48000元/年](人均月收入@2025) [18个月](建设工期@2025) [1.5年](建设工期@2025) %s
				""";
		assertNone(parse(plan.formatted("")), CheckType.SYNTAX.id(), CheckType.UNIT_UNKNOWN.id(), CheckType.UNIT_DIMENSION.id(), CheckType.CLAIM_MISMATCH.id(),
				CheckType.CLAIM_DIFFERS.id());
		assertEquals(1, issues(parse(plan.formatted("[1826万吨/年](污水处理能力@2025)")), CheckType.CLAIM_MISMATCH).size(), "5万吨/日 is 1825万吨/年");
		assertEquals(1, issues(parse(plan.formatted("[5万吨/年](污水处理能力@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(plan.formatted("[5万吨](污水处理能力@2025)")), CheckType.UNIT_DIMENSION).size(), "a mass is no capacity per day");
	}

	@Test
	void aRatePerANumberAndAUnitOfTwoWithAMiddleDotRead() throws Exception {
		// health plans' 孕产妇死亡率（1/10万）, written 10/10万 after a number; energy plans' 千瓦·时
		String plan = """
				plan p
				indicator 孕产妇死亡率（1/10万）{ base 2020: 11.2 target 2025: 10 }
				indicator 婴儿死亡率（‰）{ base 2020: 4.1 target 2025: 4 }
				indicator 人均生活用电量（千瓦·时）{ base 2020: 820 target 2025: 1050 }
				indicator 火电供电标准煤耗（克标准煤/千瓦时）{ base 2020: 305 target 2025: 298 }
				indicator 光伏装机（兆瓦）{ target 2025: 1800 }
				indicator 贫困发生率（1/10）{ base 2020: 0.5 target 2025: 0.4 }
				para [10/10万](孕产妇死亡率@2025) [0.1‰](孕产妇死亡率@2025) [1050千瓦时](人均生活用电量@2025) [1050kW·h](人均生活用电量@2025) 				[298克标准煤/千瓦时](火电供电标准煤耗@2025) [180万千瓦](光伏装机@2025) [1.8吉瓦](光伏装机@2025) \
				[40‰](贫困发生率@2025) %s
				""";
		assertNone(parse(plan.formatted("")), CheckType.SYNTAX.id(), CheckType.UNIT_UNKNOWN.id(), CheckType.UNIT_DIMENSION.id(), CheckType.CLAIM_MISMATCH.id(),
				CheckType.CLAIM_DIFFERS.id());
		assertEquals(1, issues(parse(plan.formatted("[11/10万](孕产妇死亡率@2025)")), CheckType.CLAIM_MISMATCH).size());
		assertEquals(1, issues(parse(plan.formatted("[1%](孕产妇死亡率@2025)")), CheckType.UNIT_DIMENSION).size(), "a percentage is no rate per 100,000");
		assertEquals(1, issues(parse(plan.formatted("[1051千瓦·时](人均生活用电量@2025)")), CheckType.CLAIM_MISMATCH).size());
	}

	@Test
	void aUnitPerAnotherMeasuresWhatItsTwoUnitsMeasure() throws Exception {
		Issue i = only(parse(PER.formatted("[300万元/人](投资强度@2025)")), CheckType.UNIT_DIMENSION.id());
		assertTrue(i.getMessage().contains("money per area") && i.getMessage().contains("money per count"), i.getMessage());
		Issue zh = only(parse(PER.formatted("[300万元/人](投资强度@2025)"), Lang.ZH), CheckType.UNIT_DIMENSION.id());
		assertTrue(zh.getMessage().contains("金额/面积"), zh.getMessage());
		Issue unknown = only(parse(PER.formatted("[300万元/市亩](投资强度@2025)")), CheckType.UNIT_UNKNOWN.id());
		assertEquals("in '万元/市亩': unknown unit '市亩' (known units like it: 亩); declare it with: unit 市亩 = <factor> <known unit>", unknown.getMessage());
		Issue part = only(parse("plan p\nindicator 死亡率（人/万乘）{ target 2025: 1.8 }\n", Lang.ZH), CheckType.UNIT_UNKNOWN.id());
		assertEquals("“人/万乘”中：未知单位“万乘”；请这样声明：计量单位 万乘 = <倍数> <已知单位>", part.getMessage());
		// a rate per zero is named as such, not as an unknown unit "1"
		Issue zero = only(parse("plan p\nindicator 孕产妇死亡率（1/0万）{ target 2025: 10 }\n", Lang.ZH), CheckType.UNIT_UNKNOWN.id());
		assertEquals("“1/0万”是每零个的比率，无法换算；写作每若干个的比率，如 1/10万", zero.getMessage());
	}
}
