package org.lantu.plan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

/** The generator the benchmark relies on: deterministic, and its planted inconsistencies are exactly what the checks find. */
class SyntheticPlanTest {

	@TempDir
	Path dir;

	@Test
	void theSameSeedGivesTheSamePlan() {
		assertEquals(SyntheticPlan.ofBlocks(20, 9, 5).text(), SyntheticPlan.ofBlocks(20, 9, 5).text());
	}

	@Test
	void everyPlantedInconsistencyIsFoundAndNothingElse() throws Exception {
		SyntheticPlan.Generated g = SyntheticPlan.ofBlocks(40, 1, 5);
		assertEquals(8, g.planted().size());
		Path file = dir.resolve("synthetic.plan");
		Files.writeString(file, g.text(), StandardCharsets.UTF_8);
		List<PlanDiagnostic> found = PlanChecker.create().check(List.of(file)).diagnostics();
		assertEquals(g.planted().size(), found.size(), () -> found.stream().map(PlanDiagnostic::format).reduce("", (a, b) -> a + "\n" + b));
		for (SyntheticPlan.Planted p : g.planted()) {
			assertTrue(found.stream().anyMatch(d -> d.check().equals(p.check()) && d.message().matches("(?s).*N" + p.block() + "(?![0-9]).*")), p.toString());
		}
	}

	@Test
	void theWorkspaceRollUpFindsItsOnePlantedMismatch() throws Exception {
		var files = SyntheticPlan.workspace(5, 3);
		for (var e : files.entrySet()) {
			Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
		}
		List<PlanDiagnostic> found = PlanChecker.create().check(List.of(dir)).diagnostics();
		assertEquals(1, found.size(), () -> found.stream().map(PlanDiagnostic::format).reduce("", (a, b) -> a + "\n" + b));
		assertEquals("sum.mismatch", found.get(0).check(), found.get(0).format());
		assertTrue(found.get(0).file().endsWith("全市.plan"), found.get(0).format());
	}
}
