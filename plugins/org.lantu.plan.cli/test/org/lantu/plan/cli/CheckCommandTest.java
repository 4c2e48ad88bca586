package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanChecker;

/** The command line's contract: output format, exit codes, and clear messages for bad input. */
class CheckCommandTest {

	@TempDir
	Path dir;

	record Result(int code, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Result(code, out.toString(), err.toString());
	}

	Path write(String name, String text) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	@Test
	void cleanPlanExitsZero() throws Exception {
		Path p = write("ok.plan", "plan ok\nperiod 2021—2025\nindicator x（亿元）{ target 2025: 10 }\n");
		Result r = run("check", p.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("已检查 1 份规划：0 个错误，0 个警告"), r.out());
	}

	@Test
	void errorsPrintFileLineColumnAndExitOne() throws Exception {
		Path p = write("bad.plan", "plan bad\nzone z { area 3 公亩 }\n");
		Result r = run("check", p.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains(p + ":2:17: error: [unit.unknown] 未知单位“公亩”"), r.out());
	}

	@Test
	void unresolvedReferenceNamesTheName() throws Exception {
		Path p = write("ref.plan", "plan r\nsum 总量 = 甲 + 乙\n");
		Result r = run("check", p.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains(":2:5: error: [reference.unresolved] 未知名称“总量”"), r.out());
	}

	@Test
	void syntaxErrorHasLocation() throws Exception {
		Path p = write("syntax.plan", "plan s\nzone z { area }\n");
		Result r = run("check", p.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().matches("(?s).*syntax\\.plan:2:\\d+: error: \\[syntax\\] .*"), r.out());
		assertFalse(r.out().contains("Exception"), r.out());
	}

	@Test
	void unreadableNumbersAreValueErrors() throws Exception {
		Path p = write("value.plan", "plan v\nperiod 20255—2030\n");
		Result r = run("check", p.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains(":2:8: error: [value] 年份为四位数字"), r.out());
	}

	@Test
	void coverageIsReportedPerPlanInTextAndJson() throws Exception {
		Path p = write("cov.plan", """
				plan cov
				indicator 总量（亿元）{ target 2025: 500 }
				indicator 甲（亿元）{ target 2025: 200 }
				indicator 乙（亿元）{ target 2025: 300 }
				indicator 研发（亿元）{ growth 15% }
				sum 总量 = 甲 + 乙
				""");
		Result r = run("check", "--coverage", p.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains(":5:26: info: [coverage.unchecked] 研发：写有增速或变化 15%，但没有基期值，无法核验"), r.out());
		assertTrue(r.out().contains("核验覆盖 " + p + "：已核验 75% 的数字（3/4），仅写一次 0 个，未核验 1 个"), r.out());
		assertTrue(r.out().contains("  " + p + ":5:26: 15%（研发）未核验：研发：写有增速或变化 15%，但没有基期值，无法核验"), r.out());
		assertFalse(run("check", p.toString()).out().contains("核验覆盖"), "only when asked");

		Result json = run("check", "--coverage", "--format", "json", "--lang", "en", p.toString());
		assertTrue(json.out().startsWith("{\"diagnostics\": ["), json.out());
		assertTrue(json.out().contains("\"numbers\": 4, \"checked\": 3, \"once\": 0, \"unchecked\": 1, \"percent\": 75"), json.out());
		assertTrue(json.out().contains("{\"line\": 5, \"column\": 26, \"text\": \"15%\", \"element\": \"研发\", \"status\": \"unchecked\", \"reason\": \"研发: a rate"),
				json.out());
		assertTrue(json.out().contains("\"text\": \"200\", \"element\": \"甲\", \"status\": \"checked\", \"reason\": null}"), json.out());
	}

	@Test
	void jsonFormatHasAllFields() throws Exception {
		Path p = write("bad.plan", "plan bad\nzone 起步区 { area 3 公亩 }\n");
		Result r = run("check", "--format", "json", p.toString());
		assertEquals(1, r.code());
		String json = r.out();
		for (String field : new String[] { "\"file\"", "\"line\": 2", "\"column\": 19", "\"endLine\"", "\"endColumn\"", "\"severity\": \"error\"",
				"\"check\": \"unit.unknown\"", "\"message\"", "\"element\": \"起步区\"" }) {
			assertTrue(json.contains(field), field + " in " + json);
		}
	}

	@Test
	void sarifFormatIsOneLogWithTheFindings() throws Exception {
		Path p = write("bad.plan", "plan bad\nzone 起步区 { area 3 公亩 }\n");
		Result r = run("check", "--format", "sarif", p.toString());
		assertEquals(1, r.code());
		String sarif = r.out();
		assertTrue(sarif.startsWith("{") && sarif.strip().endsWith("}"), sarif);
		for (String field : new String[] { "\"version\": \"2.1.0\"", "\"ruleId\": \"unit.unknown\"", "\"startLine\": 2, \"startColumn\": 19",
				"\"columnKind\": \"unicodeCodePoints\"", "\"name\": \"Lantu\"" }) {
			assertTrue(sarif.contains(field), field + " in " + sarif);
		}
		assertFalse(sarif.contains("已检查"), "no summary line in a SARIF log");
	}

