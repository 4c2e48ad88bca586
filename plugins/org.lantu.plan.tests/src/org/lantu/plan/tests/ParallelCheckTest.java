package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.validation.PlanResourceValidator;

/**
 * The blocks of a large plan checked on several threads give the findings of one thread, in its
 * order, and the same record of which numbers were compared (where two relations cannot compare
 * the same number, the reason of the first one in the plan stands either way).
 */
class ParallelCheckTest {

	@TempDir
	Path dir;

	/** A plan of {@code chapters} chapters, each with every kind of relation, some of them broken. */
	static String plan(int chapters) {
		StringBuilder b = new StringBuilder("plan 并行 \"并行检查（2021—2025年）\"\nperiod 2021—2025\n");
		b.append("indicator 共用（亿元）{ base 2020: 100 target 2025: 150 }\n");
		for (int i = 0; i < chapters; i++) {
			long a = 100 + i * 7;
			long c = 50 + i * 3;
			long total = a + c + (i % 5 == 0 ? 1 : 0);
			b.append("chapter ").append(i + 1).append(" \"第").append(i + 1).append("组\" {\n");
			b.append("  indicator 总产值N").append(i).append("（亿元）{ base 2020: ").append(total / 2).append(" target 2025: ").append(total)
					.append(" growth ").append(i % 7 == 0 ? "20" : "14.87").append("% }\n");
			b.append("  indicator 甲N").append(i).append("（亿元）{ target 2025: ").append(i % 4 == 0 ? "约" : "").append(a).append(" }\n");
			b.append("  indicator 乙N").append(i).append("（").append(i % 13 == 0 ? "亿斤" : "亿元").append("）{ target 2025: ").append(c).append(" }\n");
			b.append("  indicator 丙N").append(i).append("（亿元）{ }\n");
			b.append("  indicator 份额N").append(i).append("（%）{ target 2025: ").append(i % 6 == 0 ? "90" : "约" + (a * 100 / total)).append(" }\n");
			b.append("  sum 总产值N").append(i).append(" = 甲N").append(i).append(" + 乙N").append(i).append('\n');
			b.append("  sum 丙N").append(i).append(" = 甲N").append(i).append(" + 共用\n");
			b.append("  share 份额N").append(i).append(" = 甲N").append(i).append(" / 总产值N").append(i).append('\n');
			// a relation that cannot be evaluated for the shared indicator's base year: its reason is recorded on 共用
			b.append("  sum 共用 = 甲N").append(i).append(" + 乙N").append(i).append('\n');
			b.append("  para \"到2025年，总产值达到\" [").append(total + (i % 3 == 0 ? 5 : 0)).append("亿元](总产值N").append(i).append("@2025) \"。\"\n");
			b.append("  zone 园区N").append(i).append(" { area ").append(300 + i).append(" 亩 complete parts 东区N").append(i).append(", 西区N").append(i)
					.append(" }\n");
			b.append("  zone 东区N").append(i).append(" { area 150 亩 }\n");
			b.append("  zone 西区N").append(i).append(" { area ").append(150 + i + (i % 9 == 0 ? 7 : 0)).append(" 亩 }\n");
			b.append("  project 项目N").append(i).append(" { investment 60 亿元 stage 一期 { investment 23 亿元 } stage 二期 { investment ")
					.append(i % 8 == 0 ? 30 : 37).append(" 亿元 } }\n");
			if (i % 11 == 0) {
				b.append("  ack sum.mismatch 总产值N").append(i).append(" \"原文如此\"\n");
			}
			b.append("}\n");
		}
		return b.toString();
	}

	private record Outcome(List<PlanDiagnostic> findings, List<PlanCoverage.Number> coverage) {
	}

	private Outcome check(Path file, int jobs) {
		PlanChecker checker = PlanChecker.create();
		PlanChecker.Options options = PlanChecker.Options.DEFAULT.withRoot(dir).withJobs(jobs);
		List<PlanDiagnostic> read = new ArrayList<>();
		Resource r = checker.load(checker.resourceSet(options, List.of(file)), file, read);
		assertEquals(List.of(), read, "the plan reads without an error, so it may be checked in parallel");
		List<PlanDiagnostic> findings = checker.validate(file.toString(), r);
		PlanCoverage coverage = checker.checkAndKeep(List.of(file), CheckFilter.ALL, options).plans().get(0).coverage();
		return new Outcome(findings, coverage.numbers());
	}

	@Test
	void severalThreadsFindWhatOneFinds() throws Exception {
		int chapters = PlanResourceValidator.PARALLEL_BLOCKS;
		Path file = dir.resolve("并行.plan");
		Files.writeString(file, plan(chapters), StandardCharsets.UTF_8);
		Outcome one = check(file, 1);
		Set<String> kinds = one.findings().stream().map(PlanDiagnostic::check).collect(Collectors.toSet());
		assertTrue(one.findings().size() > chapters, one.findings().size() + " findings");
		assertTrue(one.coverage().stream().anyMatch(c -> c.status() == PlanCoverage.Status.UNCHECKED), "some numbers could not be compared");
		for (int jobs : new int[] { 2, 4, 2, 4 }) {
			Outcome several = check(file, jobs);
			assertEquals(one.findings(), several.findings(), jobs + " threads");
			assertEquals(one.coverage(), several.coverage(), jobs + " threads");
		}
		assertTrue(kinds.containsAll(Set.of("sum.mismatch", "growth.mismatch", "claim.mismatch", "space.parts", "project.stages", "share.mismatch")),
				kinds.toString());
	}
}
