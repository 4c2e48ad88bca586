package org.lantu.plan.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.lantu.plan.api.LibraryLogging;
import org.lantu.plan.importer.source.SourceBlock.Box;
import org.lantu.plan.importer.source.SourceBlock.Para;
import org.lantu.plan.importer.source.SourceBlock.SourceCell;
import org.lantu.plan.importer.source.SourceBlock.Table;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.render.docx.PlanInWord;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A plan as a Word document (.docx), read with Apache POI: body paragraphs with the heading level
 * their style or outline level gives, tables with their merged cells (gridSpan, vMerge), and 专栏
 * drawn as one-cell tables or in text boxes, whose content (nested tables too) becomes a box. Images, charts and
 * embedded objects are not read. Old binary formats (.doc, .wps) and encrypted documents are
 * refused with a message saying what to do; the package is opened with POI's limits against zip
 * bombs, and its XML parsers do not resolve external entities.
 */
public final class DocxSource {

	/** The largest expanded part of a document, and the smallest compression ratio, before it is a bomb. */
	private static final long MAX_ENTRY = 256L * 1024 * 1024;
	private static final double MIN_RATIO = 0.005;
	private static final int MAX_NESTING = 8;

	private int paragraph;
	/** The counters of Word's automatic numbering, per list and level. */
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	private DocxSource() {
	}

	/** A Word document's blocks, and the plan it carries if Lantu wrote it ({@link PlanInWord}). */
	public record Word(List<SourceBlock> blocks, Optional<PlanInWord.Embedded> plan) {
	}

	/** Reads a Word document's blocks. */
	public static List<SourceBlock> read(byte[] bytes) throws ImportFailure {
		return open(bytes).blocks();
	}

