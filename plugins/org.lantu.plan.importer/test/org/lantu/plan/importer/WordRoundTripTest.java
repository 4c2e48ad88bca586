package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.TextSource;
import org.lantu.plan.render.document.DocumentBuilder;
import org.lantu.plan.render.docx.DocxWriter;
import org.lantu.plan.render.docx.OfficialFonts;

/**
 * The round trip: each example published as a GB/T 9704 Word document (styles, indicator tables
 * with merged category cells, 专栏 as framed one-cell tables) is imported again and compared with
 * the example. The same documents saved again by LibreOffice (another program's XML), and saved by
 * it as plain text, import as well. LibreOffice is required where {@code LANTU_REQUIRE_OFFICE=1}.
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

	static byte[] docx(Path plan) throws Exception {
		PlanChecker checker = Recovery.CHECKER;
		var c = checker.checkAndKeep(List.of(plan), CheckFilter.ALL, PlanChecker.Options.DEFAULT).plans().get(0);
		return DocxWriter.write(new DocumentBuilder(checker.facts(), "zh").build(c.plan(), plan.getFileName().toString(), c.diagnostics(), c.coverage()),
				OfficialFonts.OFFICE);
	}

	@Test
	void everyExampleComesBackFromItsWordDocument() throws Exception {
		List<Recovery> all = new ArrayList<>();
		for (Path example : examples()) {
			Importer.Result r = Importer.of(DocxSource.read(docx(example)), "docx", Recovery.CHECKER::syntaxErrorLines);
			all.add(measure("Lantu's Word", example, r));
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
			word.add(measure("LibreOffice's Word", example, Importer.of(DocxSource.read(Files.readAllBytes(resaved)), "docx", Recovery.CHECKER::syntaxErrorLines)));
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
