package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * A folder checked on several threads gives the findings, in the order, of a check one file at a
 * time: plans that import nothing, plans that import others (and plans imported by others that
 * cannot be read), unreadable and broken files.
 */
class FolderCheckTest {

	@TempDir
	Path dir;

	private void write(String name, String text) throws Exception {
		Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private Path workspace() throws Exception {
		StringBuilder city = new StringBuilder("plan 全市\n");
		StringBuilder sum = new StringBuilder("sum 总产值 = ");
		long total = 0;
		for (int i = 0; i < 40; i++) {
			long a = 100 + i * 7;
			long b = 50 + i * 3;
			// every fifth district states a total off by one
			long stated = a + b + (i % 5 == 0 ? 1 : 0);
			write("区F" + i + ".plan", """
					plan 区F%d
					period 2021—2025
					indicator 总产值（亿元）{ base 2020: %d target 2025: %d growth %s%% }
					indicator 甲（亿元）{ target 2025: %d }
					indicator 乙（亿元）{ target 2025: %d }
					sum 总产值 = 甲 + 乙
					""".formatted(i, stated / 2, stated, i % 3 == 0 ? "20" : "14.87", a, b));
			city.append("import \"区F").append(i).append(".plan\"\n");
			sum.append(i == 0 ? "" : " + ").append("区F").append(i).append(".总产值");
			total += stated;
		}
		// a district that imports a sibling and says how its output compares
		write("区G.plan", "plan 区G\nimport \"区F1.plan\"\nindicator 总和（亿元）{ target 2025: 10 }\nsum 总和 = 区F1.甲 + 区F1.乙\n");
		city.append("import \"坏编码.plan\"\nimport \"缺失.plan\"\nperiod 2021—2025\nindicator 总产值（亿元）{ target 2025: ").append(total + 3).append(" }\n")
				.append(sum).append('\n');
		write("全市.plan", city.toString());
		write("语法错误.plan", "plan 错\nindicator x（亿元）{ target 2025: }\n");
		write("空.plan", "");
		Files.write(dir.resolve("坏编码.plan"), new byte[] { 'p', 'l', 'a', 'n', ' ', 'x', '\n', (byte) 0xB9, (byte) 0xE6 });
		write("越界.plan", "plan 越界\nimport \"../外面.plan\"\n");
		return dir;
	}

	private List<PlanDiagnostic> check(int jobs, List<int[]> told) {
		PlanChecker.Options options = PlanChecker.Options.DEFAULT.withRoot(dir).withJobs(jobs);
		return PlanChecker.create().checkAndKeep(List.of(dir), CheckFilter.ALL, options, (done, total) -> told.add(new int[] { done, total })).report()
				.diagnostics();
	}

	@Test
	void theFindingsDoNotDependOnTheNumberOfJobs() throws Exception {
		workspace();
		List<int[]> told = new ArrayList<>();
		List<PlanDiagnostic> serial = check(1, told);
		assertTrue(serial.stream().anyMatch(d -> d.file().endsWith("全市.plan") && d.check().equals("sum.mismatch")), serial.toString());
		assertTrue(serial.stream().anyMatch(d -> d.file().endsWith("区G.plan") && d.check().equals("sum.mismatch")), serial.toString());
		assertTrue(serial.stream().filter(d -> d.file().contains("区F") && d.check().equals("sum.mismatch")).count() == 8, serial.toString());
		assertTrue(serial.stream().anyMatch(d -> d.check().equals("growth.mismatch")), serial.toString());
		assertTrue(serial.stream().anyMatch(d -> d.check().equals("import.outside")), serial.toString());
		assertTrue(serial.stream().anyMatch(d -> d.file().endsWith("坏编码.plan") && d.check().equals("file")), serial.toString());
		assertTrue(serial.stream().anyMatch(d -> d.check().equals("syntax")), serial.toString());
		for (int jobs : new int[] { 2, 3, 8 }) {
			List<int[]> toldParallel = new ArrayList<>();
			List<PlanDiagnostic> parallel = check(jobs, toldParallel);
			assertEquals(serial, parallel, "with " + jobs + " jobs");
			assertProgress(toldParallel, 46);
		}
		assertProgress(told, 46);
	}

	/** Told once per file, counting up to the total. */
	private static void assertProgress(List<int[]> told, int files) {
		assertEquals(files, told.size());
		for (int i = 0; i < told.size(); i++) {
			assertEquals(i + 1, told.get(i)[0]);
			assertEquals(files, told.get(i)[1]);
		}
	}

	@Test
	void jobsAreAtLeastOne() {
		try {
			PlanChecker.Options.DEFAULT.withJobs(0);
			throw new AssertionError("accepted 0 jobs");
		} catch (IllegalArgumentException expected) {
			assertTrue(expected.getMessage().contains("at least 1"));
		}
	}
}
