package org.lantu.plan.importer.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * The draft plan the importer builds before it is written as text: the header's facts, and the
 * body as a tree of nodes. Each node knows the source text it came from, so that a node the
 * writer cannot make parse is written as that text instead ({@link DraftWriter}).
 */
public final class Draft {

	/** The header: each field null when the source does not state it. */
	public String name;
	public String title;
	public String kind;
	public String issuer;
	public String number;
	public int[] date;
	public int periodFrom;
	public int periodTo;
	/** The area the plan covers, as a quantity of the language (40 平方公里). */
	public String area;
	/** The zones the plan's area is made of (分为三个片区：…), written after it: 组成 …. */
	public final List<String> areaParts = new ArrayList<>();
	/** Whether the text divides the area into them (分为), so that they cover it: 全覆盖. */
	public boolean areaDivided;
	public final List<Integer> outlook = new ArrayList<>();
	public final List<String> addressees = new ArrayList<>();
	public final List<String> numbering = new ArrayList<>();
	public String signedBy;
	public int[] signedDate;
	/** Header lines kept as comments (the 印发 line, a contents list): nothing of the source is dropped. */
	public final List<String> comments = new ArrayList<>();
	/** Organisations named as lead or supporting units, declared before the body. */
	public final List<String> organisations = new ArrayList<>();
	public final List<Node> body = new ArrayList<>();
	/** Named lists that count words are bound to (三大创新平台：…). */
	public final List<Node> groups = new ArrayList<>();
	/** Phases and zones whose areas the text states (近期（2016—2030年）…面积10平方公里; 起步区：面积约2000亩). */
	public final List<Node> spaces = new ArrayList<>();
	/** The amounts left as text, one line each (第 N 行：amount（context）), listed at the end for the author. */
	public final List<String> untied = new ArrayList<>();
	/** Indicators created from sentences that state a target no table holds. */
	public final List<Node> stated = new ArrayList<>();
	/** Shares the text states of two indicators (数字经济核心产业增加值…，占地区生产总值比重达到12%). */
	public final List<Node> shares = new ArrayList<>();
	/** What the rows of totals of indicator tables (合计, 小计) add up (主导产业发展目标合计 = 电子信息 + 装备制造 + 新材料). */
	public final List<Sum> sums = new ArrayList<>();
	/** Parts the text names of an indicator it has just named (新增装机290万千瓦，其中光伏发电180万千瓦、风电110万千瓦). */
	public final List<OfWhich> partsOf = new ArrayList<>();

	/** A part of the draft's body. */
	public sealed interface Node {
		/** The source text to fall back on, one paragraph each. */
		List<String> source();
	}

	/** 章, 节, 任务, 专栏 or 附: a numbered division with a title and a body; a task's deadline year (0: none). */
	public record Division(String keyword, int number, String title, List<Node> children, List<String> leads, List<String> supports, int deadline)
			implements Node {
		public Division(String keyword, int number, String title) {
			this(keyword, number, title, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0);
		}

		public Division as(String otherKeyword) {
			return new Division(otherKeyword, number, title, children, leads, supports, deadline);
		}

		@Override
		public List<String> source() {
			return List.of(title);
		}
	}

	/** A run of a paragraph: text, or an amount tied to a model value. */
	public sealed interface Inline {
	}

	public record Text(String text) implements Inline {
	}

	/** {@code [written](target)}; a count claim when {@code count} is set. */
	public record Claim(String written, String target, boolean count) implements Inline {
	}

	/** A paragraph, with its source line for the report. */
	public record Paragraph(int line, String text, List<Inline> content) implements Node {
		@Override
		public List<String> source() {
			return List.of(text);
		}
	}

	public record Comment(String text) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	public record Figure(int number, String title, String written) implements Node {
		@Override
		public List<String> source() {
			return List.of(written);
		}
	}

	public record Note(String text) implements Node {
		@Override
		public List<String> source() {
			return List.of(text);
		}
	}

	/** A named list a count word is bound to: 三大创新平台：战略科技、校院企地协同、产业技术. */
	public record Group(String name, List<String> members) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/**
	 * An indicator table: its columns ({@code 基期 2020}, {@code 目标 2025}, {@code 年均增速}, …),
	 * categories of rows, notes; wrapped in {@code 表 N "title"} when the source numbers it as a table.
	 */
	public record IndicatorTable(int tableNumber, String caption, List<String> columns, List<Category> categories, List<String> notes, List<String> written)
			implements Node {
		@Override
		public List<String> source() {
			return written;
		}
	}

	public record Category(String title, List<IndicatorRow> rows) {
	}

	/** One indicator row: cells already in the language's cell syntax. */
	/** A row of an indicator table; {@code ofWhich} when it is marked 其中： under a row of its category (a part of it). */
	public record IndicatorRow(int number, String name, String title, String unit, boolean star, List<String> cells, boolean ofWhich) {

		public IndicatorRow(int number, String name, String title, String unit, boolean star, List<String> cells) {
			this(number, name, title, unit, star, cells, false);
		}

		public IndicatorRow asPartOfTheRowAbove() {
			return new IndicatorRow(number, name, title, unit, star, cells, true);
		}
	}

	/** A cell of a table of text: its text, and the runs with claims when some of its numbers are tied. */
	public record Cell(String text, List<Inline> content) {
	}

	/** A table of text: header cells and rows, each cell one or more lines. */
	public record TextTable(int number, String caption, List<List<String>> header, List<List<Cell>> rows, List<String> notes, List<String> written)
			implements Node {
		@Override
		public List<String> source() {
			return written;
		}
	}

	/** A stage of a project (一期, 二期) with the investment and land its text states. */
	public record Stage(String name, String investment, String land) {
	}

	/** A project of a box of projects: {@code 项目 "name" { 总投资 … 占地 … 分期 "一期" { … } 段 … }}. */
	public record Project(String name, String investment, String land, String years, List<Stage> stages, List<Node> children) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/**
	 * A phase ({@code from} > 0: {@code 阶段 "近期" 2016—2030 { 面积 … }}) or a zone ({@code 功能区 "起步区"
	 * { 面积 … }}) with the area the text first states for it; later statements are claims on it; and the
	 * zones the text says it includes ({@code 组成}).
	 */
	public record Space(String name, int from, int to, List<String> area, List<String> parts) implements Node {
		public Space(String name, int from, int to, List<String> area) {
			this(name, from, to, area, new ArrayList<>());
		}

		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/** {@code 合计 total = part + part}: a total row of a table of projects or indicators, of the rows above it. */
	public record Sum(String total, List<String> parts) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/** {@code 其中 total：part，part}: parts the text states of an indicator it has just named, which do not exceed it. */
	public record OfWhich(String total, List<String> parts) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/** {@code 占比 share = part / whole}: a share the text states of an indicator it has just named. */
	public record Share(String share, String part, String whole) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}

	/** An indicator stated in a sentence only: {@code 指标 "name"（unit）{ 目标 2025：1200 年均增速 15% }}. */
	public record StatedIndicator(String name, String unit, List<String> properties) implements Node {
		@Override
		public List<String> source() {
			return List.of();
		}
	}
}
