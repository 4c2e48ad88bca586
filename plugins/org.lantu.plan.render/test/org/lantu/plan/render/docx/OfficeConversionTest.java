package org.lantu.plan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.render.Examples;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;

/**
 * Another program reads Lantu's Word documents: LibreOffice converts each example's .docx to PDF,
 * which must be A4 and hold the title and every chapter's heading. Skipped where LibreOffice is
 * not installed, unless {@code LANTU_REQUIRE_OFFICE=1} (set by {@code .ci/run}, which installs it).
 */
class OfficeConversionTest {

	@TempDir
	Path dir;

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

	@TestFactory
	Stream<DynamicTest> libreOfficeReadsEveryExample() throws IOException {
		String office = office();
		if ("1".equals(System.getenv("LANTU_REQUIRE_OFFICE")) && office == null) {
			fail("LANTU_REQUIRE_OFFICE=1 but neither soffice nor libreoffice is on the PATH");
		}
		assumeTrue(office != null, "LibreOffice is not installed");
		return Examples.plans().stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
			Document d = Examples.document(plan, "zh");
			String base = plan.getFileName().toString().replace(".plan", "");
			Path docx = dir.resolve(base + ".docx");
			Files.write(docx, DocxWriter.write(d, OfficialFonts.OFFICE));
			Process p = new ProcessBuilder(office, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "pdf", "--outdir",
					dir.toString(), docx.toString()).redirectErrorStream(true).redirectOutput(dir.resolve(base + ".log").toFile()).start();
			assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished within 3 minutes");
			Path pdf = dir.resolve(base + ".pdf");
			assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote a PDF: " + Files.readString(dir.resolve(base + ".log")));
			try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
				assertTrue(read.getNumberOfPages() >= 1);
				PDRectangle page = read.getPage(0).getMediaBox();
				assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1);
				assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1);
				String text = new PDFTextStripper().getText(read).replaceAll("\\s", "");
				assertTrue(text.contains(d.header().title().replaceAll("\\s", "")), "the title");
				for (String heading : chapters(d.body())) {
					assertTrue(text.contains(heading.replaceAll("\\s", "")), "the heading " + heading);
				}
			}
		}));
	}

	private static List<String> chapters(List<Block> body) {
		List<String> out = new ArrayList<>();
		for (Block b : body) {
			if (b instanceof Division d && d.kind() == DivisionKind.CHAPTER) {
				out.add(d.heading());
			} else if (b instanceof Division d && d.kind() == DivisionKind.ANNEX && d.title() != null) {
				out.add(d.title());
			}
		}
		return out;
	}
}
