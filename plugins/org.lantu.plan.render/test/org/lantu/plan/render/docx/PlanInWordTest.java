package org.lantu.plan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lantu.plan.render.Examples;

/**
 * A Word document carries the plan it was written from: read back whole for every example; a
 * change of the text is noticed, a change of spacing or of how Word splits the text into runs is
 * not; a document written without the plan has no part; a part that is hostile or broken (a DTD
 * with an external entity, another namespace, text that is not UTF-8, no XML at all) is passed over.
 */
class PlanInWordTest {

	private static final String PART = "customXml/item1.xml";

	static byte[] docx(Path plan) throws IOException {
		return DocxWriter.write(Examples.document(plan, "zh"), OfficialFonts.OFFICE,
				new PlanInWord.Source(plan.getFileName().toString(), Files.readString(plan, StandardCharsets.UTF_8)));
	}

	static Optional<PlanInWord.Embedded> carried(byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return PlanInWord.read(doc);
		}
	}

	@Test
	void everyExampleCarriesItsPlanWhole() throws IOException {
		for (Path plan : Examples.plans()) {
			byte[] bytes = docx(plan);
			PlanInWord.Embedded e = carried(bytes).orElseThrow(() -> new AssertionError(plan + ": no plan in its Word document"));
			assertEquals(plan.getFileName().toString(), e.file());
			assertEquals(Files.readString(plan, StandardCharsets.UTF_8), e.text(), plan + ": the plan comes back character for character");
			assertTrue(e.unchanged(), plan + ": the text is as written");
			assertArrayEquals(bytes, docx(plan), plan + ": the same plan gives the same bytes");
		}
	}

	@Test
	void aChangedTextIsNoticedARestyledOneIsNot() throws IOException {
		byte[] bytes = docx(Examples.plans().get(0));
		// a number of an indicator table changed, as a reviewer would in Word
		byte[] edited = edit(bytes, doc -> {
			XWPFRun run = firstRunWithDigit(doc);
			run.setText(run.text().replaceFirst("[0-9]", run.text().matches("(?s)^\\D*9.*") ? "8" : "9"), 0);
		});
		PlanInWord.Embedded e = carried(edited).orElseThrow();
		assertFalse(e.unchanged(), "a changed number is a changed text");
		assertEquals(carried(bytes).orElseThrow().text(), e.text(), "the plan as exported is still there");
		// the same text split into two runs, spaces added, a run made bold: the text is unchanged
		byte[] restyled = edit(bytes, doc -> {
			XWPFRun run = firstRunWithDigit(doc);
			String t = run.text();
			run.setText(t.substring(0, 1) + "  ", 0);
			run.setBold(true);
			XWPFParagraph p = (XWPFParagraph) run.getParent();
			p.insertNewRun(p.getRuns().indexOf(run) + 1).setText(t.substring(1));
		});
		assertTrue(carried(restyled).orElseThrow().unchanged(), "spacing and runs are not the text");
	}

	@Test
	void withoutThePlanThereIsNoPart() throws IOException {
		byte[] bytes = DocxWriter.write(Examples.document(Examples.plans().get(0), "zh"), OfficialFonts.OFFICE);
		assertEquals(Optional.empty(), carried(bytes));
		assertFalse(entries(bytes).stream().anyMatch(n -> n.startsWith("customXml/")), "no custom part: " + entries(bytes));
	}

	@Test
	void aHostileOrBrokenPartIsPassedOver() throws IOException {
		byte[] bytes = docx(Examples.plans().get(0));
		String ns = PlanInWord.NAMESPACE;
		String[] parts = {
				// an external entity: never resolved, the part is no plan
				"<?xml version=\"1.0\"?><!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><plan xmlns=\"" + ns + "\" file=\"a.plan\">&x;</plan>",
				"<plan xmlns=\"http://example.org/other\" file=\"a.plan\">" + Base64.getEncoder().encodeToString("规划 a".getBytes(StandardCharsets.UTF_8)) + "</plan>",
				"<plan xmlns=\"" + ns + "\" file=\"a.plan\">" + Base64.getEncoder().encodeToString(new byte[] { (byte) 0xC3, (byte) 0x28, 'a' }) + "</plan>",
				"<plan xmlns=\"" + ns + "\" file=\"a.plan\">not base64 ***</plan>",
				"not xml at all <<<",
				"" };
		for (String part : parts) {
			byte[] hostile = replace(bytes, PART, part.getBytes(StandardCharsets.UTF_8));
			assertEquals(Optional.empty(), carried(hostile), "passed over: " + part);
		}
		// a part without a fingerprint is a plan whose text cannot be vouched for
		byte[] bare = replace(bytes, PART, ("<plan xmlns=\"" + ns + "\">" + Base64.getEncoder().encodeToString("规划 a".getBytes(StandardCharsets.UTF_8)) + "</plan>")
				.getBytes(StandardCharsets.UTF_8));
		PlanInWord.Embedded e = carried(bare).orElseThrow();
		assertEquals("规划 a", e.text());
		assertEquals("plan.plan", e.file());
		assertFalse(e.unchanged());
	}

	private static XWPFRun firstRunWithDigit(XWPFDocument doc) {
		for (XWPFTable t : doc.getTables()) {
			for (var row : t.getRows()) {
				for (var cell : row.getTableCells()) {
					for (XWPFParagraph p : cell.getParagraphs()) {
						for (XWPFRun r : p.getRuns()) {
							if (r.text().matches("(?s).*[0-9].*") && r.text().length() > 1) {
								return r;
							}
						}
					}
				}
			}
		}
		throw new AssertionError("no table cell with a number");
	}

	private static byte[] edit(byte[] docx, Consumer<XWPFDocument> change) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			change.accept(doc);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	private static byte[] replace(byte[] zip, String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(e.getName().equals(name) ? content : in.readAllBytes());
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
