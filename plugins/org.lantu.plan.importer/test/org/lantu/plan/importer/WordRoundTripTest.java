package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.ImportFailure;
import org.lantu.plan.importer.source.TextSource;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.DocumentBuilder;
import org.lantu.plan.render.docx.DocxWriter;
import org.lantu.plan.render.docx.OfficialFonts;
import org.lantu.plan.render.docx.PlanInWord;

/**
 * The round trip. Each example published as a GB/T 9704 Word document carries its plan, and
 * importing the document gives that plan back whole: the same text, so the same indicators, values
 * and findings, relations a document cannot show included. A document whose text was changed in
 * Word is read from its text, and still gives back the plan as exported when asked. The
 * recogniser alone ({@code --from text}) is measured on the same documents (styles, indicator
 * tables with merged category cells, 专栏 as framed one-cell tables), and on the documents saved
 * again by LibreOffice (another program's XML) and saved by it as plain text. LibreOffice is
 * required where {@code LANTU_REQUIRE_OFFICE=1}.
 */
class WordRoundTripTest {

	static final Path EXAMPLES = Path.of(System.getProperty("lantu.root", "../..")).resolve("examples");

	@TempDir
	Path dir;

	static List<Path> examples() throws Exception {
		try (Stream<Path> s = Files.list(EXAMPLES)) {
			return s.filter(p -> p.toString().endsWith(".plan")).sorted().toList();
		}
	}

	/** The example's Word document as {@code lantu export --format docx} writes it: carrying the plan. */
	static byte[] docx(Path plan) throws Exception {
		return DocxWriter.write(document(plan), OfficialFonts.OFFICE,
				new PlanInWord.Source(plan.getFileName().toString(), Files.readString(plan, StandardCharsets.UTF_8)));
	}

	static Document document(Path plan) {
		PlanChecker checker = Recovery.CHECKER;
		var c = checker.checkAndKeep(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT).plans().get(0);
		return new DocumentBuilder(checker.facts(), "zh").build(c.plan(), plan.getFileName().toString(), c.diagnostics(), c.coverage());
	}

	static Importer.Result fromText(byte[] docx) throws Exception {
		return Importer.word(DocxSource.open(docx), Importer.From.TEXT, Recovery.CHECKER::syntaxErrorLines);
	}

