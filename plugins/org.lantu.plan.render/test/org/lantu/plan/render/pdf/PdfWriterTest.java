package org.lantu.plan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.render.Examples;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.IndicatorRow;

/**
 * The PDF, read back with PDFBox: A4 pages, every font embedded, the title, every heading and every
 * indicator's name and values in the extracted text, the chapters as bookmarks, the same bytes twice. Needs a
 * Chinese font on the machine: skipped without one, unless {@code LANTU_REQUIRE_OFFICE=1} (set by
 * {@code .ci/run}, which installs free ones).
 */
class PdfWriterTest {

	static CjkFonts fonts() {
		try {
			return PdfWriter.fonts(List.of(), Lang.ZH);
		} catch (CjkFonts.Missing e) {
			if ("1".equals(System.getenv("LANTU_REQUIRE_OFFICE"))) {
				fail("LANTU_REQUIRE_OFFICE=1 but no Chinese font is installed: " + e.getMessage());
			}
			assumeTrue(false, "no Chinese font on this machine");
			return null;
		}
	}

	@TestFactory
	Stream<DynamicTest> everyExampleIsAnEmbeddedSearchablePdf() throws IOException {
		CjkFonts fonts = fonts();
		return Examples.plans().stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
			Document d = Examples.document(plan, "zh");
			byte[] pdf = PdfWriter.write(d, fonts);
			try (PDDocument read = Loader.loadPDF(pdf)) {
				assertTrue(read.getNumberOfPages() >= 1);
				for (PDPage page : read.getPages()) {
					assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
					assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1);
					for (var name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						assertTrue(font.isEmbedded(), font.getName() + " is embedded");
					}
				}
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(false);
				String text = stripper.getText(read).replaceAll("\\s", "");
				assertTrue(text.contains(d.header().title().replaceAll("\\s", "")), "the title");
				for (String heading : Examples.headings(d.body())) {
					assertTrue(text.contains(heading.replaceAll("\\s", "")), "the heading " + heading);
				}
				for (Grid g : Examples.grids(d.body())) {
					for (var category : g.groups()) {
						for (IndicatorRow row : category.rows()) {
							assertTrue(text.contains(row.name().replaceAll("\\s", "")), "the indicator " + row.name());
							for (var cell : row.cells()) {
								assertTrue(text.contains(cell.text().replaceAll("\\s", "")), "the value " + cell.text() + " of " + row.name());
							}
						}
					}
				}
				List<String> marks = new ArrayList<>();
				for (PDOutlineItem item : read.getDocumentCatalog().getDocumentOutline().children()) {
					marks.add(item.getTitle());
				}
				for (Block b : d.body()) {
					if (b instanceof Division div && div.kind() == DivisionKind.CHAPTER) {
						assertTrue(marks.contains(div.heading()), "the bookmark " + div.heading() + " in " + marks);
						// its sections are bookmarks under it
						PDOutlineItem chapter = null;
						for (PDOutlineItem item : read.getDocumentCatalog().getDocumentOutline().children()) {
							chapter = item.getTitle().equals(div.heading()) ? item : chapter;
						}
						List<String> under = new ArrayList<>();
						chapter.children().forEach(item -> under.add(item.getTitle()));
						for (Block inner : div.children()) {
							if (inner instanceof Division section && section.kind() == DivisionKind.SECTION) {
								assertTrue(under.contains(section.heading()), "the bookmark " + section.heading() + " under " + div.heading() + ": " + under);
							}
						}
					}
				}
			}
			assertArrayEquals(pdf, PdfWriter.write(Examples.document(plan, "zh"), fonts), "the same plan gives the same bytes");
		}));
	}

	@Test
	void withoutAChineseFontTheErrorSaysWhatToInstall(@TempDir Path empty) throws IOException {
		Files.writeString(empty.resolve("not-a-font.ttf"), "no");
		CjkFonts.Missing e = assertThrows(CjkFonts.Missing.class, () -> CjkFonts.find(List.of(empty), List.of(), "install fonts-noto-cjk"));
		assertEquals("install fonts-noto-cjk", e.getMessage());
	}

	@Test
	void theAuthorsFolderComesFirst(@TempDir Path mine) throws IOException {
		CjkFonts system = fonts();
		CjkFonts.Found song = system.font(CjkFonts.Role.SONG);
		// the office's own font, named as offices name it, in the author's folder
		assumeTrue(song.file().toString().endsWith(".ttf"), "a single font file to copy");
		Path copy = mine.resolve("仿宋_GB2312.ttf");
		Files.copy(song.file(), copy);
		CjkFonts withMine = CjkFonts.find(List.of(mine), CjkFonts.systemFolders(), "install");
		assertEquals(copy, withMine.font(CjkFonts.Role.SONG).file(), "a font of the author's folder before the system's");
		assertFalse(withMine.used().isEmpty());
	}

	@Test
	void aRegularWeightBeforeABoldOneOfTheSameFamily() {
		CjkFonts chosen = fonts();
		List<CjkFonts.Found> all = new ArrayList<>();
		CjkFonts.systemFolders().forEach(folder -> all.addAll(CjkFonts.scan(folder)));
		for (CjkFonts.Role role : CjkFonts.Role.values()) {
			CjkFonts.Found f = chosen.font(role);
			if (!CjkFonts.regular(f)) {
				assertTrue(all.stream().noneMatch(other -> CjkFonts.regular(other) && other.families().get(0).equals(f.families().get(0))),
						role + " took " + f.families() + " although a regular weight of its family is installed");
			}
		}
	}
}
