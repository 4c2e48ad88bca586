package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * Plans of kinds the examples are not — an environmental plan (PM2.5 in 微克/立方米, bounds in cells), a county's
 * land plan (zones, shares, phases of its towns), a transport plan (a sum of road lengths, a 其中 row, a rate per 万车) and an
 * action plan (tasks, deadlines, a share, a name that starts with digits) — written as an author would, from the
 * guide. Each checks clean, and each inconsistency planted in it is found by the check that should find it.
 */
class GenresTest {

	private static final PlanChecker CHECKER = PlanChecker.create();

	/** A change to one plan, and the check that must then report it. */
	record Planted(String plan, String from, String to, String check) {
	}

	static final List<Planted> PLANTED = List.of(
			new Planted("生态环境保护规划", "38 | ≤33 | [-5]", "38 | 33 | [-7]", "growth.change"),
			new Planted("生态环境保护规划", "[46.5%](森林覆盖率@2025)", "[47%](森林覆盖率@2025)", "claim.mismatch"),
			// 1 毫克/升 is 1,000,000 微克/立方米: both bounds can hold, but the numbers differ
			new Planted("生态环境保护规划", "[33微克/立方米以内]", "[0.033毫克/升以内]", "claim.differs"),
			new Planted("国土空间总体规划", "{ 面积 58.6 平方公里 范围 城镇空间 }", "{ 面积 50 平方公里 范围 城镇空间 }", "space.phases"),
			new Planted("国土空间总体规划", "{ 目标 2035：2.38 }", "{ 目标 2035：2.5 }", "share.mismatch"),
			new Planted("国土空间总体规划", "面积 1021.4 平方公里", "面积 1000 平方公里", "space.parts"),
			new Planted("综合交通规划", "5522 | 5830", "5522 | 5900", "sum.mismatch"),
			new Planted("综合交通规划", "（人/万车）", "（人/万乘）", "unit.unknown"),
			new Planted("综合交通规划", "其中：高速公路里程（公里）：312 | 420", "其中：高速公路里程（公里）：312 | 7400", "sum.of-which"),
			new Planted("行动方案", "{ 牵头单位 区人社局 完成时限 2025 }", "{ 牵头单位 区人社局 完成时限 2026 }", "time.year"),
			new Planted("行动方案", "目标 2025：200 }", "目标 2025：180 }", "claim.mismatch"),
			new Planted("行动方案", "基期 2022：9.76", "基期 2022：9.5", "share.mismatch"),
			new Planted("行动方案", "指标 \"5G基站\"", "指标 5G基站", "syntax"));

	static String text(String plan) throws IOException {
		try (InputStream in = GenresTest.class.getResourceAsStream("/genres/" + plan + ".plan")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static List<PlanDiagnostic> check(Path dir, String name, String text) throws IOException {
		Path file = dir.resolve(name + ".plan");
		Files.writeString(file, text);
		return CHECKER.check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics();
	}

	@TestFactory
	Stream<DynamicTest> eachPlanChecksClean(@TempDir Path dir) {
		return PLANTED.stream().map(Planted::plan).distinct().map(plan -> DynamicTest.dynamicTest(plan, () -> {
			List<String> found = check(dir, plan, text(plan)).stream().filter(d -> d.severity() != PlanDiagnostic.Severity.INFO).map(PlanDiagnostic::format)
					.toList();
			assertEquals(List.of(), found);
		}));
	}

	@TestFactory
	Stream<DynamicTest> eachPlantedInconsistencyIsFound(@TempDir Path dir) {
		return PLANTED.stream().map(p -> DynamicTest.dynamicTest(p.plan() + ": " + p.to() + " → " + p.check(), () -> {
			String original = text(p.plan());
			assertTrue(original.contains(p.from()), () -> p.plan() + " no longer holds " + p.from());
			List<PlanDiagnostic> found = check(dir, p.plan(), original.replace(p.from(), p.to()));
			assertTrue(found.stream().anyMatch(d -> d.check().equals(p.check()) && d.severity() != PlanDiagnostic.Severity.INFO),
					() -> "no " + p.check() + " among " + found.stream().map(PlanDiagnostic::format).toList());
		}));
	}
}
