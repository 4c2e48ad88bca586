package org.lantu.plan.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.lantu.plan.importer.draft.CarriedRelations;
import org.lantu.plan.importer.draft.DraftWriter;
import org.lantu.plan.importer.recognise.Recogniser;
import org.lantu.plan.importer.source.DocxSource;
import org.lantu.plan.importer.source.ImportFailure;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.TextSource;
import org.lantu.plan.render.docx.PlanInWord;

/**
 * {@code lantu import}: a plan published as a Word document or as text becomes a draft .plan that
 * parses, with its structure, indicator tables and the prose's numbers tied to them. The flow is
 * source (Word or text) → blocks → recognised draft → Plan text that is parsed before it is
 * returned ({@link DraftWriter}). A Word document Lantu wrote carries the plan it was written from
 * ({@link PlanInWord}): while its text is unchanged, that plan is given back as it was.
 */
public final class Importer {

	/** The largest source read: a plan's Word file with its images is rarely above a few MB. */
	public static final long MAX_BYTES = 64L * 1024 * 1024;

	/** Where the plan comes from. */
	public enum From {
		/** The plan a Word document written by Lantu carries, when its text has not changed since; else the text. */
		AUTO,
		/** The plan the Word document carries, even if its text was changed since it was written. */
		PLAN,
		/** The text, recognised, whatever the document carries. */
		TEXT
	}

	/**
	 * The plan's text and what the import found: {@code counts} when the text was recognised (null
	 * when the plan the document carries was given back); {@code carried} the plan a Word
	 * document written by Lantu carries, null for any other document.
	 */
	public record Result(String plan, Recogniser.Counts counts, String format, PlanInWord.Embedded carried, int relationsCarried) {

		/** Whether the plan is the one the document carries, given back as it was written. */
		public boolean restored() {
			return counts == null;
		}
	}

	private Importer() {
	}

	/** Imports a file: .docx as Word, .txt (or any other name) as text; .doc and .wps are refused with advice. */
	public static Result file(Path source, Function<String, List<Integer>> syntaxErrorLines) throws ImportFailure {
		return file(source, From.AUTO, syntaxErrorLines);
	}

	/** Imports a file, its plan taken {@code from} what the document carries or its text. */
	public static Result file(Path source, From from, Function<String, List<Integer>> syntaxErrorLines) throws ImportFailure {
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
			return word(DocxSource.open(bytes), from, syntaxErrorLines);
		}
		if (from == From.PLAN) {
			throw new ImportFailure("importer.no-plan");
		}
		return of(TextSource.read(bytes), "text", syntaxErrorLines);
	}

	/** Imports a Word document read: the plan it carries or its text, as {@code from} says. */
	public static Result word(DocxSource.Word word, From from, Function<String, List<Integer>> syntaxErrorLines) throws ImportFailure {
		PlanInWord.Embedded carried = word.plan().orElse(null);
		if (from == From.PLAN && carried == null) {
			throw new ImportFailure("importer.no-plan");
		}
		if (carried != null && (from == From.PLAN || from == From.AUTO && carried.unchanged())) {
			if (carried.text().length() > MAX_CHARACTERS) {
				throw new ImportFailure("importer.too-much-text", MAX_CHARACTERS / 1_000_000);
			}
			return new Result(carried.text(), null, "docx", carried, 0);
		}
		Result recognised = of(word.blocks(), "docx", syntaxErrorLines);
		if (carried == null) {
			return recognised;
		}
		if (from == From.TEXT) {
			return new Result(recognised.plan(), recognised.counts(), recognised.format(), carried, 0);
		}
		// the text was changed in Word: the relations the text cannot show come from the plan it carries
		CarriedRelations.Result merged = CarriedRelations.carryOver(carried.text(), recognised.plan(), syntaxErrorLines);
		return new Result(merged.draft(), recognised.counts(), recognised.format(), carried, merged.carried());
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
		return new Result(DraftWriter.write(recogniser.draft(), syntaxErrorLines), counts, format, null, 0);
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
