package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.cli.CheckCommandTest.Result;

/** lantu render and lantu export: files written, directories created, inputs never overwritten. */
class PublishCommandsTest {

	@TempDir
	Path dir;

	Path plan() throws Exception {
		Path p = dir.resolve("p.plan");
		Files.writeString(p, "plan p \"示例\"\nindicator x（亿元）{ base 2020: 1 target 2025: 2 }\nzone z { area 约10 亩 }\n", StandardCharsets.UTF_8);
		return p;
	}

	@Test
	void renderWritesOneDocumentPerPlanIntoANewDirectory() throws Exception {
		Path out = dir.resolve("site/html");
		Result r = CheckCommandTest.run("render", plan().toString(), "-o", out.toString(), "--lang", "en");
		assertEquals(0, r.code(), r.out() + r.err());
		String html = Files.readString(out.resolve("p.html"));
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"en\">"), html);
		assertTrue(r.out().contains("wrote " + out.resolve("p.html")), r.out());
	}

	@Test
	void aPlanThatCannotBePublishedFailsTheRunAndTheOthersAreWritten() throws Exception {
		Path good = plan();
		Files.writeString(dir.resolve("q.plan"), "// its header line lost\n节 2 \"发展目标\" { }\n", StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		for (String[] command : new String[][] { { "render" }, { "export", "--format", "xlsx" } }) {
			Result r = CheckCommandTest.run(command[0], command.length > 1 ? command[1] : "--lang", command.length > 1 ? command[2] : "zh", dir.toString(), "-o", out.toString());
			assertEquals(1, r.code(), r.out() + r.err());
			assertTrue(r.err().contains("q.plan"), r.err());
			assertTrue(Files.exists(out.resolve(command.length > 1 ? "p.xlsx" : "p.html")), r.out());
		}
		assertTrue(Files.exists(good));
	}

	@Test
	void exportWritesEachFormat() throws Exception {
		Path p = plan();
		for (String format : new String[] { "xlsx", "json", "md", "docx" }) {
			Result r = CheckCommandTest.run("export", "--format", format, p.toString(), "-o", dir.resolve("t").toString());
			assertEquals(0, r.code(), r.out() + r.err());
			assertTrue(Files.size(dir.resolve("t/p." + format)) > 0, format);
		}
		Result csv = CheckCommandTest.run("export", "--format", "csv", p.toString(), "-o", dir.resolve("t").toString());
		assertEquals(0, csv.code());
		assertTrue(Files.readString(dir.resolve("t/p-indicators.csv")).startsWith("\uFEFF"));
		Result bad = CheckCommandTest.run("export", "--format", "odt", p.toString());
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains("xlsx, csv, md, json, docx, pdf"), bad.err());
	}

	@Test
	void renderAlsoWritesTheFormatsAskedEachOnce() throws Exception {
		Path out = dir.resolve("both");
		Result r = CheckCommandTest.run("render", "--export", "docx", "--export", "xlsx", "--export", "docx", plan().toString(), "-o", out.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		for (String f : new String[] { "p.html", "p.docx", "p.xlsx" }) {
			assertTrue(Files.size(out.resolve(f)) > 0, f);
		}
	}

	@Test
	void aPdfEmbedsTheFontsOfTheFoldersNamed() throws Exception {
		Path p = plan();
		Result missing = CheckCommandTest.run("export", "--format", "pdf", "--fonts", dir.resolve("no-such-folder").toString(), p.toString(), "-o",
				dir.resolve("x").toString());
		assertEquals(2, missing.code(), missing.out() + missing.err());
		assertTrue(missing.err().contains("no-such-folder") && missing.err().contains("--fonts"), missing.err());
		Result r = CheckCommandTest.run("export", "--format", "pdf", "--fonts", dir.toString(), p.toString(), "-o", dir.resolve("pdf").toString());
		Assumptions.assumeTrue(r.code() == 0 || !r.err().contains("fonts-noto-cjk"), "no Chinese font on this machine");
		assertEquals(0, r.code(), r.out() + r.err());
		byte[] pdf = Files.readAllBytes(dir.resolve("pdf/p.pdf"));
		assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
		assertTrue(r.err().isEmpty(), "nothing on standard error (no logging library speaks): " + r.err());
	}

	@Test
	void aWordDocumentNamesTheFontsAsked() throws Exception {
		Path p = plan();
		Result r = CheckCommandTest.run("export", "--format", "docx", "--font-names", "正文=仿宋,title=方正小标宋_GBK", p.toString(), "-o", dir.resolve("w").toString());
		assertEquals(0, r.code(), r.out() + r.err());
		try (var zip = new ZipFile(dir.resolve("w/p.docx").toFile())) {
			String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(styles.contains("w:eastAsia=\"仿宋\"") && styles.contains("w:eastAsia=\"方正小标宋_GBK\""), styles);
		}
		Result bad = CheckCommandTest.run("export", "--format", "docx", "--font-names", "粗体=黑体", p.toString(), "-o", dir.resolve("w2").toString());
		assertEquals(2, bad.code(), bad.out() + bad.err());
		assertTrue(bad.err().contains("粗体=黑体") && bad.err().contains("--font-names"), bad.err());
		assertTrue(!Files.exists(dir.resolve("w2")), "nothing is written after a usage error");
	}

	@Test
	void anInputIsNeverOverwritten() throws Exception {
		Path p = dir.resolve("p.html.plan");
		Files.writeString(p, "plan p\n");
		Path html = dir.resolve("p.html");
		Files.writeString(html, "mine");
		// outputs end in .html (or .csv, .xlsx…), so neither the plans nor other files are touched
		Path clash = dir.resolve("q.plan");
		Files.writeString(clash, "plan q\n");
		Result r = CheckCommandTest.run("render", p.toString(), clash.toString(), "-o", dir.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertEquals("mine", Files.readString(html));
		assertEquals("plan q\n", Files.readString(clash));
	}

	@Test
	void anUnreadablePlanIsReportedNotRendered() throws Exception {
		Path p = dir.resolve("bad.plan");
		Files.write(p, new byte[] { (byte) 0xC3, (byte) 0x28 });
		Result r = CheckCommandTest.run("render", p.toString(), "-o", dir.resolve("o").toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("无法读取；运行 lantu check"), r.err());
	}

	@Test
	void anOutputFolderWrittenWithDotsIsTheFolder() throws Exception {
		Path p = plan();
		for (String out : new String[] { dir + "/.", dir + "/./", dir + "/sub/.." }) {
			Result r = CheckCommandTest.run("render", p.toString(), "-o", out);
			assertEquals(0, r.code(), out + ": " + r.out() + r.err());
			assertTrue(Files.exists(dir.resolve("p.html")), out);
		}
	}

	@Test
	void twoPlansWithOneNameKeepTheirFolders() throws Exception {
		for (String folder : new String[] { "a", "b" }) {
			Files.createDirectories(dir.resolve(folder));
			Files.writeString(dir.resolve(folder + "/x.plan"), "plan x \"" + folder + "\"\n", StandardCharsets.UTF_8);
		}
		Path out = dir.resolve("out");
		Result r = CheckCommandTest.run("render", dir.resolve("a/x.plan").toString(), dir.resolve("b/x.plan").toString(), "-o", out.toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(Files.readString(out.resolve("a/x.html")).contains(">a<") || Files.readString(out.resolve("a/x.html")).contains("a"));
		assertTrue(Files.exists(out.resolve("b/x.html")), r.out());
		assertTrue(!Files.exists(out.resolve("x.html")), "no document replaced another");
		Result scan = CheckCommandTest.run("export", "--format", "md", dir.toString(), "-o", dir.resolve("tables").toString());
		assertEquals(0, scan.code(), scan.out() + scan.err());
		assertTrue(Files.exists(dir.resolve("tables/a/x.md")) && Files.exists(dir.resolve("tables/b/x.md")), scan.out());
	}

	@Test
	void outputsThatCannotBeWrittenAreOneLineEach() throws Exception {
		Path p = plan();
		Path file = dir.resolve("file.txt");
		Files.writeString(file, "not a folder");
		Result intoFile = CheckCommandTest.run("render", p.toString(), "-o", file.toString());
		assertEquals(1, intoFile.code());
		assertTrue(intoFile.err().contains("file.txt：这是一个文件，不是文件夹，无法往里写"), intoFile.err());
		assertTrue(!intoFile.err().contains("internal error") && !intoFile.err().contains("Exception"), intoFile.err());

		Path out = dir.resolve("out");
		Files.createDirectories(out.resolve("p.html"));
		Result blocked = CheckCommandTest.run("export", "--format", "md", p.toString(), "-o", out.toString());
		assertEquals(0, blocked.code(), "the other outputs are written: " + blocked.err());
		Result both = CheckCommandTest.run("render", p.toString(), "-o", out.toString());
		assertEquals(1, both.code());
		assertTrue(both.err().contains("p.html：无法写出：已有同名的文件夹"), both.err());
	}
}