	@Test
	void jobsChangeNothingButTheTime() throws Exception {
		for (int i = 0; i < 12; i++) {
			write("p" + i + ".plan", "plan p" + i + "\nindicator t（亿元）{ target 2025: " + (10 + i % 3) + " }\nindicator a（亿元）{ target 2025: 6 }\n"
					+ "indicator b（亿元）{ target 2025: 4 }\nsum t = a + b\n");
		}
		Result one = run("check", "--jobs", "1", dir.toString());
		Result four = run("check", "-j", "4", dir.toString());
		assertEquals(1, one.code());
		assertEquals(one.out(), four.out());
		assertEquals("", four.err(), "no progress line when standard error is not a terminal");
		Result zero = run("check", "--jobs", "0", dir.toString());
		assertEquals(2, zero.code());
		assertTrue(zero.err().contains("--jobs 取不小于 1 的数（这里是 0）"), zero.err());
		assertTrue(run("check", "--max-file-size", "0", dir.toString()).err().contains("--max-file-size 取不小于 1 的兆字节数"));
	}

	@Test
	void progressIsForTerminalsOnly() {
		assertTrue(TerminalProgress.isTerminal("1"));
		assertFalse(TerminalProgress.isTerminal("0"));
		assertEquals(PlanChecker.Progress.NONE, TerminalProgress.forStandardError(), "the tests' standard error is no terminal");
	}

	@Test
	void missingFileAndEmptyDirectory() throws Exception {
		Result r = run("check", dir.resolve("nope.plan").toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains("nope.plan:1:1: error: [file] 文件不存在"), r.out());
		Path empty = Files.createDirectory(dir.resolve("empty"));
		r = run("check", empty.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains("文件夹中没有 .plan 文件"), r.out());
	}

	@Test
	void emptyFileAndInvalidUtf8() throws Exception {
		Path empty = write("empty.plan", "\n\n");
		Result r = run("check", empty.toString());
		assertTrue(r.out().contains("empty.plan:1:1: error: [file] 文件为空"), r.out());
		Path gbk = dir.resolve("gbk.plan");
		Files.write(gbk, "plan g\n规划期限 2021-2025\n".getBytes(Charset.forName("GBK")));
		r = run("check", gbk.toString());
		assertEquals(1, r.code());
		assertTrue(r.out().contains("gbk.plan:2:1: error: [file] 不是有效的 UTF-8"), r.out());
		// after a valid first line, a byte that cannot begin a character
		Path broken = dir.resolve("broken.plan");
		Files.write(broken, new byte[] { 'p', 'l', 'a', 'n', ' ', 'b', '\n', 'x', ' ', (byte) 0xFF, '\n' });
		r = run("check", broken.toString());
		assertTrue(r.out().contains("broken.plan:2:3: error: [file] 不是有效的 UTF-8（偏移 9 处的字节 0xFF）"), r.out());
		// the replacement character written as such is UTF-8 like any other
		Path replacement = write("replacement.plan", "plan r // 扫描件中认不出的字：\uFFFD\nperiod 2021-2025\n");
		r = run("check", replacement.toString());
		assertEquals(0, r.code(), r.out());
		Path blank = write("blank.plan", "\uFEFF \n\t\u3000\n");
		r = run("check", blank.toString());
		assertTrue(r.out().contains("blank.plan:1:1: error: [file] 文件为空"), r.out());
	}

	@Test
	void bomCrlfAndFullWidthDigitsAreAccepted() throws Exception {
		Path p = write("win.plan", "\uFEFFplan w\r\nperiod ２０２１—２０２５\r\nzone z { area ３ 平方公里 }\r\n");
		Result r = run("check", p.toString());
		assertEquals(0, r.code(), r.out());
	}

	@Test
	void usageProblemsExitTwo() {
		assertEquals(2, run().code());
		assertEquals(2, run("check").code());
		assertEquals(2, run("check", "--format", "xml", "x.plan").code());
		assertEquals(2, run("frobnicate").code());
	}

	@Test
	void helpOnEveryCommand() {
		Result r = run("--help");
		assertEquals(0, r.code());
		assertTrue(r.out().contains("check"), r.out());
		r = run("check", "--help");
		assertEquals(0, r.code());
		assertTrue(r.out().contains("--format"), r.out());
	}

	@Test
	void directoriesAreSearched() throws Exception {
		Files.createDirectories(dir.resolve("a/b"));
		write("a/b/one.plan", "plan one\n");
		write("a/two.plan", "plan two\n");
		Result r = run("check", dir.resolve("a").toString());
		assertEquals(0, r.code(), r.out());
		assertTrue(r.out().contains("已检查 2 份规划"), r.out());
	}
}
