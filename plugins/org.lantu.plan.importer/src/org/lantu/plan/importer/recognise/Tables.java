package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.draft.Draft.Category;
import org.lantu.plan.importer.draft.Draft.IndicatorRow;
import org.lantu.plan.importer.draft.Draft.IndicatorTable;
import org.lantu.plan.importer.draft.Draft.Node;
import org.lantu.plan.importer.draft.Draft.TextTable;
import org.lantu.plan.importer.draft.DraftWriter;
import org.lantu.plan.importer.recognise.Amounts.Amount;
import org.lantu.plan.importer.source.SourceBlock.SourceCell;
import org.lantu.plan.importer.source.SourceBlock.Table;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Units;

/**
 * Tables: an indicator table is recognised by its header row — a column of indicator names (指标,
 * 名称) and at least one of years (2020年, 2025年目标), growth (年均增速, 累计) — with its category
 * (类别, 领域), number (序号), unit (单位), attribute (属性) and remark columns; merged category
 * cells continue the category above. Values keep their qualifiers (以上, 约, ≥), {@code [ ]} marks a
 * cumulative change, / and — no value, * an indicator not yet measured; what is not a value stays
 * a text cell. Any other table becomes a table of text cells.
 */
public final class Tables {

	enum Col {
		CATEGORY, NUMBER, NAME, UNIT, BASE, TARGET, ACTUAL, GROWTH, CHANGE, ATTRIBUTE, REMARK
	}

	record Column(Col kind, int year, String header) {
	}

	/** A year as headers and cells write it: 2025年, 2025. */
	static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年?");
	/** A unit the syntax reads: a word (千瓦·时 with its middle dot), one per another, or a rate per a number (1/10万). */
	private static final Pattern UNIT = Pattern.compile("^(?:(?:[\\p{IsHan}]+(?:[·•⋅∙・][\\p{IsHan}]+)?|[A-Za-z]+[0-9]*(?:[·•⋅∙・][A-Za-z]+)?|[\\p{IsHan}]+[A-Za-z]+[0-9]*|%|％|‰|㎡|m²|km²|m³)"
			+ "(?:/([\\p{IsHan}]+|[A-Za-z]+[0-9]*))?|1/[0-9]+[十百千万亿])$");
	private static final Set<String> KEYWORD_UNITS = Set.of("日", "周", "面积", "数量", "目标", "基期", "实际", "累计", "属性", "备注", "类别", "指标", "段", "章", "节", "行", "表", "列", "注", "图", "附",
			"产能", "占地", "内容", "范围", "类型", "项目", "产业", "阶段", "任务", "会议", "组长", "引用", "规划", "文种", "编号", "落款", "容差", "展望", "截至", "分期", "状态", "投运", "建成", "在建", "签约");
	/** A table's first row that is its title: 表1 主要指标, 附表2：…, or a title alone that ends as titles do. */
	private static final Pattern TITLE_ROW = Pattern.compile("^(?:附?表\\s*([0-9０-９]{1,3})\\s*[：:.．、]?)?\\s*(.{2,60}(?:表|指标|目标|情况|清单|一览表|计划))$");
	/** A cumulative change as tables write it: [0.6], 【25】. */
	private static final Pattern BRACKETED = Pattern.compile("^[\\[【［](.+)[\\]】］]$");
	private static final Pattern NAME_NUMBER = Pattern.compile("^([0-9０-９]{1,3})\\s*[.．、]\\s*");
	/** 其中：工业增加值 — a row that is part of the row above it (其中 of the language). */
	private static final Pattern OF_WHICH = Pattern.compile("^其中\\s*[：:，,]\\s*(.+)$", Pattern.DOTALL);
	private static final Pattern TRAILING_UNIT = Pattern.compile("^(.+?)[（(]([^（()）]{1,10})[）)]\\s*([*＊]?)\\s*$");

	private final Indicators indicators;

	/**
	 * Whether the syntax reads this as a unit: a word, or one per another, no keyword but the times
	 * (工期（月）, 万吨/日, 万人次/年).
	 */
	static boolean writable(String unit) {
		Matcher m = UNIT.matcher(unit);
		if (!m.matches()) {
			return false;
		}
		String per = m.group(1);
		String before = per == null ? unit : unit.substring(0, unit.length() - per.length() - 1);
		return !KEYWORD_UNITS.contains(before) && (per == null || !KEYWORD_UNITS.contains(per) || Units.denominatorsOnly().contains(per));
	}

