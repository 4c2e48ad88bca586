package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lantu import}: a draft beside the source or in -o, never over an existing plan without --force, failures in one line. */
class ImportCommandTest {

	@TempDir
	Path dir;

	private Path source() throws Exception {
		Path file = dir.resolve("园区方案.txt");
		Files.writeString(file, String.join("\n", "某县工业园区发展工作方案", "一、发展目标", "到2027年，园区营业收入达到150亿元，年均增长12%。", "二、重点任务",
				"建设孵化平台3个。"), StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void importsReportsAndChecksTheDraft() throws Exception {
		CheckCommandTest.Result r = CheckCommandTest.run("import", source().toString());
		assertEquals(0, r.code(), r.out() + r.err());
		Path draft = dir.resolve("园区方案.plan");
		assertTrue(r.out().contains("已导入 " + dir.resolve("园区方案.txt") + " → " + draft), r.out());
		assertTrue(r.out().contains("识别出：标题 2 个，段落 2 个"), r.out());
		assertTrue(r.out().contains("第 5 行：3个"), r.out());
		assertTrue(r.out().contains("草稿检查： 已检查 1 份规划：0 个错误"), r.out());
		String plan = Files.readString(draft, StandardCharsets.UTF_8);
		assertTrue(plan.contains("[达到150亿元](\"园区营业收入\"@2027)"), plan);
		assertEquals(0, CheckCommandTest.run("check", draft.toString()).code());
	}

	@Test
	void anExistingDraftIsLeftAloneUnlessForced() throws Exception {
		Path source = source();
		Path draft = dir.resolve("out/园区方案.plan");
		Files.createDirectories(draft.getParent());
		Files.writeString(draft, "规划 mine\n", StandardCharsets.UTF_8);
		CheckCommandTest.Result r = CheckCommandTest.run("import", source.toString(), "-o", dir.resolve("out").toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("已存在，未改动（要覆盖请加 --force）"), r.err());
		assertEquals("规划 mine\n", Files.readString(draft, StandardCharsets.UTF_8));
		assertEquals(0, CheckCommandTest.run("import", source.toString(), "-o", dir.resolve("out").toString(), "--force").code());
		assertTrue(Files.readString(draft, StandardCharsets.UTF_8).contains("段 "));
		try (var left = Files.list(draft.getParent())) {
			assertEquals(1, left.count(), "no temporary file is left behind");
		}
	}

	@Test
	void anOutputEndingInPlanNamesTheDraftAndAFileIsNoFolder() throws Exception {
		Path source = source();
		CheckCommandTest.Result named = CheckCommandTest.run("import", source.toString(), "-o", dir.resolve("drafts/草案.plan").toString());
		assertEquals(0, named.code(), named.out() + named.err());
		assertTrue(Files.readString(dir.resolve("drafts/草案.plan"), StandardCharsets.UTF_8).contains("段 "));
		assertTrue(Files.notExists(dir.resolve("drafts/草案.plan/园区方案.plan")));
		// an existing folder whose name ends in .plan is still a folder
		Files.createDirectories(dir.resolve("plans.plan"));
		assertEquals(0, CheckCommandTest.run("import", source.toString(), "-o", dir.resolve("plans.plan").toString()).code());
		assertTrue(Files.isRegularFile(dir.resolve("plans.plan/园区方案.plan")));
		Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
		CheckCommandTest.Result intoFile = CheckCommandTest.run("import", source.toString(), "-o", file.toString());
		assertEquals(2, intoFile.code());
		assertEquals("lantu: " + file + "：这是一个文件，不是文件夹，无法往里写；请用 -o 另选一个文件夹", intoFile.err().strip());
		assertEquals("mine", Files.readString(file));
	}

	@Test
	void theReportAsJsonAndInEnglish() throws Exception {
		CheckCommandTest.Result json = CheckCommandTest.run("import", source().toString(), "--report", "json", "--force");
		assertEquals(0, json.code(), json.err());
		assertTrue(json.out().startsWith("{\n  \"draft\": ") && json.out().contains("\"claims\": 2") && json.out().contains("\"untied\": [\n    {\"line\": 5"),
				json.out());
		CheckCommandTest.Result en = CheckCommandTest.run("import", "--lang", "en", source().toString(), "--force");
		assertTrue(en.out().contains("found: 2 headings, 2 paragraphs"), en.out());
	}

	@Test
	void whatCannotBeImportedIsOneLineAndWritesNothing() throws Exception {
		Path doc = dir.resolve("旧规划.doc");
		Files.write(doc, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
		CheckCommandTest.Result r = CheckCommandTest.run("import", doc.toString());
		assertEquals(2, r.code());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		assertTrue(r.err().contains("请在 Word 或 WPS 中“另存为”.docx 后再导入"), r.err());
		Path fake = dir.resolve("假.docx");
		Files.writeString(fake, "not a zip");
		CheckCommandTest.Result en = CheckCommandTest.run("import", "--lang", "en", fake.toString());
		assertEquals(2, en.code());
		assertTrue(en.err().contains("this is not a Word (.docx) document"), en.err());
		assertFalse(en.err().contains("Exception"), en.err());
		assertTrue(Files.notExists(dir.resolve("旧规划.plan")) && Files.notExists(dir.resolve("假.plan")));
		CheckCommandTest.Result plan = CheckCommandTest.run("import", dir.resolve("x.plan").toString());
		assertEquals(2, plan.code());
		assertTrue(plan.err().contains("已经是 .plan 文件"), plan.err());
	}

	@Test
	void aWordDocumentLantuWroteGivesItsPlanBack() throws Exception {
		Path plan = dir.resolve("园区.plan");
		String text = "规划 园区 \"某县工业园区发展方案\"\n规划期限 2023—2027\n// 内部备注：不印在文件上\n章 1 \"发展目标\" {\n  指标 营业收入（亿元）{ 基期 2022：100 目标 2027：150 }\n"
				+ "  指标 工业营业收入（亿元）{ 基期 2022：70 目标 2027：100 }\n  指标 服务业营业收入（亿元）{ 基期 2022：20 目标 2027：40 }\n"
				+ "  合计 营业收入 = 工业营业收入 + 服务业营业收入\n}\n";
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		assertEquals(0, CheckCommandTest.run("export", "--format", "docx", plan.toString(), "-o", dir.resolve("out").toString()).code());
		Path docx = dir.resolve("out/园区.docx");
		CheckCommandTest.Result r = CheckCommandTest.run("import", docx.toString(), "-o", dir.resolve("back").toString());
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("导出后文字未改动：已原样取回其中的规划源文件 园区.plan"), r.out());
		assertFalse(r.out().contains("识别出"), r.out());
		assertTrue(r.out().contains("规划检查： 已检查 1 份规划：2 个错误"), "the sum's findings (100 ≠ 70 + 20, 150 ≠ 100 + 40) are back: " + r.out());
		assertEquals(text, Files.readString(dir.resolve("back/园区.plan"), StandardCharsets.UTF_8));
		// --from text reads the same document from its text; the report says what it carries
		CheckCommandTest.Result json = CheckCommandTest.run("import", docx.toString(), "-o", dir.resolve("text").toString(), "--from", "text", "--report", "json");
		assertEquals(0, json.code(), json.err());
		assertTrue(json.out().contains("\"from\": \"text\", \"carried_plan\": \"园区.plan\", \"text_changed_since_export\": false"), json.out());
		assertFalse(Files.readString(dir.resolve("text/园区.plan"), StandardCharsets.UTF_8).contains("内部备注"));
		// a paragraph added in Word: read from the text, unless --from plan asks for the plan as exported
		Path reviewed = dir.resolve("out/审阅稿.docx");
		Files.write(reviewed, withParagraph(Files.readAllBytes(docx), "审阅意见：增加一段。"));
		CheckCommandTest.Result changed = CheckCommandTest.run("import", reviewed.toString(), "-o", dir.resolve("changed").toString());
		assertEquals(0, changed.code(), changed.err());
		assertTrue(changed.out().contains("导出后文字有改动，已按文字重新识别") && changed.out().contains("识别出"), changed.out());
		assertTrue(Files.readString(dir.resolve("changed/审阅稿.plan"), StandardCharsets.UTF_8).contains("审阅意见"));
		CheckCommandTest.Result asExported = CheckCommandTest.run("import", reviewed.toString(), "-o", dir.resolve("exported").toString(), "--from", "plan");
		assertTrue(asExported.out().contains("已按 --from plan 原样取回") && asExported.out().contains("不在其中"), asExported.out());
		assertEquals(text, Files.readString(dir.resolve("exported/审阅稿.plan"), StandardCharsets.UTF_8));
		// written with --no-plan, the document carries nothing to give back
		assertEquals(0, CheckCommandTest.run("export", "--format", "docx", "--no-plan", plan.toString(), "-o", dir.resolve("bare").toString()).code());
		CheckCommandTest.Result bare = CheckCommandTest.run("import", dir.resolve("bare/园区.docx").toString(), "--from", "plan", "--lang", "en");
		assertEquals(2, bare.code());
		assertTrue(bare.err().contains("this file carries no Lantu plan"), bare.err());
		assertTrue(CheckCommandTest.run("import", dir.resolve("bare/园区.docx").toString()).out().contains("识别出"));
	}

	/** {@code docx} with a paragraph added at the end of its body, as another program would write it. */
	private static byte[] withParagraph(byte[] docx, String paragraph) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (e.getName().equals("word/document.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int at = xml.lastIndexOf("<w:sectPr");
					content = (xml.substring(0, at) + "<w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p>" + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
