package org.lantu.plan.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.api.LibraryLogging;
import org.lantu.plan.render.document.Document;
import org.lantu.plan.render.pdf.CjkFonts.Found;
import org.lantu.plan.render.pdf.CjkFonts.Role;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;

/**
 * Writes a {@link Document} as a PDF in the official layout (GB/T 9704), the same page as the Word
 * document: Chinese fonts found on the machine (or in the folders the author names) embedded as
 * subsets, with a ToUnicode map so that every character can be selected and searched; the headings
 * as bookmarks; A4. Flying Saucer lays out the XHTML of {@link PrintPage} and OpenPDF writes the
 * file: both are on Maven Central, maintained, pure Java (no browser or office suite), and embed
 * TrueType subsets. The same document and fonts always give the same bytes: the subsets' name
 * prefixes come from a seeded generator, the dates are fixed and the file's ID is a hash of its content.
 */
public final class PdfWriter {

	/** The date a PDF states it was made: fixed, so that the same plan gives the same bytes. */
	private static final String FIXED_DATE = "D:20000101000000Z";

	static {
		LibraryLogging.silence();
	}

	private PdfWriter() {
	}

	/** The fonts for {@code lang}'s error message: the author's folders first, then the system's. */
	public static CjkFonts fonts(List<Path> folders, Lang lang) throws CjkFonts.Missing {
		return CjkFonts.find(folders, CjkFonts.systemFolders(), Messages.say(lang, "pdf.no-font"));
	}

	/** The PDF of {@code document}, with {@code fonts}. */
	public static byte[] write(Document document, CjkFonts fonts) throws IOException {
		ITextRenderer renderer = new ITextRenderer();
		SecureRandom prefixes = seeded(document.header().title());
		for (Role role : Role.values()) {
			Found f = fonts.font(role);
			BaseFont font;
			try {
				font = BaseFont.createFont(f.location(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			} catch (RuntimeException e) {
				throw new IOException(f.file() + ": " + e.getMessage(), e);
			}
			font.setSecureRandom(prefixes);
			renderer.getFontResolver().addFont(font, f.location(), "lantu-" + role.name().toLowerCase(Locale.ROOT));
		}
		renderer.setListener(new PDFCreationListener() {
			@Override
			public void preOpen(ITextRenderer r) {
				r.getWriter().getInfo().put(PdfName.CREATOR, new PdfString("Lantu"));
			}

			@Override
			public void preWrite(ITextRenderer r, int pageCount) {
				// nothing before the pages
			}

			@Override
			public void onClose(ITextRenderer r) {
				r.getWriter().getInfo().put(PdfName.CREATIONDATE, new PdfString(FIXED_DATE));
				r.getWriter().getInfo().put(PdfName.MODDATE, new PdfString(FIXED_DATE));
			}
		});
		renderer.setDocumentFromString(PrintPage.of(document));
		renderer.layout();
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		renderer.createPDF(out);
		return withContentId(out.toByteArray());
	}

	/** A generator whose numbers follow from {@code seed}: the fonts' subset prefixes are the same every time. */
	private static SecureRandom seeded(String seed) {
		try {
			SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
			r.setSeed((seed == null ? "" : seed).getBytes(StandardCharsets.UTF_8));
			return r;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
		}
	}

	private static final Pattern ID = Pattern.compile("/ID ?\\[<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)>\\]");

	/** The PDF with its file ID (made from the time by OpenPDF) replaced by a hash of its content, of the same length: no offset moves. */
	static byte[] withContentId(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Matcher m = ID.matcher(text);
		if (!m.find()) {
			return pdf;
		}
		String zeroed = text.substring(0, m.start(1)) + "0".repeat(m.group(1).length()) + text.substring(m.end(1), m.start(2)) + "0".repeat(m.group(2).length())
				+ text.substring(m.end(2));
		String hash = sha256(zeroed.getBytes(StandardCharsets.ISO_8859_1));
		String first = hash.substring(0, Math.min(hash.length(), m.group(1).length()));
		String second = hash.substring(0, Math.min(hash.length(), m.group(2).length()));
		if (first.length() != m.group(1).length() || second.length() != m.group(2).length()) {
			return pdf; // an ID longer than a SHA-256: left as it is
		}
		return (text.substring(0, m.start(1)) + first + text.substring(m.end(1), m.start(2)) + second + text.substring(m.end(2))).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