	@Test
	void everyExampleComesBackWholeWithItsFindings() throws Exception {
		Path drafts = Files.createDirectories(dir.resolve("whole"));
		for (Path example : examples()) {
			Importer.Result r = Importer.word(DocxSource.open(docx(example)), Importer.From.AUTO, Recovery.CHECKER::syntaxErrorLines);
			assertTrue(r.restored(), example + ": the unchanged document gives back its plan");
			assertEquals(Files.readString(example, StandardCharsets.UTF_8), r.plan(), example + ": character for character");
			Files.writeString(drafts.resolve(example.getFileName()), r.plan(), StandardCharsets.UTF_8);
		}
		// the plans imported check as the examples do (the opinion's claims on its sister plan included): every finding, in order
		List<String> expected = findings(Recovery.CHECKER.check(List.of(EXAMPLES), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics());
		List<String> found = findings(Recovery.CHECKER.check(List.of(drafts), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics());
		assertTrue(expected.stream().anyMatch(f -> f.contains("[sum.")) && expected.stream().anyMatch(f -> f.contains("[share."))
				&& expected.stream().anyMatch(f -> f.contains("[space.")), "the examples have findings of sums, shares and zones: " + expected);
		assertEquals(expected, found);
	}

	/** Findings as printed, each file named by its name alone (the examples and the imported plans lie in different folders). */
	private static List<String> findings(List<PlanDiagnostic> diagnostics) {
		return diagnostics.stream().map(d -> d.format().replaceAll("[^\\s:]*[/\\\\]([^/\\\\\\s:]+\\.plan)", "$1")).toList();
	}

	@Test
	void aDocumentChangedInWordIsReadFromItsTextAndStillCarriesThePlan() throws Exception {
		Path example = examples().get(examples().size() - 1);
		byte[] changed;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(example)))) {
			// a reviewer corrects a figure of the first indicator table
			XWPFRun run = doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(row -> row.getTableCells().stream())
					.flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream()).filter(x -> x.text().matches("[0-9][0-9.]*"))
					.findFirst().orElseThrow();
			run.setText(run.text() + "1", 0);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			changed = out.toByteArray();
		}
		Importer.Result auto = Importer.word(DocxSource.open(changed), Importer.From.AUTO, Recovery.CHECKER::syntaxErrorLines);
		assertFalse(auto.restored(), "a changed text is read from the text");
		assertNotNull(auto.carried(), "the plan it was exported from is still known");
		assertFalse(auto.carried().unchanged());
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(auto.plan()));
		Importer.Result plan = Importer.word(DocxSource.open(changed), Importer.From.PLAN, Recovery.CHECKER::syntaxErrorLines);
		assertTrue(plan.restored());
		assertEquals(Files.readString(example, StandardCharsets.UTF_8), plan.plan(), "--from plan gives back the plan as exported");
		// a document Lantu did not write (or wrote without its plan) has none to give back
		byte[] without = DocxWriter.write(document(example), OfficialFonts.OFFICE);
		ImportFailure none = assertThrows(ImportFailure.class, () -> Importer.word(DocxSource.open(without), Importer.From.PLAN, Recovery.CHECKER::syntaxErrorLines));
		assertEquals("importer.no-plan", none.key());
		assertNull(Importer.word(DocxSource.open(without), Importer.From.AUTO, Recovery.CHECKER::syntaxErrorLines).carried());
	}

	/**
	 * A reviewer changes one sector's figure in Word; the draft read from the changed text takes
	 * the plan's 合计 over from the plan the document carries, and its check finds the total broken.
	 */
	@Test
	void aChangeInWordThatBreaksATotalIsFoundInTheDraft() throws Exception {
		Path example = EXAMPLES.resolve("wutongqiao-industrial-base-2016-2030.plan");
		byte[] changed;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx(example)))) {
			XWPFRun run = doc.getTables().stream().flatMap(t -> t.getRows().stream()).filter(row -> row.getCell(0) != null
					&& row.getTableCells().stream().anyMatch(c -> c.getText().strip().equals("光电信息")))
					.flatMap(row -> row.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream())
					.filter(x -> x.text().equals("80亿元")).findFirst().orElseThrow(() -> new AssertionError("the row of 光电信息 in the Word table"));
			run.setText("81亿元", 0);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			changed = out.toByteArray();
		}
		Importer.Result r = Importer.word(DocxSource.open(changed), Importer.From.AUTO, Recovery.CHECKER::syntaxErrorLines);
		assertFalse(r.restored());
		assertTrue(r.relationsCarried() >= 1 && r.plan().contains("合计 工业总产值 = 光电信息 + 盐化工 + 新能源汽车及汽车零部件 + 先进装备 + 仓储物流及其他产业"),
				r.relationsCarried() + " carried");
		Path draft = Files.createDirectories(dir.resolve("changed")).resolve(example.getFileName());
		Files.writeString(draft, r.plan(), StandardCharsets.UTF_8);
		List<PlanDiagnostic> found = Recovery.CHECKER.check(List.of(draft), CheckFilter.ALL, PlanChecker.Options.DEFAULT.withLang(Lang.EN)).diagnostics();
		assertTrue(found.stream().anyMatch(d -> d.check().equals("sum.mismatch") && d.message().contains("工业总产值") && d.message().contains("351")),
				"the broken total is found: " + found.stream().map(PlanDiagnostic::format).toList());
		// read as text only, the same document has no 合计 to break
		Importer.Result text = Importer.word(DocxSource.open(changed), Importer.From.TEXT, Recovery.CHECKER::syntaxErrorLines);
		assertEquals(0, text.relationsCarried());
		assertFalse(text.plan().contains("合计 工业总产值"));
	}

	@Test
	void everyExampleIsRecognisedFromItsWordText() throws Exception {
		List<Recovery> all = new ArrayList<>();
		for (Path example : examples()) {
			all.add(measure("Lantu's Word, its text", example, fromText(docx(example))));
		}
		floors(all, 95, 85);
		int values = all.stream().mapToInt(Recovery::values).sum();
		int valuesFound = all.stream().mapToInt(Recovery::valuesFound).sum();
		System.out.printf("  their values: %d/%d (%.0f%%)%n", valuesFound, values, 100.0 * valuesFound / values);
		assertTrue(valuesFound * 100 >= 85 * values, "values recovered: " + valuesFound + "/" + values);
	}

	@Test
	void documentsLibreOfficeWroteImportToo() throws Exception {
		String office = office();
		if ("1".equals(System.getenv("LANTU_REQUIRE_OFFICE")) && office == null) {
			fail("LANTU_REQUIRE_OFFICE=1 but neither soffice nor libreoffice is on the PATH");
		}
		assumeTrue(office != null, "LibreOffice is not installed");
		List<Recovery> word = new ArrayList<>();
		List<Recovery> text = new ArrayList<>();
		for (Path example : examples()) {
			String base = example.getFileName().toString().replace(".plan", "");
			Path ours = dir.resolve("ours").resolve(base + ".docx");
			Files.createDirectories(ours.getParent());
			Files.write(ours, docx(example));
			Path resaved = convert(office, ours, "docx:MS Word 2007 XML", dir.resolve("resaved"));
			// another program's XML, the same text: the plan comes back whole
			Importer.Result whole = Importer.word(DocxSource.open(Files.readAllBytes(resaved)), Importer.From.AUTO, Recovery.CHECKER::syntaxErrorLines);
			assertTrue(whole.restored(), example + ": saved again by LibreOffice, the document still gives back its plan");
			assertEquals(Files.readString(example, StandardCharsets.UTF_8), whole.plan());
			word.add(measure("LibreOffice's Word, its text", example, fromText(Files.readAllBytes(resaved))));
			Path txt = convert(office, ours, "txt:Text (encoded):UTF8", dir.resolve("text"));
			text.add(measure("LibreOffice's text", example, Importer.of(TextSource.read(Files.readAllBytes(txt)), "text", Recovery.CHECKER::syntaxErrorLines)));
		}
		floors(word, 95, 85);
		floors(text, 75, 68);
	}

	private Recovery measure(String how, Path example, Importer.Result r) throws Exception {
		assertEquals(List.of(), Recovery.CHECKER.syntaxErrorLines(r.plan()), example + ": the draft has syntax errors");
		Path draft = Recovery.write(Files.createDirectories(dir.resolve("drafts")), example.getFileName().toString(), r.plan());
		Recovery rec = Recovery.of(example, draft);
		System.out.println("import of " + how + ": " + rec);
		return rec;
	}

	private static void floors(List<Recovery> all, int indicators, int claims) {
		int ind = all.stream().mapToInt(Recovery::indicators).sum();
		int indFound = all.stream().mapToInt(Recovery::indicatorsFound).sum();
		int cl = all.stream().mapToInt(Recovery::claims).sum();
		int clFound = all.stream().mapToInt(Recovery::claimsFound).sum();
		System.out.printf("  all four: indicators %d/%d (%.0f%%), claims %d/%d (%.0f%%)%n", indFound, ind, 100.0 * indFound / ind, clFound, cl, 100.0 * clFound / cl);
		assertTrue(indFound * 100 >= indicators * ind, "indicators recovered: " + indFound + "/" + ind);
		assertTrue(clFound * 100 >= claims * cl, "claims recovered: " + clFound + "/" + cl);
	}

	static Path convert(String office, Path in, String filter, Path out) throws Exception {
		Files.createDirectories(out);
		Process p = new ProcessBuilder(office, "-env:UserInstallation=" + out.resolveSibling("profile").toUri(), "--headless", "--convert-to", filter, "--outdir",
				out.toString(), in.toString()).redirectErrorStream(true).redirectOutput(out.resolve("log.txt").toFile()).start();
		assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished within 3 minutes");
		String ext = filter.substring(0, filter.indexOf(':'));
		Path converted = out.resolve(in.getFileName().toString().replaceFirst("\\.[a-z]+$", "." + ext));
		assertTrue(Files.isRegularFile(converted), "LibreOffice converted " + in + ": " + Files.readString(out.resolve("log.txt")));
		return converted;
	}

	static String office() {
		for (String name : List.of("soffice", "libreoffice")) {
			for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
				if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
					return Path.of(folder, name).toString();
				}
			}
		}
		return null;
	}
}
