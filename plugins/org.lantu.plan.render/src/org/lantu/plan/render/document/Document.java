package org.lantu.plan.render.document;

import java.math.BigDecimal;
import java.util.List;

import org.lantu.plan.api.PlanCoverage;
import org.lantu.plan.api.PlanDiagnostic;

/**
 * A checked plan as a document, built once ({@link DocumentBuilder}) and written by every writer
 * (HTML, Word): what is published and in what order, with every label already in the reader's
 * language and every number as the plan writes it (or as the engine derived it), but nothing about
 * how it looks. Each part remembers where the plan wrote it ({@link Source}) and which findings
 * sit on it, so a writer can link or flag it.
 */
public record Document(String lang, Header header, List<Heading> contents, Findings findings, Charts charts, List<Block> body) {

	/** Where an element was written: {@code file:line}, and the line (0 when unknown). */
	public record Source(String where, int line) {
	}

	/**
	 * The title block: the issuer (发文机关), its document number (文号), the title, the meta line
	 * (period, outlook, area, date, in the reader's language), the addressees (主送), the basis (规划依据)
	 * as written, and what an official document also needs: its kind (文种), date and signature (落款).
	 */
	public record Header(Source source, String issuer, String number, String title, String kind, List<String> meta, List<String> addressees,
			List<String> basis, Date date, String signedBy, Date signedDate) {
	}

	public record Date(int year, int month, int day) {
		/** 2025年1月5日: Arabic numerals, as GB/T 9704 writes the date. */
		public String chinese() {
			return year + "年" + month + "月" + day + "日";
		}
	}

	/** A chapter or annex in the table of contents: its anchor number (1, 2, …) and heading. */
	public record Heading(int index, String text) {
	}

	/** The check report: every finding, and how many of the plan's numbers were cross-checked (null if not known). */
	public record Findings(List<PlanDiagnostic> diagnostics, PlanCoverage coverage) {
	}

	/** What the charts show; each list is empty when there is too little to draw. */
	public record Charts(List<Span> phases, List<Bar> zones, List<Series> indicators, List<Bar> projects) {
		public boolean isEmpty() {
			return phases.isEmpty() && zones.isEmpty() && indicators.isEmpty() && projects.isEmpty();
		}
	}

	/** A bar: its label, the amount that sets its length, the text written after it, and whether a finding sits on it. */
	public record Bar(String label, BigDecimal amount, String text, boolean flagged) {
	}

	/** A phase on the timeline: label, years, and text (its area). */
	public record Span(String label, int from, int to, String text) {
	}

	/** An indicator's trajectory: its points (year, amount, text, kind of value) in its unit. */
	public record Series(String label, List<Point> points, String unit) {
	}

	public record Point(int year, BigDecimal amount, String text, String kind) {
	}

	// ---------------------------------------------------------------- blocks

	/** A part of the body, in document order. */
	public sealed interface Block permits Division, Para, Note, Figure, TextTable, IndicatorTable, IndicatorFacts, Facts, ProjectFacts, Anchor {
	}

	public enum DivisionKind {
		CHAPTER, ANNEX, SECTION, BOX
	}

	/**
	 * A chapter (第一章), annex (附件), section (一、 or （一）) or box (专栏): its heading as the published
	 * document labels it, its number and title as the plan writes them (either may be null), its depth
	 * below the plan (0 for chapters and annexes), and for chapters and annexes their number in the
	 * contents.
	 */
	public record Division(DivisionKind kind, int depth, int index, String heading, String number, String title, Source source, List<Block> children)
			implements Block {
	}

	/** A paragraph, with its run-in label (the bold words that start it), if any. */
	public record Para(String label, List<Run> runs, Source source) implements Block {
	}

	/** A note (注：…). */
	public record Note(List<Run> runs, Source source) implements Block {
	}

	/** A numbered caption: the kind's label (表, 图, in the reader's language), the number and the title as written (either may be null). */
	public record Caption(String label, String number, String title) {
	}

