package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.cli.CheckCommandTest.Result;

/** lantu format: the standard layout, rewritten in place only on request, never over a broken plan. */
class FormatCommandTest {

	@TempDir
	Path dir;

	@Test
	void formatsPrintsAndWrites() throws Exception {
		Path p = dir.resolve("p.plan");
		String messy = "规划 p\n// kept\n章 1 \"x\" {     段 \"a\"\n        段 \"b\" }\n";
		Files.writeString(p, messy, StandardCharsets.UTF_8);
		Result printed = CheckCommandTest.run("format", p.toString());
		assertEquals(0, printed.code(), printed.err());
		assertEquals("规划 p\n// kept\n章 1 \"x\" {\n  段 \"a\"\n  段 \"b\"\n}\n", printed.out());
		assertEquals(messy, Files.readString(p), "printing leaves the file alone");
		Result written = CheckCommandTest.run("format", "--write", p.toString());
		assertEquals(0, written.code());
		assertEquals("已按标准版式改写 " + p + "\n", written.out());
		assertEquals(printed.out(), Files.readString(p));
		assertEquals(printed.out(), CheckCommandTest.run("format", p.toString()).out(), "a fixpoint");
	}

	@Test
	void aPlanWithSyntaxErrorsIsNotTouched() throws Exception {
		Path p = dir.resolve("bad.plan");
		Files.writeString(p, "规划 p\n章 1 \"x\" {\n", StandardCharsets.UTF_8);
		Result r = CheckCommandTest.run("format", "--write", p.toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("bad.plan:2:") && r.err().contains("[syntax]"), r.err());
		assertEquals("规划 p\n章 1 \"x\" {\n", Files.readString(p));
	}
}
