package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Table;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.Zone;

/**
 * Every example parses and links cleanly, and its transcription is complete: the numbered boxes,
 * tables, indicators, phases, zones, projects and tasks of the source are all there.
 */
class ExamplesTest {

	/** Structural errors: an example with any of these is not a faithful transcription. */
	static final Set<String> STRUCTURAL = Set.of("syntax", "reference.unresolved", "unit.unknown", "file", "value", "name.duplicate",
			"table.cells", "table.cell-kind", "import.missing");

	/** What each source contains, counted by hand from the published text. */
	static final Map<String, Map<String, Integer>> EXPECTED = Map.of(
			"wutongqiao-industrial-base-2016-2030.plan", Map.of("box", 20, "table", 5, "phase", 3, "zone", 16, "indicator", 42, "task", 18),
			"ziyang-industrial-parks-work-plan-2017.plan", Map.of("task", 21),
			"leshan-hitech-zone-opinion-2022.plan", Map.of("task", 14),
			"leshan-hitech-zone-14th-five-year-outline.plan", Map.of("box", 18));

	static Path examples() {
		return Path.of(System.getProperty("lantu.root", "../..")).resolve("examples");
	}

	/** Every plan the project holds: examples, genres, templates, and the hostile inputs of the command line's and the renderer's tests. */
	static List<Path> projectPlans() throws IOException {
		Path root = examples().getParent();
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("examples", "plugins/org.lantu.plan.tests/resources", "plugins/org.lantu.plan/src/org/lantu/plan/api/templates",
				"plugins/org.lantu.plan.cli/test-resources", "plugins/org.lantu.plan.render/test-resources")) {
			try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
				walk.filter(p -> p.toString().endsWith(".plan") && Files.isRegularFile(p)).sorted().forEach(files::add);
			}
		}
		return files;
	}

	@TestFactory
	Stream<DynamicTest> everyExampleParsesAndLinksCleanly() throws Exception {
		PlanChecker checker = PlanChecker.create();
		List<Path> files;
		try (Stream<Path> s = Files.list(examples())) {
			files = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		assertFalse(files.isEmpty(), "no examples found in " + examples());
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
			var report = checker.check(List.of(file));
			List<PlanDiagnostic> structural = report.diagnostics().stream().filter(d -> STRUCTURAL.contains(d.check())).toList();
			assertTrue(structural.isEmpty(), () -> String.join("\n", structural.stream().map(PlanDiagnostic::format).toList()));
		}));
	}

	/**
	 * The consistency findings in the transcribed seeds, exactly: every real inconsistency with
	 * its arithmetic, and nothing on the relations that hold (the Wutongqiao output table, its
	 * phases, the outline's revenue growth…). After a deliberate change, rewrite the list with
	 * {@code -Dlantu.golden=update}.
	 */
	@TestFactory
	Stream<DynamicTest> theSeedsFindingsAreExactlyTheKnownOnes() throws Exception {
		List<Path> files;
		try (Stream<Path> s = Files.list(examples())) {
			files = s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
		// in Chinese (the default) and in English (--lang en)
		return Stream.of(Lang.values()).map(lang -> DynamicTest.dynamicTest(lang.tag(), () -> {
			var report = PlanChecker.create().check(files, CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(lang));
			List<String> actual = report.diagnostics().stream()
					.map(d -> Path.of(d.file()).getFileName() + ":" + d.line() + " " + d.severity().label() + " [" + d.check() + "] " + d.message()).toList();
			Path golden = Path.of("resources", lang == Lang.ZH ? "examples-findings.txt" : "examples-findings.en.txt");
			if ("update".equals(System.getProperty("lantu.golden"))) {
				Files.write(golden, actual);
			}
			List<String> expected = Files.readAllLines(golden);
			assertEquals(String.join("\n", expected), String.join("\n", actual));
		}));
	}

	@TestFactory
	Stream<DynamicTest> everySeedIsTranscribedCompletely() {
		PlanChecker checker = PlanChecker.create();
		return EXPECTED.entrySet().stream().filter(e -> Files.exists(examples().resolve(e.getKey())))
				.map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
					Plan plan = checker.parse(examples().resolve(e.getKey()), new ArrayList<>());
					Map<String, Integer> counts = count(plan);
					for (var expected : e.getValue().entrySet()) {
						assertEquals(expected.getValue(), counts.getOrDefault(expected.getKey(), 0), e.getKey() + ": number of " + expected.getKey());
					}
				}));
	}

	static Map<String, Integer> count(Plan plan) {
		Map<String, Integer> counts = new TreeMap<>();
		for (var it = plan.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			String kind = o instanceof Box b && b.getNumber() != null ? "box"
					: o instanceof Table t && t.getNumber() != null ? "table"
					: o instanceof Phase ? "phase"
					: o instanceof Zone ? "zone"
					: o instanceof Indicator ? "indicator"
					: o instanceof Task ? "task"
					: o instanceof Project ? "project"
					: o instanceof Stage ? "stage" : null;
			if (kind != null) {
				counts.merge(kind, 1, Integer::sum);
			}
		}
		return counts;
	}
}
