package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lantu new}: a plan of the asked kind, never over an existing file unless --force. */
class NewCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesAPlanThatChecksClean() throws Exception {
		Path file = dir.resolve("园区/十五五规划");
		CheckCommandTest.Result r = CheckCommandTest.run("new", "规划纲要", file.toString(), "--issuer", "某市人民政府", "--period", "2026—2030");
		assertEquals(0, r.code(), r.out() + r.err());
		Path written = dir.resolve("园区/十五五规划.plan");
		assertTrue(r.out().contains("已写出 " + written + "（规划纲要，2026—2030年）"), r.out());
		assertTrue(r.out().contains("已检查 1 份规划：0 个错误，0 个警告"), r.out());
		String text = Files.readString(written, StandardCharsets.UTF_8);
		assertTrue(text.contains("发文机关 \"某市人民政府\"") && text.contains("文种 \"规划纲要\""), text);
	}

	@Test
	void anExistingFileIsLeftAloneUnlessForced() throws Exception {
		Path file = dir.resolve("p.plan");
		Files.writeString(file, "规划 mine\n", StandardCharsets.UTF_8);
		CheckCommandTest.Result r = CheckCommandTest.run("new", "plan", file.toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("已存在，未改动（要覆盖请加 --force）"), r.err());
		assertEquals("规划 mine\n", Files.readString(file, StandardCharsets.UTF_8));
		assertEquals(0, CheckCommandTest.run("new", "plan", file.toString(), "--force").code());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("文种 \"规划\""));
		try (var left = Files.list(dir)) {
			assertEquals(1, left.count(), "no temporary file is left behind");
		}
	}

	@Test
	void badKindsAndPeriodsAreUsageErrors() {
		CheckCommandTest.Result kind = CheckCommandTest.run("new", "通知", dir.resolve("x.plan").toString());
		assertEquals(2, kind.code());
		assertTrue(kind.err().contains("没有“通知”这种文种；可用：规划纲要 (outline), 规划 (plan)"), kind.err());
		CheckCommandTest.Result period = CheckCommandTest.run("new", "--lang", "en", "plan", dir.resolve("x.plan").toString(), "--period", "2030-2026");
		assertEquals(2, period.code());
		assertTrue(period.err().contains("--period takes the first and last year, like 2026—2030 (got '2030-2026')"), period.err());
		assertTrue(Files.notExists(dir.resolve("x.plan")));
	}
}
