package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanCoverage.Status;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;

/**
 * Check coverage: every written number is cross-checked, stated once, or not checked (with the
 * reason), and a relation that could not be evaluated says so in an information finding.
 */
class CoverageTest {

	@TempDir
	Path dir;

	private CheckReport check(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return PlanChecker.create().check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(Lang.EN));
	}

	/** Each number's text and status, in document order. */
	private static Map<String, Status> statuses(PlanCoverage c) {
		return c.numbers().stream().collect(Collectors.toMap(n -> n.line() + ":" + n.written(), PlanCoverage.Number::status, (a, b) -> a,
				LinkedHashMap::new));
	}

	@Test
	void numbersInARelationAreCrossCheckedOthersStatedOnce() throws Exception {
		CheckReport r = check("a.plan", """
				plan a
				indicator 总量（亿元）{ target 2025: 500 }
				indicator 甲（亿元）{ target 2025: 200 }
				indicator 乙（亿元）{ target 2025: 300 }
				indicator 孤立（亿元）{ target 2025: 42 }
				sum 总量 = 甲 + 乙
				para "孤立指标" [42亿元](孤立@2025) "，另有" [7家]
				""");
		PlanCoverage c = r.coverage().get(0);
		assertEquals(Map.of("2:500", Status.CHECKED, "3:200", Status.CHECKED, "4:300", Status.CHECKED, "5:42", Status.CHECKED, "7:42亿元",
				Status.CHECKED, "7:7家", Status.ONCE), statuses(c));
		assertEquals(83, c.percent());
		assertEquals("83% of the numbers cross-checked (5 of 6), 1 stated once, 0 not checked", c.summary(Lang.EN));
	}

	@Test
	void aRelationThatCannotBeEvaluatedSaysWhy() throws Exception {
		CheckReport r = check("b.plan", """
				plan b
				indicator 企业总数（家）{ target 2020: 50, 2025: 70 }
				indicator 规上企业数（家）{ target 2025: 30 }
				of-which 企业总数 : 规上企业数
				indicator 研发经费（亿元）{ growth 15% }
				""");
		PlanCoverage c = r.coverage().get(0);
		Map<String, Status> s = statuses(c);
		assertEquals(Status.UNCHECKED, s.get("2:50"), s::toString);
		assertEquals(Status.CHECKED, s.get("2:70"), s::toString);
		assertEquals(Status.UNCHECKED, s.get("5:15%"), s::toString);
		PlanCoverage.Number rate = c.numbers().stream().filter(n -> n.written().equals("15%")).findFirst().orElseThrow();
		assertEquals("研发经费: a rate or change 15% is stated, but no base value; not checked", rate.reason());
		List<PlanDiagnostic> infos = r.diagnostics().stream().filter(d -> d.check().equals(CheckType.COVERAGE_UNCHECKED.id())).toList();
		assertEquals(2, infos.size(), infos::toString);
		assertTrue(infos.stream().allMatch(d -> d.severity() == PlanDiagnostic.Severity.INFO), infos::toString);
		assertTrue(infos.get(0).message().contains("企业总数 2020 target: no part states a value for that year"), infos.get(0).message());
		assertTrue(!r.hasErrors(), "information does not fail a check");
	}

	@Test
	void strictDoesNotRaiseInformation() throws Exception {
		Path file = dir.resolve("c.plan");
		Files.writeString(file, "plan c\nindicator 研发经费（亿元）{ growth 15% }\n", StandardCharsets.UTF_8);
		CheckReport r = PlanChecker.create().check(List.of(file), CheckFilter.ALL, new PlanChecker.Options(true, PlanChecker.Options.DEFAULT.tolerance()));
		assertEquals(List.of(PlanDiagnostic.Severity.INFO), r.diagnostics().stream().map(PlanDiagnostic::severity).toList());
	}

	@Test
	void aDerivedValueCoversWhatItWasDerivedFrom() throws Exception {
		CheckReport r = check("d.plan", """
				plan d
				indicator 新兴产业（亿元）{ }
				indicator 数字经济（亿元）{ target 2025: 120 }
				indicator 生物医药（亿元）{ target 2025: 250 }
				indicator 工业总产值（亿元）{ target 2025: 500 }
				indicator 新兴产业占比（%）{ target 2025: 74 }
				sum 新兴产业 = 数字经济 + 生物医药
				share 新兴产业占比 = 新兴产业 / 工业总产值
				""");
		PlanCoverage c = r.coverage().get(0);
		assertEquals(100, c.percent(), () -> statuses(c).toString());
	}

	@Test
	void aDistrictFigureAddedUpByTheCityIsCrossChecked() throws Exception {
		Files.writeString(dir.resolve("东区.plan"), "plan 东区\nindicator 营收（亿元）{ target 2025: 100 }\n", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("西区.plan"), "plan 西区\nindicator 营收（亿元）{ target 2025: 200 }\n", StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("市.plan"), """
				plan 市
				import "东区.plan"
				import "西区.plan"
				indicator 营收（亿元）{ target 2025: 300 }
				sum 营收 = 东区.营收 + 西区.营收
				""", StandardCharsets.UTF_8);
		for (int jobs : new int[] { 1, 2 }) {
			CheckReport r = PlanChecker.create().check(List.of(dir), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(Lang.EN).withJobs(jobs));
			assertEquals(List.of(100, 100, 100), r.coverage().stream().map(PlanCoverage::percent).toList(), "jobs " + jobs + ": " + r.diagnostics());
		}
	}

	@Test
	void aPlanWithoutNumbersHasNoShareToShow() throws Exception {
		PlanCoverage c = check("e.plan", "plan e\ntolerance 10%\npara \"只有文字\"\n").coverage().get(0);
		assertEquals(List.of(), c.numbers(), "the plan's tolerance is not one of its numbers");
		assertEquals(0, c.percent());
	}

	@Test
	void aCheckThatDoesNotAskForCoverageFindsTheSameAndRecordsNothing() throws Exception {
		Path examples = Path.of(System.getProperty("lantu.root", "../..")).resolve("examples");
		PlanChecker.Options with = PlanChecker.Options.DEFAULT.withLang(Lang.EN);
		CheckReport recorded = PlanChecker.create().check(List.of(examples), CheckFilter.ALL, with);
		CheckReport spared = PlanChecker.create().check(List.of(examples), CheckFilter.ALL, with.withCoverage(false));
		assertTrue(recorded.diagnostics().size() > 0 && recorded.coverage().size() > 1, "the examples have findings and numbers");
		assertEquals(recorded.diagnostics(), spared.diagnostics(), "the findings do not depend on recording coverage");
		assertEquals(List.of(), spared.coverage());
	}
}