	Tables(Indicators indicators, List<Draft.Sum> sums) {
		this.indicators = indicators;
		this.sums = sums;
	}

	/** Where the sums of rows of totals go. */
	private final List<Draft.Sum> sums;

	/** The unit a line above the table gives every row that names none (单位：亿元), or null. */
	private String tableUnit;

	/** The draft node for a table, with its caption (表N / 专栏 title) or none, and the unit its unit line gives (or null). */
	Node table(Table table, int number, String caption, int periodFrom, String unit) {
		tableUnit = unit != null && writable(unit) ? unit : null;
		List<List<SourceCell>> rows = table.rows();
		String titleRow = null;
		Matcher m = titleRow(rows);
		if (m != null) {
			// a title row across the table (表1 主要指标): the caption
			if (caption == null) {
				caption = m.group(2).strip();
				number = m.group(1) == null ? number : (int) ChineseNumerals.parse(m.group(1)).orElse(0);
			} else {
				titleRow = rows.get(0).get(0).text().strip(); // a second title: kept as the table's first note
			}
			rows = rows.subList(1, rows.size());
		}
		List<List<SourceCell>> grid = grid(rows);
		List<String> written = rows.stream().map(r -> String.join(" | ", r.stream().map(SourceCell::text).toList())).toList();
		if (grid.size() >= 2) {
			int headerRows = headerRows(grid);
			List<Column> columns = columns(grid, headerRows, caption, periodFrom);
			if (columns != null) {
				Optional<IndicatorTable> t = indicatorTable(grid, headerRows, columns, number, caption, written);
				if (t.isPresent()) {
					if (titleRow != null) {
						t.get().notes().add(0, titleRow);
					}
					return t.get();
				}
			}
		}
		TextTable text = textTable(grid, number, caption, written);
		if (titleRow != null) {
			text.notes().add(0, titleRow);
		}
		return text;
	}

	/**
	 * The title row across a table (表1 主要指标 over its header), matched: group 1 its number (or
	 * null), group 2 its title; null when the first row is no such title.
	 */
	static Matcher titleRow(List<List<SourceCell>> rows) {
		if (rows.size() < 3 || rows.get(0).stream().filter(c -> !c.text().isBlank()).count() != 1 || rows.get(1).size() <= 1) {
			return null;
		}
		Matcher m = TITLE_ROW.matcher(rows.get(0).get(0).text().strip());
		return m.matches() ? m : null;
	}

	/** Cells laid out on the grid: a cell spanning n columns is followed by n−1 empty ones marked as spanned. */
	private static List<List<SourceCell>> grid(List<List<SourceCell>> rows) {
		List<List<SourceCell>> grid = new ArrayList<>();
		for (List<SourceCell> row : rows) {
			List<SourceCell> g = new ArrayList<>();
			for (SourceCell c : row) {
				g.add(c);
				for (int i = 1; i < c.span(); i++) {
					g.add(new SourceCell("", 0, false));
				}
			}
			grid.add(g);
		}
		return grid;
	}

	/** One header row, or two when the second still holds only header words (2025年 over 目标 | 年均增速). */
	private static int headerRows(List<List<SourceCell>> grid) {
		List<SourceCell> second = grid.get(1);
		boolean words = second.stream().allMatch(c -> c.text().isBlank() || c.text().replaceAll("\\s", "").matches(".*(年|目标|增速|增长|累计|属性|实际|预期|基期|单位|完成|规划).*")
				&& Amounts.whole(c.text()).isEmpty());
		boolean spans = grid.get(0).stream().anyMatch(c -> c.span() > 1 || c.continuesAbove()) || second.stream().anyMatch(SourceCell::continuesAbove);
		return words && spans ? 2 : 1;
	}

