package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;

/** sum.mismatch and sum.of-which: a total is the sum of its parts, a subset fits within its whole; units are converted, dimensions kept apart. Each with plans that pass and plans that fail; the failing plans use the seeds' own inconsistencies where they have one. */
class SumChecksTest extends CheckFamilyTest {

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
	void aTotalStatedInAnotherPlanGetsNoFixOverTheNameInTheSum(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("全市.plan"), "plan 全市\nindicator 总产值（亿元）{ target 2025: 100 }\n", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("汇总.plan"), """
				plan 汇总
				import "全市.plan"
				indicator 甲（亿元）{ target 2025: 60 }
				indicator 乙（亿元）{ target 2025: 50 }
				sum 全市.总产值 = 甲 + 乙
				""", StandardCharsets.UTF_8);
		XtextResourceSet set = resourceSets.get();
		settings.attachTo(set);
		Plan rollUp = (Plan) set.getResource(URI.createFileURI(dir.resolve("汇总.plan").toString()), true).getContents().get(0);
		Issue i = only(rollUp, CheckType.SUM_MISMATCH.id());
		// the finding stands on the total's name in this file: a quick fix there would write 110亿元 over 全市.总产值
		assertEquals(List.of(), List.of(i.getData() == null ? new String[0] : i.getData()), i.getMessage());
		// where the total is written in the plan itself, the sum is the fix
		assertEquals(List.of("110亿元"), List.of(only(parse("plan p\nindicator 总产值（亿元）{ target 2025: 100 }\nindicator 甲（亿元）{ target 2025: 60 }\n"
				+ "indicator 乙（亿元）{ target 2025: 50 }\nsum 总产值 = 甲 + 乙\n"), CheckType.SUM_MISMATCH.id()).getData()));
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

	// ---------------------------------------------------------------- rows marked 其中： in a table

	static final String ROWS = """
			规划 p
			指标表 {
			  列 基期 2020 | 目标 2025 | 属性
			  指标 1 公路总里程（公里）：6820 | 7300 | 预期性
			  指标 2 其中：高速公路里程（公里）：312 | %s | 预期性
			  指标 3 其中：普通国省道里程（公里）：986 | 1050 | 约束性
			  指标 4 研发经费支出（亿元）：12 | 20 | 预期性
			  指标 5 其中：研发经费投入强度（%%）：2.1 | 2.5 | 预期性
			  %s
			}
			""";

	@Test
	void rowsMarkedOfWhichAreWithinTheRowAbove() throws Exception {
		Plan plan = parse(ROWS.formatted("420", ""));
		assertNone(plan, CheckType.SUM_OF_WHICH.id(), CheckType.UNIT_DIMENSION.id());
		// 312 + 986 km within 6820 km, 420 + 1050 within 7300; a share under 亿元 measures the row above and is said to be unchecked
		assertTrue(issues(plan, CheckType.COVERAGE_UNCHECKED).stream().anyMatch(i -> i.getMessage().startsWith("the 其中 row 研发经费投入强度 is in %")));
		Issue i = only(parse(ROWS.formatted("6500", "")), CheckType.SUM_OF_WHICH.id());
		assertTrue(i.getMessage().contains("of which 高速公路里程 6500公里 + 普通国省道里程 1050公里"), i.getMessage());
		assertEquals(Severity.WARNING, i.getSeverity(), "graded by the total row, 预期性");
	}

	@Test
	void aRowOfWhichWithNoRowAboveFails() throws Exception {
		Plan plan = parse("规划 p\n指标表 {\n  列 目标 2025\n  指标 1 其中：高速公路里程（公里）：420\n}\n");
		assertTrue(only(plan, CheckType.SUM_OF_WHICH.id()).getMessage().contains("no indicator row stands above it"));
		assertTrue(EcoreUtil2.eAllOfType(plan, Indicator.class).get(0).isOfWhich());
	}
}