	/** A figure the plan refers to (its picture is not part of the plan): caption and source line. */
	public record Figure(Caption caption, String credit, Source source) implements Block {
	}

	/**
	 * A table (表): caption, header cells, rows; or, when the table is an indicator table, its grid
	 * (then header and rows are empty); notes under it.
	 */
	public record TextTable(Caption caption, List<List<Run>> header, List<Row> rows, Grid grid, List<Note> notes, Source source) implements Block {
	}

	public record Row(Source source, List<List<Run>> cells) {
	}

	/** An indicator table standing on its own, with its caption (null when it has neither number nor title). */
	public record IndicatorTable(Caption caption, Grid grid, Source source) implements Block {
	}

	/**
	 * The grid of an indicator table in the official form: a 类别 column when any category has a
	 * title (its cells merged down the category's rows), a 序号 column when any row is numbered, then
	 * 指标, 单位, the plan's columns and the computed ones; notes under it.
	 */
	public record Grid(boolean categories, boolean numbered, List<ColumnHead> columns, List<Category> groups, List<Note> notes) {
	}

	/** A column of the plan (base, target, growth…) or one Lantu computes. */
	public record ColumnHead(String label, boolean computed) {
	}

	public record Category(String title, List<IndicatorRow> rows) {
	}

	public record IndicatorRow(Source source, String number, String name, boolean star, String unit, List<GridCell> cells) {
	}

	public enum CellKind {
		/** What the plan wrote in the cell (a number when {@link GridCell#numeric}). */
		STATED,
		/** The plan wrote — where a 合计 derives a value: the dash stays, the value is {@link GridCell#derived}. */
		DASH_DERIVED,
		/** Nothing written, nothing derived. */
		EMPTY,
		/** Nothing written; a 合计 derives the value shown. */
		DERIVED,
		/** A column Lantu computes (growth, change, attainment). */
		COMPUTED
	}

	/** One cell of an indicator row: its text, how many columns it spans, and the findings on it. */
	public record GridCell(CellKind kind, String text, boolean numeric, int span, String derived, List<PlanDiagnostic> found) {
	}

	/** An indicator stated outside a table: its values by year and kind, its category and notes. */
	public record IndicatorFacts(String name, String unit, String category, List<Fact> facts, List<String> notes, Source source) implements Block {
	}

	/** One labelled value ("2025年目标 1000亿元") and the findings on the quantity it comes from. */
	public record Fact(String label, String value, boolean numeric, List<PlanDiagnostic> found, Source source) {
	}

	/**
	 * A phase, zone, industry, organisation or task: its kind (for styling), heading, one line of
	 * facts (joined by the writer) with the findings on its main quantity, and what it holds.
	 */
	public record Facts(String kind, String heading, List<String> lines, List<PlanDiagnostic> found, Source source, List<Block> children)
			implements Block {
	}

	/** A project with its facts as rows (investment, land, years, stages…), and what it holds. */
	public record ProjectFacts(String name, List<Fact> rows, Source source, List<Block> children) implements Block {
	}

	/** An element that publishes nothing itself (a relation, a unit), kept so that findings on its line can link to it. */
	public record Anchor(Source source) implements Block {
	}

	// ---------------------------------------------------------------- runs of text

	/** A piece of a paragraph, note or cell. */
	public sealed interface Run permits Plain, Claim, Reference, Number, Dash, Break {
	}

	public record Plain(String text) implements Run {
	}

	/** A number the text states about an element (a claim the checks tie to it). */
	public record Claim(String text, List<PlanDiagnostic> found) implements Run {
	}

	/** A value the text takes from an element ({value}): as stated, or as computed. */
	public record Reference(String text) implements Run {
	}

	/** A quantity written in a cell or a list. */
	public record Number(String text, List<PlanDiagnostic> found) implements Run {
	}

	/** "—": no value. */
	public record Dash() implements Run {
	}

	/** A new line inside a cell (two texts in a row). */
	public record Break() implements Run {
	}
}