	private static List<Column> columns(List<List<SourceCell>> grid, int headerRows, String caption, int periodFrom) {
		int width = grid.stream().mapToInt(List::size).max().orElse(0);
		List<Column> columns = new ArrayList<>();
		String last = "";
		boolean named = false;
		for (int i = 0; i < width; i++) {
			StringBuilder h = new StringBuilder();
			for (int r = 0; r < headerRows; r++) {
				List<SourceCell> row = grid.get(r);
				if (i < row.size()) {
					h.append(row.get(i).text());
				}
			}
			String header = h.toString().replaceAll("\\s", "");
			if (header.isEmpty() && grid.get(0).size() > i && grid.get(0).get(i).span() == 0) {
				header = last; // under a header spanning columns
			}
			last = header;
			Column column = new Column(kind(header, named), year(header), header);
			named |= column.kind() == Col.NAME;
			columns.add(column);
		}
		boolean values = columns.stream().anyMatch(c -> c.year() > 0 || c.kind() == Col.GROWTH || c.kind() == Col.CHANGE);
		if (values && columns.stream().noneMatch(c -> c.kind() == Col.NAME)) {
			// 产业 | 单位 | 2023年 | 2030年, 区域 | …: the first column of words before the years names the rows
			for (int i = 0; i < columns.size() && columns.get(i).year() == 0; i++) {
				if (columns.get(i).kind() == Col.REMARK && !columns.get(i).header().isEmpty()) {
					columns.set(i, new Column(Col.NAME, 0, columns.get(i).header()));
					break;
				}
			}
		}
		boolean names = columns.stream().anyMatch(c -> c.kind() == Col.NAME);
		if (!names || !values) {
			return null;
		}
		// years without a word: the first a base, the others targets (actuals in a table of results);
		// but a first year within the plan's period (2020 of a plan for 2016—2030) is a target too
		boolean results = caption != null && caption.matches(".*(完成情况|实际|回顾|成效).*");
		boolean first = true;
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			if (c.year() > 0 && c.kind() == Col.TARGET && !c.header().matches(".*(目标|预期|规划|计划).*")) {
				boolean base = periodFrom > 0 ? c.year() <= periodFrom : columns.stream().filter(x -> x.year() > 0).count() > 1;
				Col k = first && base ? Col.BASE : results ? Col.ACTUAL : Col.TARGET;
				columns.set(i, new Column(k, c.year(), c.header()));
			}
			if (c.year() > 0) {
				first = false;
			}
		}
		return columns;
	}

	/** What a column holds by its header; {@code hasName}: a column before it holds the names. */
	private static Col kind(String h, boolean hasName) {
		if (YEAR.matcher(h).find()) {
			return h.matches(".*(基期|现状|基数).*") ? Col.BASE : h.matches(".*(实际|完成).*") ? Col.ACTUAL : Col.TARGET;
		}
		// 指标项 and 指标类别 head the category of a table whose names are under 指标名称
		if (h.matches("(指标)?(类别|领域|分类|类型|方面|维度|大类|层级|体系|项)|一级指标")) {
			return Col.CATEGORY;
		}
		if (h.matches("(序号|编号|序)")) {
			return Col.NUMBER;
		}
		if (h.matches(".*(属性|性质).*")) {
			return Col.ATTRIBUTE;
		}
		if (h.matches(".*(年均|增速|增长率|增幅).*")) {
			return Col.GROWTH;
		}
		if (h.contains("累计")) {
			return Col.CHANGE;
		}
		if (!hasName && h.matches(".*(指标|名称|项目).*") && h.length() <= 10) {
			return Col.NAME;
		}
		if (h.matches("(计量)?单位")) {
			return Col.UNIT;
		}
		if (h.matches(".*(基期|现状).*")) {
			return Col.BASE;
		}
		if (h.matches(".*(目标|预期).*")) {
			return Col.TARGET;
		}
		return Col.REMARK;
	}

	private static int year(String h) {
		Matcher m = YEAR.matcher(h);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private Optional<IndicatorTable> indicatorTable(List<List<SourceCell>> grid, int headerRows, List<Column> columns, int number, String caption,
			List<String> written) {
		List<String> planColumns = new ArrayList<>();
		List<Integer> valueColumns = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			String col = switch (c.kind()) {
				case BASE -> "基期" + (c.year() > 0 ? " " + c.year() : "");
				case TARGET -> "目标" + (c.year() > 0 ? " " + c.year() : "");
				case ACTUAL -> "实际" + (c.year() > 0 ? " " + c.year() : "");
				case GROWTH -> "年均增速";
				case CHANGE -> "累计";
				case ATTRIBUTE -> "属性";
				case REMARK -> "备注" + (c.header().isEmpty() ? "" : " " + DraftWriter.q(c.header()));
				default -> null;
			};
			if (col != null) {
				planColumns.add(col);
				valueColumns.add(i);
			}
		}
		int nameColumn = find(columns, Col.NAME);
		int categoryColumn = find(columns, Col.CATEGORY);
		int numberColumn = find(columns, Col.NUMBER);
		int unitColumn = find(columns, Col.UNIT);
		List<Category> categories = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Category current = new Category(null, new ArrayList<>());
		categories.add(current);
		int rows = 0;
		List<String> totalled = new ArrayList<>(); // the rows a 合计 adds up: since the table began or the last 合计
		List<String> group = new ArrayList<>(); // and a 小计: since the category began or the last total
		for (List<SourceCell> row : grid.subList(headerRows, grid.size())) {
			String first = row.isEmpty() ? "" : row.get(0).text().strip();
			if (first.startsWith("注") && row.stream().skip(1).allMatch(c -> c.text().isBlank())) {
				notes.add(first.replace('\n', ' '));
				continue;
			}
			String name = cell(row, nameColumn).replace("\n", "");
			boolean valuesEmpty = valueColumns.stream().allMatch(i -> cell(row, i).isBlank());
			if (name.isBlank() || valuesEmpty) {
				String only = row.stream().map(SourceCell::text).filter(t -> !t.isBlank()).reduce((a, b) -> a + b).orElse("");
				if (!only.isBlank() && row.stream().filter(c -> !c.text().isBlank()).count() == 1) {
					// a row of its own naming a category
					current = new Category(only.replace("\n", ""), new ArrayList<>());
					categories.add(current);
					group.clear();
				}
				continue;
			}
			String category = cell(row, categoryColumn).replace("\n", "");
			if (categoryColumn >= 0 && !category.isBlank() && !category.equals(current.title())) {
				current = new Category(category, new ArrayList<>());
				categories.add(current);
				group.clear();
			}
			Matcher part = OF_WHICH.matcher(name.strip());
			Matcher total = Recogniser.TOTAL_ROW.matcher(name.replaceAll("\\s", ""));
			// 合计 names no indicator of its own: the table's total, shown as the table has it
			String rowName = total.matches() ? (caption == null ? "表" : caption) + total.group(1) : part.matches() ? part.group(1) : name;
			IndicatorRow r = row(row, rowName, cell(row, numberColumn), unitColumn < 0 ? null : cell(row, unitColumn), columns, valueColumns);
			if (total.matches()) {
				r = new IndicatorRow(r.number(), r.name(), total.group(1), r.unit(), r.star(), r.cells());
				boolean subtotal = "小计".equals(total.group(1));
				List<String> added = subtotal ? group : totalled;
				if (added.size() >= 2) {
					sums.add(new Draft.Sum(r.name(), List.copyOf(added)));
				}
				if (!subtotal) {
					totalled.clear();
				}
				group.clear();
			} else if (!part.matches()) {
				totalled.add(r.name());
				group.add(r.name());
			}
			// 其中：X under a row of the same category is written as the table has it, a part of the row above
			current.rows().add(part.matches() && current.rows().stream().anyMatch(above -> !above.ofWhich()) ? r.asPartOfTheRowAbove() : r);
			rows++;
		}
		if (rows == 0) {
			return Optional.empty();
		}
		categories.removeIf(c -> c.rows().isEmpty());
		return Optional.of(new IndicatorTable(number, caption, planColumns, categories, notes, written));
	}

	private IndicatorRow row(List<SourceCell> row, String nameCell, String numberCell, String unitCell, List<Column> columns, List<Integer> valueColumns) {
		String name = nameCell.strip();
		int number = 0;
		Matcher n = NAME_NUMBER.matcher(name);
		if (n.find()) {
			number = (int) ChineseNumerals.parse(n.group(1)).orElse(0);
			name = name.substring(n.end());
		} else if (numberCell.strip().matches("[0-9０-９]{1,3}")) {
			number = (int) ChineseNumerals.parse(numberCell.strip()).orElse(0);
		}
		boolean star = false;
		String unit = unitCell == null ? null : unitCell.strip();
		String title = null;
		Matcher u = TRAILING_UNIT.matcher(name);
		if (u.matches() && (unit == null || unit.isEmpty())) {
			name = u.group(1).strip();
			unit = u.group(2).strip();
			star = !u.group(3).isEmpty();
		}
		if (name.endsWith("*") || name.endsWith("＊")) {
			star = true;
			name = name.substring(0, name.length() - 1).strip();
		}
		if (unit != null && (unit.isEmpty() || unit.matches("[/—－-]+"))) {
			unit = null;
		}
		if (unit == null && title == null && tableUnit != null) {
			unit = tableUnit;
		}
		if (unit != null && !writable(unit)) {
			title = "（" + unit + "）";
			unit = null;
		}
		if (name.isEmpty()) {
			name = nameCell.strip();
		}
		name = indicators.unique(name);
		Indicators.Known known = indicators.add(name, unit, null);
		List<String> cells = new ArrayList<>();
		for (int k = 0; k < valueColumns.size(); k++) {
			int i = valueColumns.get(k);
			Column c = columns.get(i);
			SourceCell sc = i < row.size() ? row.get(i) : SourceCell.of("");
			if (sc.span() == 0) {
				continue; // covered by the text cell spanning it
			}
			int span = Math.min(sc.span(), valueColumns.size() - k);
			String v = value(sc.text(), c.kind(), unit, span);
			if (v.startsWith("\"")) {
				if (span > 1) {
					v += " 跨 " + span;
				}
			} else {
				for (int s = 1; s < span; s++) {
					v += " | —";
				}
			}
			cells.add(v);
			boolean isValue = !v.startsWith("\"") && !v.equals("—");
			if (isValue && c.year() > 0 && (c.kind() == Col.BASE || c.kind() == Col.TARGET || c.kind() == Col.ACTUAL)) {
				known.valueIn(c.year(), c.kind() == Col.TARGET, c.kind() == Col.ACTUAL);
				if (Amounts.ratioEnd(v, 0) == v.length()) {
					known.ratioYears.add(c.year());
				}
			}
			if (isValue && (c.kind() == Col.GROWTH || c.kind() == Col.CHANGE)) {
				known.growth = true;
				known.change |= v.startsWith("[");
			}
		}
		return new IndicatorRow(number, name, title, unit, star, cells);
	}

	/** A cell in the language's cell syntax. */
	private static String value(String raw, Col kind, String unit, int span) {
		String t = raw.replace("\n", "").strip();
		if (t.isEmpty() || t.matches("[/—－\\-–]+|无")) {
			return "—";
		}
		if (kind == Col.ATTRIBUTE && t.matches("预期性|约束性")) {
			return t;
		}
		if ((kind == Col.BASE || kind == Col.TARGET || kind == Col.ACTUAL) && span == 1 && Amounts.ratioEnd(t, 0) == t.length()) {
			return t.replaceAll("\\s+", "").replace('：', ':'); // 三次产业结构 7.9:39.6:52.5, 城乡居民收入比 2.45∶1
		}
		if (kind != Col.REMARK && span == 1) {
			Matcher bracket = BRACKETED.matcher(t);
			if (bracket.matches()) {
				Optional<Amount> a = Amounts.whole(bracket.group(1));
				if (a.isPresent() && Amounts.compatible(a.get().unit(), unit) && a.get().upper() == null) {
					return "[" + a.get().plan() + "]";
				}
			} else {
				Optional<Amount> a = Amounts.whole(t);
				if (a.isPresent() && (kind == Col.GROWTH || Amounts.compatible(a.get().unit(), unit))) {
					return a.get().plan();
				}
			}
		}
		return DraftWriter.q(t);
	}

	static String cell(List<SourceCell> row, int column) {
		return column >= 0 && column < row.size() ? row.get(column).text() : "";
	}

	private static int find(List<Column> columns, Col kind) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).kind() == kind) {
				return i;
			}
		}
		return -1;
	}

	private static TextTable textTable(List<List<SourceCell>> grid, int number, String caption, List<String> written) {
		List<List<String>> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		int width = grid.stream().mapToInt(List::size).max().orElse(0);
		for (List<SourceCell> r : grid) {
			String first = r.isEmpty() ? "" : r.get(0).text().strip();
			if (first.startsWith("注") && r.stream().skip(1).allMatch(c -> c.text().isBlank())) {
				notes.add(first.replace('\n', ' '));
				continue;
			}
			List<String> cells = new ArrayList<>(r.stream().map(SourceCell::text).toList());
			while (cells.size() < width) {
				cells.add("");
			}
			rows.add(cells);
		}
		List<List<String>> header = rows.isEmpty() ? List.of() : List.of(rows.remove(0));
		List<List<Draft.Cell>> cells = rows.stream().map(r -> r.stream().map(t -> new Draft.Cell(t, new ArrayList<Draft.Inline>())).toList()).toList();
		return new TextTable(number, caption, header, cells, notes, written);
	}
}