	/** Reads a Word document's blocks and the plan it carries. */
	public static Word open(byte[] bytes) throws ImportFailure {
		LibraryLogging.silence();
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(bytes);
		} catch (RuntimeException e) {
			magic = FileMagic.UNKNOWN;
		}
		if (magic == FileMagic.OLE2) {
			throw new ImportFailure(encrypted(bytes) ? "importer.encrypted" : "importer.old-word");
		}
		if (magic != FileMagic.OOXML) {
			throw new ImportFailure("importer.not-docx");
		}
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
		ZipSecureFile.setMinInflateRatio(MIN_RATIO);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			Optional<PlanInWord.Embedded> plan = PlanInWord.read(document);
			if (tablesAsTabs(document)) {
				// a text plan opened and saved as Word: its tables are still a cell a tabbed line
				StringBuilder text = new StringBuilder();
				document.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
				return new Word(TextSource.read(text.toString()), plan);
			}
			return new Word(new DocxSource().blocks(document.getBodyElements(), document, 0), plan);
		} catch (EncryptedDocumentException e) {
			throw new ImportFailure("importer.encrypted");
		} catch (IOException | RuntimeException e) {
			// POI's own words for a zip bomb or a broken package are in English and name its classes
			throw new ImportFailure(zipBomb(e) ? "importer.bomb" : "importer.broken-docx");
		}
	}

	/**
	 * Whether POI refused the package as a zip bomb: both of its limits (the size of a part, the ratio of compressed to
	 * expanded size) say "Zip bomb detected!", anywhere in the chain of causes. A broken part is not one, though its XML
	 * parser's words may hold "ratio" (in "declaration") or "exceeds".
	 */
	static boolean zipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return true;
			}
		}
		return false;
	}

	/** No Word table, but paragraphs that start with a tab: the tables of a text file. */
	private static boolean tablesAsTabs(XWPFDocument document) {
		return document.getTables().isEmpty() && document.getParagraphs().stream().filter(p -> p.getText().startsWith("\t")).count() >= 4;
	}

	/** An OLE2 file holding an encrypted OOXML package (what Word writes for a password). */
	private static boolean encrypted(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private List<SourceBlock> blocks(List<IBodyElement> elements, XWPFDocument document, int depth) {
		List<SourceBlock> blocks = new ArrayList<>();
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph p) {
				paragraph++;
				String text = p.getText();
				if (!text.isBlank()) {
					blocks.add(new Para(paragraph, numbering(p) + text.strip(), level(p, document)));
				}
				textBoxes(p, blocks);
			} else if (element instanceof XWPFTable t) {
				paragraph++;
				table(t, document, depth, blocks);
			} else if (element instanceof XWPFSDT sdt) {
				paragraph++;
				String text = sdt.getContent().getText();
				for (String line : text.split("\n")) {
					if (!line.isBlank()) {
						blocks.add(new Para(paragraph, line.strip(), 0));
					}
				}
			}
		}
		return blocks;
	}

	private void table(XWPFTable t, XWPFDocument document, int depth, List<SourceBlock> blocks) {
		int line = paragraph;
		List<XWPFTableRow> rows = t.getRows();
		if (rows.size() == 1 && rows.get(0).getTableCells().size() == 1) {
			// a framed block: a 专栏 when its first line says so, else its content as it is
			XWPFTableCell cell = rows.get(0).getCell(0);
			List<SourceBlock> body = depth < MAX_NESTING ? blocks(cell.getBodyElements(), document, depth + 1) : List.of(new Para(line, cell.getText(), 0));
			if (!body.isEmpty() && body.get(0) instanceof Para title && SourceBlock.BOX_TITLE.matcher(title.text()).matches()) {
				blocks.add(new Box(line, title.text(), List.copyOf(body.subList(1, body.size()))));
			} else {
				blocks.addAll(body);
			}
			return;
		}
		List<List<SourceCell>> cells = new ArrayList<>();
		for (XWPFTableRow row : rows) {
			List<SourceCell> r = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				r.add(new SourceCell(cellText(cell), span(cell), continuesAbove(cell)));
			}
			cells.add(r);
		}
		blocks.add(new Table(line, cells));
	}

	private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";

	/**
	 * Text boxes anchored in a paragraph (a 专栏 is often one): their paragraphs, after it. Word
	 * writes each box twice (the drawing and its VML fallback); each text is taken once.
	 */
	private void textBoxes(XWPFParagraph p, List<SourceBlock> blocks) {
		Set<String> seen = new HashSet<>();
		for (XmlObject box : p.getCTP().selectPath(W + ".//w:txbxContent")) {
			List<String> lines = new ArrayList<>();
			for (XmlObject para : box.selectPath(W + "./w:p")) {
				StringBuilder line = new StringBuilder();
				for (XmlObject t : para.selectPath(W + ".//w:t")) {
					try (XmlCursor c = t.newCursor()) {
						line.append(c.getTextValue());
					}
				}
				if (!line.toString().isBlank()) {
					lines.add(line.toString().strip());
				}
			}
			if (lines.isEmpty() || !seen.add(String.join("\n", lines))) {
				continue;
			}
			List<SourceBlock> body = new ArrayList<>();
			for (String line : lines) {
				body.add(new Para(paragraph, line, 0));
			}
			if (SourceBlock.BOX_TITLE.matcher(lines.get(0)).matches()) {
				blocks.add(new Box(paragraph, lines.get(0), List.copyOf(body.subList(1, body.size()))));
			} else {
				blocks.addAll(body);
			}
		}
	}

	/**
	 * The label Word's automatic numbering shows before a paragraph (一、, （二）, 3.), which is not
	 * in its text: the list's level text (%1、) with the paragraph's count at that level, in the
	 * level's format (Chinese counting, decimal). Bullets give nothing.
	 */
	private String numbering(XWPFParagraph p) {
		BigInteger id = p.getNumID();
		String format = id == null ? null : p.getNumFmt();
		String pattern = id == null ? null : p.getNumLevelText();
		if (id == null || format == null || pattern == null || format.equals("bullet") || format.equals("none")) {
			return "";
		}
		int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
		if (level < 0 || level > 8) {
			return "";
		}
		int[] count = counters.computeIfAbsent(id, k -> new int[9]);
		count[level]++;
		for (int i = level + 1; i < 9; i++) {
			count[i] = 0;
		}
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
				int l = pattern.charAt(++i) - '1';
				int n = Math.max(1, count[l]);
				label.append(l == level && format.matches("chineseCounting.*|ideograph.*|japaneseCounting|chineseLegalSimplified|taiwaneseCounting.*")
						? ChineseNumerals.format(n) : String.valueOf(n));
			} else {
				label.append(c);
			}
		}
		return label.toString();
	}

	/** A cell's paragraphs, one line each. */
	private static String cellText(XWPFTableCell cell) {
		List<String> lines = new ArrayList<>();
		for (XWPFParagraph p : cell.getParagraphs()) {
			if (!p.getText().isBlank()) {
				lines.add(p.getText().strip());
			}
		}
		for (XWPFTable nested : cell.getTables()) {
			lines.add(nested.getText().strip());
		}
		return String.join("\n", lines);
	}

	private static int span(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().getTcPr();
		if (pr == null || !pr.isSetGridSpan()) {
			return 1;
		}
		BigInteger v = pr.getGridSpan().getVal();
		return v == null ? 1 : Math.max(1, Math.min(64, v.intValue()));
	}

	private static boolean continuesAbove(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().getTcPr();
		if (pr == null || !pr.isSetVMerge()) {
			return false;
		}
		// a vMerge without a value continues the cell above; "restart" starts a merged cell
		return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
	}

	/** The heading level the paragraph's outline level or its style's (Heading 1, 标题 1) gives; 0 for body text. */
	private static int level(XWPFParagraph p, XWPFDocument document) {
		Integer outline = outline(p.getCTP().getPPr());
		if (outline == null && p.getStyleID() != null && document.getStyles() != null) {
			XWPFStyle style = document.getStyles().getStyle(p.getStyleID());
			for (int i = 0; style != null && outline == null && i < 5; i++) {
				outline = outline(style.getCTStyle().getPPr());
				String name = style.getName() == null ? "" : style.getName().toLowerCase().replace(" ", "");
				if (outline == null && (name.matches("heading[1-9]") || name.matches("标题[1-9]"))) {
					outline = name.charAt(name.length() - 1) - '1';
				}
				style = style.getBasisStyleID() == null ? null : document.getStyles().getStyle(style.getBasisStyleID());
			}
		}
		return outline == null || outline > 8 ? 0 : outline + 1;
	}

	private static Integer outline(Object pPr) {
		if (pPr instanceof CTPPr ppr && ppr.isSetOutlineLvl()) {
			CTDecimalNumber lvl = ppr.getOutlineLvl();
			return lvl.getVal() == null ? null : lvl.getVal().intValue();
		}
		if (pPr instanceof org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral general && general.isSetOutlineLvl()) {
			return general.getOutlineLvl().getVal() == null ? null : general.getOutlineLvl().getVal().intValue();
		}
		return null;
	}
}
