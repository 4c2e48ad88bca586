package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.importer.source.ImportFailure;

/**
 * Files no one should have to import, and some that arrive anyway: each gives one reason (a
 * message key of the catalogue) in bounded time, never an exception of a library, and nothing of
 * the machine it runs on leaks into a draft.
 */
class HostileImportTest {

	@TempDir
	Path dir;

	private String refused(String name, byte[] bytes) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return refused(file);
	}

	private static String refused(Path file) {
		ImportFailure f = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(ImportFailure.class, () -> Importer.file(file, Recovery.CHECKER::syntaxErrorLines)));
		return f.key();
	}

	private static Importer.Result imported(Path file) {
		return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Importer.file(file, Recovery.CHECKER::syntaxErrorLines));
	}

	static byte[] docx(String... paragraphs) throws Exception {
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String p : paragraphs) {
				d.createParagraph().createRun().setText(p);
			}
			d.write(out);
			return out.toByteArray();
		}
	}

	/** A Word document with its body's XML changed by {@code change}, every other part as it was. */
	static byte[] withDocumentXml(byte[] docx, UnaryOperator<String> change) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				byte[] part = in.readAllBytes();
				if (e.getName().equals("word/document.xml")) {
					part = change.apply(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.write(part);
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void aFileThatIsNotAWordDocument() throws Exception {
		assertEquals("importer.not-docx", refused("plan.docx", "这是一段文字，不是 Word 文件".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aZipThatIsNotAWordDocument() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals("importer.broken-docx", refused("plan.docx", bytes.toByteArray()));
	}

	@Test
	void aBrokenPartIsNoZipBomb() throws Exception {
		// its XML declaration cut: the parser says "The value following \"encoding\" in the XML declaration must be a quoted string"
		byte[] cut = withDocumentXml(docx("规划"), xml -> xml.replaceFirst("encoding=\"([^\"]*)\"", "encoding=$1"));
		assertEquals("importer.broken-docx", refused("cut.docx", cut));
	}

	@Test
	void aZipBomb() throws Exception {
		// a document part of 300 MB of spaces, some 300 kB compressed
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] source = docx("规划");
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(source)); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals("word/document.xml")) {
					byte[] spaces = new byte[1 << 20];
					java.util.Arrays.fill(spaces, (byte) ' ');
					zip.write(in.readAllBytes());
					for (int i = 0; i < 300; i++) {
						zip.write(spaces);
					}
				} else {
					zip.write(in.readAllBytes());
				}
			}
		}
		assertEquals("importer.bomb", refused("bomb.docx", bytes.toByteArray()));
	}

	@Test
	void anEncryptedDocument() throws Exception {
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("口令");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OutputStream os = encryptor.getDataStream(fs)) {
				os.write(docx("保密的规划"));
			}
			fs.writeFilesystem(bytes);
		}
		assertEquals("importer.encrypted", refused("secret.docx", bytes.toByteArray()));
	}

	@Test
	void oldBinaryWordAndWpsFiles() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
			fs.writeFilesystem(bytes);
		}
		assertEquals("importer.old-word", refused("plan.doc", bytes.toByteArray()));
		assertEquals("importer.old-word", refused("plan.wps", bytes.toByteArray()));
		assertEquals("importer.old-word", refused("renamed.docx", bytes.toByteArray()), "an old file renamed .docx");
	}

	@Test
	void externalEntitiesAreNotResolved() throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "机密内容");
		byte[] xxe = withDocumentXml(docx("规划"),
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>").replace("规划", "&x;"));
		Path file = dir.resolve("xxe.docx");
		Files.write(file, xxe);
		try {
			Importer.Result r = Importer.file(file, Recovery.CHECKER::syntaxErrorLines);
			assertFalse(r.plan().contains("机密内容"), "the entity was resolved");
		} catch (ImportFailure f) {
			assertEquals("importer.broken-docx", f.key());
		}
	}

	@Test
	void embeddedPicturesAreLeftOut() throws Exception {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		Path file = dir.resolve("picture.docx");
		try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			d.createParagraph().createRun().setText("第一章  发展基础");
			d.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "图.png", 10000, 10000);
			d.createParagraph().createRun().setText("2025年，营业收入达到120亿元。");
			d.write(out);
		}
		Importer.Result r = imported(file);
		assertTrue(r.plan().contains("章 1 \"发展基础\"") && r.plan().contains("[达到120亿元](\"营业收入\"@2025)"), r.plan());
	}

	@Test
	void aFileLargerThanTheLimit() throws Exception {
		Path file = dir.resolve("huge.txt");
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(Importer.MAX_BYTES + 1);
		}
		assertEquals("importer.too-large", refused(file));
	}

	@Test
	void binaryBytesAsText() throws Exception {
		assertEquals("importer.binary", refused("plan.txt", new byte[] { 'a', 0, 1, 2, 3, 0 }));
	}

	@Test
	void missingAndNotAFile() throws Exception {
		assertEquals("importer.missing", refused(dir.resolve("nowhere.txt")));
		assertEquals("importer.not-a-file", refused(dir));
	}

	@Test
	void textInGb18030IsRead() throws Exception {
		Path file = dir.resolve("gbk.txt");
		Files.write(file, "第一章  总体要求\n到2025年，营业收入达到120亿元。\n".getBytes(Charset.forName("GB18030")));
		assertTrue(imported(file).plan().contains("[达到120亿元](\"营业收入\"@2025)"));
	}

	@Test
	void anEmptyFileGivesAnEmptyDraftThatParses() throws Exception {
		Path file = dir.resolve("empty.txt");
		Files.write(file, new byte[0]);
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(imported(file).plan()));
	}

	@Test
	void textThatLooksLikePlanSyntaxStaysText() throws Exception {
		Path file = dir.resolve("tricky.txt");
		Files.writeString(file, String.join("\n", "第一章  \"引号\" 与 \\ 反斜杠 } {", "到2025年，指标 x（亿元）：1 | 2 达到\"120亿元\"，// 不是注释 /* 也不是 */", "\t类别\t指标",
				"\t\"a\"\t[b]", "表1  表", "\t指标\t2025年", "", "\t营业收入（万吨/年）\t[12", ""));
		Importer.Result r = imported(file);
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.plan()), r.plan());
		assertTrue(r.plan().contains("// 不是注释 /* 也不是 */"), r.plan());
	}

	@Test
	void markdownMarksAndBarsOfAnyLengthAreReadInLinearTime() throws Exception {
		// long runs of what Markdown's headings, bold and tables are made of, where a backtracking pattern would not end
		String spaces = " ".repeat(500_000);
		Path file = dir.resolve("marks.md");
		Files.writeString(file, String.join("\n", "# " + spaces + "x" + spaces + "#", "|" + spaces + ":" + "-".repeat(300_000) + spaces + "x",
				"**" + "a".repeat(300_000), "|".repeat(300_000), "| a |" + " b |".repeat(100_000), "到2025年" + spaces + "达到" + spaces + "500亿元", "| c | d |", "## 第一章 发展目标 ##", ""));
		Importer.Result r = imported(file);
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.plan()));
		assertTrue(r.plan().contains("章 1 \"发展目标\""), r.plan().lines().filter(l -> l.length() < 200).toList().toString());
	}

	@Test
	void aSentenceOfAnyNumberOfAmountsIsReadInLinearTime() throws Exception {
		// one endless sentence of amounts: each amount reads the sentence before it, which would take the square of its length
		Path file = dir.resolve("amounts.txt");
		Files.writeString(file, "某县发展规划（2021—2025年）\n第一章 发展基础\n“十三五”期间" + "，累计投资5亿元".repeat(30_000) + "。\n年度计划投资210亿元。其中，"
				+ "产业项目85个，年度计划投资120亿元；".repeat(10_000) + "\n开发区规划面积32平方公里，分为三个片区" + "，北部片区12平方公里".repeat(10_000) + "。\n");
		Importer.Result r = imported(file);
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.plan()));
	}

	@Test
	void aRatioOfAnyNumberOfTermsIsRead() throws Exception {
		// a ratio of 100,000 terms in the text and in a table's cell: a regular expression would overflow its stack on it
		String terms = "1:".repeat(100_000) + "1";
		Path file = dir.resolve("ratio.txt");
		Files.writeString(file, "某县发展规划（2021—2025年）\n第一章 发展目标\n三次产业结构调整为" + terms + "。\n表1  主要指标\n指标\t2020年\t2025年\n三次产业结构（%）\t"
				+ terms + "\t7:38:55\n");
		Importer.Result r = imported(file);
		assertTrue(r.plan().contains("：" + terms + " | 7:38:55"), "the cell is the indicator's ratio");
	}
}
