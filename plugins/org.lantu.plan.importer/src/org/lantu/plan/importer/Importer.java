package org.lantu.plan.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.lantu.plan.importer.draft.DraftWriter;
import org.lantu.plan.importer.recognise.Recogniser;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.ImportFailure;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.TextSource;

/**
 * {@code lantu import}: a plan published as a Word document or as text becomes a draft .plan that
 * parses, with its structure, indicator tables and the prose's numbers tied to them. The flow is
 * source (Word or text) → blocks → recognised draft → Plan text that is parsed before it is
 * returned ({@link DraftWriter}).
 */
public final class Importer {

	/** The largest source read: a plan's Word file with its images is rarely above a few MB. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** The draft's text and what the import found. */
	public record Result(String plan, Recogniser.Counts counts, String format) {
	}

	private Importer() {
	}

	/** Imports a file: .docx as Word, .txt (or any other name) as text; .doc and .wps are refused with advice. */
	public static Result file(Path source, Function<String, List<Integer>> syntaxErrorLines) throws ImportFailure {
		if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(source)) {
			throw new ImportFailure(Files.exists(source) ? "importer.not-a-file" : "importer.missing");
		}
		String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".doc") || name.endsWith(".wps") || name.endsWith(".wpt") || name.endsWith(".dot")) {
			throw new ImportFailure("importer.old-word");
		}
		byte[] bytes;
		try {
			if (Files.size(source) > MAX_BYTES) {
				throw new ImportFailure("importer.too-large", MAX_BYTES / (1024 * 1024));
			}
			bytes = Files.readAllBytes(source);
		} catch (IOException e) {
			throw new ImportFailure("importer.unreadable");
		}
		boolean word = name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dotx") || bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
		if (word || bytes.length > 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
			return of(DocxSource.read(bytes), "docx", syntaxErrorLines);
		}
		return of(TextSource.read(bytes), "text", syntaxErrorLines);
	}

	/** The most text a document may hold (16 million characters, some fifty times a five-year plan): import time and memory stay bounded. */
	public static final long MAX_CHARACTERS = 16_000_000;

	/** Imports blocks already read. */
	public static Result of(List<SourceBlock> blocks, String format, Function<String, List<Integer>> syntaxErrorLines) throws ImportFailure {
		if (characters(blocks) > MAX_CHARACTERS) {
			throw new ImportFailure("importer.too-much-text", MAX_CHARACTERS / 1_000_000);
		}
		Recogniser recogniser = new Recogniser();
		Recogniser.Counts counts = recogniser.recognise(blocks);
		return new Result(DraftWriter.write(recogniser.draft(), syntaxErrorLines), counts, format);
	}

	private static long characters(List<SourceBlock> blocks) {
		long n = 0;
		for (SourceBlock b : blocks) {
			n += switch (b) {
				case SourceBlock.Para p -> p.text().length();
				case SourceBlock.Table t -> t.rows().stream().flatMap(List::stream).mapToLong(c -> c.text().length()).sum();
				case SourceBlock.Box box -> box.title().length() + characters(box.body());
			};
		}
		return n;
	}
}
