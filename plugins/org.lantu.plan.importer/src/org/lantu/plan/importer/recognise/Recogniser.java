package org.lantu.plan.importer.recognise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.draft.Draft.Comment;
import org.lantu.plan.importer.draft.Draft.Division;
import org.lantu.plan.importer.draft.Draft.Figure;
import org.lantu.plan.importer.draft.Draft.IndicatorTable;
import org.lantu.plan.importer.draft.Draft.Node;
import org.lantu.plan.importer.draft.Draft.Note;
import org.lantu.plan.importer.draft.Draft.Paragraph;
import org.lantu.plan.importer.draft.Draft.TextTable;
import org.lantu.plan.importer.draft.DraftWriter;
import org.lantu.plan.importer.recognise.Headings.Heading;
import org.lantu.plan.importer.recognise.Headings.Kind;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.SourceBlock.Box;
import org.lantu.plan.importer.source.SourceBlock.Para;
import org.lantu.plan.importer.source.SourceBlock.SourceCell;
import org.lantu.plan.importer.source.SourceBlock.Table;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Dimension;

/**
 * From a source's blocks to a draft: the header, then the body's structure by its numbering (the
 * depth of each numbering style is its rank among the styles the document uses, so that a plan
 * numbered 一、（一）1. and one numbered 第一章 第一节 一、 both nest right), boxes, captions of
 * tables and figures, notes, tasks with their lead units; then the tables' indicators; then the
 * prose tied to them ({@link Prose}).
 */
public final class Recogniser {

	/** What the recogniser found, for the report. */
	public record Counts(int headings, int paragraphs, int tables, int indicatorTables, int indicators, int stated, int claims, int boxes,
			List<Prose.Untied> untied) {
		/** Nothing recognised: the plan was not read from text. */
		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, List.of());
	}

	private static final Pattern TABLE_CAPTION = Pattern.compile("^(?:附)?表\\s*([0-9０-９]{1,3})\\s*[：:.．、]?\\s*(.*)$");
	private static final Pattern FIGURE = Pattern.compile("^图\\s*([0-9０-９]{1,3})\\s*[：:.．、]?\\s*(.{1,60})$");
	private static final Pattern BOX = Pattern.compile("^专栏\\s*([0-9０-９]{1,3})\\s*[：:.．、]?\\s*(.*)$");
	/** A year in a column header, with or without 年: 2016—2020, 2025年目标. */
	private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)[0-9]{2})");
	private static final Pattern ANNEX = Pattern.compile("^附件\\s*([0-9０-９]{1,2})?\\s*[：:]?\\s*([^：:。，]{0,40})$");
	private static final Pattern IMPRINT = Pattern.compile("^(抄送[：:].*|.{2,40}\\s*[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日\\s*印发|[（(]此件(公开发布|不予公开|依申请公开)[）)]|[—－-]\\s*[0-9]{1,4}\\s*[—－-])$");
	/** A stage's part of a project's description: 一期…, 二期… at the start of a clause. */
	private static final Pattern STAGE = Pattern.compile("(?:^|[，。；、：,;])\\s*(?:项目)?([一二三四五六七八九十])期");
	/** A unit line above a table: 单位：亿元, （单位：万吨）. */
	private static final Pattern UNIT_LINE = Pattern.compile("^[（(]?单位[：:]\\s*([^，、,；;（）()\\s]{1,8})\\s*[)）]?$");
	private static final Pattern PROJECTS = Pattern.compile(".*(项目|工程).*");
	/** A numbered item that names a project (1.某新能源电池项目。) and states what it invests after it. */
	private static final Pattern PROJECT_ITEM = Pattern.compile("^[^，,；;]{2,40}(项目|工程)[。.．：:]?$");
	private static final Pattern INVESTED = Pattern.compile("(总投资|计划投资|投资)[约为达]?\\s*[0-9０-９]");
	private static final Pattern BUILT = Pattern.compile("建设(?:期|周期|年限)[为是：:]?\\s*((?:19|20)[0-9]{2})\\s*年?\\s*[—–\\-－~～至到]+\\s*((?:19|20)[0-9]{2})\\s*年?");
	private static final Pattern PROJECT = Pattern.compile("^([^：:。，]{2,40})[：:](.{4,})$", Pattern.DOTALL);
	/** The columns of a table of tasks: 工作任务 (重点任务, 任务内容…), 牵头单位, 配合单位, 完成时限, 序号. */
	private static final Pattern TASK_COLUMN = Pattern.compile("(重点|主要|具体)?(工作)?任务(内容|名称|事项)?|工作(内容|事项)|重点工作");
	private static final Pattern LEAD_COLUMN = Pattern.compile("(牵头|责任)(单位|部门)");
	private static final Pattern SUPPORT_COLUMN = Pattern.compile("(配合|协同|参与|协办)(单位|部门)");
	private static final Pattern DEADLINE_COLUMN = Pattern.compile("(完成)?(时限|时间|时间节点|期限)");
	private static final Pattern NUMBER_COLUMN = Pattern.compile("序号");
	/** The columns of a table of projects: 项目名称 (工程名称, 项目（工程）名称), and 总投资 (计划投资, 估算总投资（亿元）). */
	private static final Pattern PROJECT_NAME_COLUMN = Pattern.compile("(重大|重点|建设)?(项目|工程)(（工程）|（项目）)?(名称)?");
	private static final Pattern INVESTMENT_COLUMN = Pattern.compile("(计划|估算|预计|概算)?总?投资(额|规模|估算)?([（(].{1,6}[）)])?");
	/** A heading with its unit: 总投资（亿元）, 用地面积(亩). */
	private static final Pattern HEADING_UNIT = Pattern.compile("(.+?)[（(]([^（()）]{1,6})[）)]");
	private static final Pattern NUMBER_CELL = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");
	/** A row of totals: the word in its column of names, perhaps with a colon. */
	static final Pattern TOTAL_ROW = Pattern.compile("(合计|总计|小计|共计)[：:]?");
	private static final Pattern LEAD = Pattern.compile("(牵头单位|责任单位|牵头部门|责任部门)[：:]\\s*([^；;。）)\\n]+)");
	private static final Pattern LEAD_ONLY = Pattern.compile("(牵头单位|牵头部门)[：:]\\s*([^；;。）)\\n]+)");
	private static final Pattern RESPONSIBLE = Pattern.compile("(责任单位|责任部门)[：:]\\s*([^；;。）)\\n]+)");
	private static final Pattern SUPPORT = Pattern.compile("(配合单位|配合部门|参与单位)[：:]\\s*([^；;。）)\\n]+)");

	private final Draft draft = new Draft();
	private final Indicators indicators = new Indicators();
	private final Tables tables = new Tables(indicators, draft.sums);
	private final List<Paragraph> paragraphs = new ArrayList<>();
	/** The tables of text in reading order, with the source line each starts at (their numbers are tied after the prose's). */
	private final List<TableAt> textTables = new ArrayList<>();

	private record TableAt(TextTable table, int line) {
	}
	/** The chapter each paragraph is in (the top-level division), which a year mentioned carries through. */
	private final List<Division> chapters = new ArrayList<>();
	private Division chapter;
	/** The innermost division each paragraph is in, whose heading may say what industry it is about. */
	private final List<Division> innermost = new ArrayList<>();
	private Division division;
	private final List<Kind> ranks = new ArrayList<>();
	private int headings;
	private int tableCount;
	private int indicatorTables;
	private int boxes;

	/** A division still open while the blocks are read, and the depth of its heading (−1 for an annex). */
	private record Open(int depth, Division division) {
	}

	public Draft draft() {
		return draft;
	}

	/** Recognises the blocks of one document. */
	public Counts recognise(List<SourceBlock> source) {
		List<SourceBlock> blocks = joinBroken(source);
		StringBuilder all = new StringBuilder();
		collect(blocks, all);
		Set<Integer> header = Header.read(blocks, draft, all.toString());
		ranks(blocks, header);
		for (Kind k : ranks) {
			if (k != Kind.UNNUMBERED) {
				draft.numbering.add(k.example(exampleOf(blocks, k)));
			}
		}
		Deque<Open> open = new ArrayDeque<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (header.contains(i)) {
				continue;
			}
			SourceBlock b = blocks.get(i);
			List<Node> into = open.isEmpty() ? draft.body : open.peek().division().children();
			division = open.isEmpty() ? null : open.peek().division();
			if (b instanceof Para p && annex(p.text())) {
				// 附件1 (its title on the same line or the next): an annex, outside every chapter
				Matcher m = ANNEX.matcher(p.text());
				m.matches();
				String title = m.group(2) == null ? "" : m.group(2).strip();
				if (title.isEmpty() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Para next && next.text().length() <= Headings.MAX_TITLE
						&& Headings.of(next.text()).isEmpty()) {
					title = next.text().strip();
					i++;
				}
				open.clear();
				Division annex = new Division("附", m.group(1) == null ? 0 : number(m.group(1)), title.isEmpty() ? p.text().strip() : title);
				draft.body.add(annex);
				open.push(new Open(-1, annex));
				chapter = annex;
				headings++;
				continue;
			}
			if (b instanceof Para p) {
				Optional<Heading> h = heading(p);
				if (h.isPresent()) {
					int depth = depth(h.get(), p);
					while (!open.isEmpty() && open.peek().depth() >= depth) {
						open.pop();
					}
					if (depth > 0 && PROJECT_ITEM.matcher(h.get().title()).matches() && INVESTED.matcher(h.get().runIn()).find()) {
						// 1.某新能源电池项目。总投资50亿元，用地600亩…: an item of a list, a project with its figures
						(open.isEmpty() ? draft.body : open.peek().division().children())
								.add(project(p, h.get().title().replaceFirst("[。.．：:]$", "").strip(), h.get().runIn()));
						continue;
					}
					// in an annex, the annex is the top: its headings are its sections
					boolean inAnnex = !open.isEmpty() && open.getLast().depth() == -1;
					Division d = new Division(depth == 0 && !inAnnex ? "章" : "节", h.get().number(), h.get().title());
					(open.isEmpty() ? draft.body : open.peek().division().children()).add(d);
					if (open.isEmpty()) {
						chapter = d;
					}
					open.push(new Open(depth, d));
					division = d;
					headings++;
					if (!h.get().runIn().isEmpty()) {
						d.children().add(paragraph(p.line(), h.get().runIn()));
						leads(h.get().runIn(), d);
					}
					continue;
				}
				Matcher caption = TABLE_CAPTION.matcher(p.text());
				if (caption.matches()) {
					// 表1 title, perhaps a unit line (单位：亿元), then the table
					int at = i + 1;
					Matcher unit = at < blocks.size() && blocks.get(at) instanceof Para u ? UNIT_LINE.matcher(u.text().strip()) : null;
					if (unit != null && unit.matches()) {
						at++;
					}
					if (at < blocks.size() && blocks.get(at) instanceof Table t && !header.contains(at)) {
						if (unit != null && unit.matches()) {
							into.add(new Note(((Para) blocks.get(i + 1)).text()));
						}
						into.add(table(t, number(caption.group(1)), caption.group(2).strip(), unit != null && unit.matches() ? unit.group(1).strip() : null));
						i = at;
						continue;
					}
				}
				Matcher unitLine = UNIT_LINE.matcher(p.text().strip());
				if (unitLine.matches() && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Table t && !header.contains(i + 1)) {
					into.add(new Note(p.text()));
					into.add(table(t, 0, null, unitLine.group(1).strip()));
					i++;
					continue;
				}
				block(p, into, open.isEmpty() ? null : open.peek().division());
			} else if (b instanceof Table t) {
				into.add(table(t, 0, null, null));
			} else if (b instanceof Box box) {
				into.add(box(box));
			}
		}
		Prose prose = new Prose(indicators, draft);
		CountWords counts = new CountWords(indicators, draft);
		prose.phases(paragraphs.stream().map(Paragraph::text).toList());
		for (int i = 0; i < paragraphs.size(); i++) {
			Paragraph p = paragraphs.get(i);
			Division in = chapters.get(i);
			Division under = innermost.get(i);
			p.content().addAll(counts.tie(prose.tie(p.text(), p.line(), i > 0 && in == chapters.get(i - 1), in == null ? null : in.title(),
					under == null ? null : under.title(), under != null && !under.leads().isEmpty())));
		}
		textTables.forEach(t -> tieCells(t.table(), t.line(), prose));
		for (Prose.Untied u : prose.untied()) {
			draft.untied.add("第 " + u.line() + " 行：" + u.amount().strip() + "（…" + u.context() + "…）");
		}
		return new Counts(headings, paragraphs.size(), tableCount, indicatorTables, indicators.size() - prose.stated(), prose.stated(), prose.claims(), boxes,
				prose.untied());
	}

	/**
	 * The numbers in a table of text: each cell's year is the last its column's header names (a
	 * roadmap's 2016—2020), and an amount alone in its clause measures the row's label.
	 */
	private void tieCells(TextTable t, int line, Prose prose) {
		List<String> header = t.header().isEmpty() ? List.of() : t.header().get(0);
		for (List<Draft.Cell> row : t.rows()) {
			String label = row.isEmpty() ? null : row.get(0).text().replace("\n", "");
			for (int c = 1; c < row.size(); c++) {
				Draft.Cell cell = row.get(c);
				if (cell.text().isBlank()) {
					continue;
				}
				int year = c < header.size() ? lastYear(header.get(c)) : 0;
				cell.content().addAll(prose.tie(cell.text().replace("\n", ""), line, year, label));
			}
		}
	}

	private static int lastYear(String text) {
		Matcher m = ANY_YEAR.matcher(text);
		int year = 0;
		while (m.find()) {
			year = Integer.parseInt(m.group(1));
		}
		return year;
	}

	/**
	 * Paragraphs broken inside a sentence, as text copied from a PDF has them (…占全市55%以 / 上，…),
	 * joined again: a long paragraph that does not end a sentence, followed by one that is not a heading.
	 */
	private static List<SourceBlock> joinBroken(List<SourceBlock> blocks) {
		List<SourceBlock> joined = new ArrayList<>();
		for (SourceBlock b : blocks) {
			if (b instanceof Para p && !joined.isEmpty() && joined.get(joined.size() - 1) instanceof Para before && before.level() == 0 && p.level() == 0
					&& before.text().length() >= 40 && before.text().matches("(?s).*[，。；,;].*") && !before.text().matches("(?s).*[。！？；：:;!?”」）)]$") && Headings.of(p.text()).isEmpty() && !Headings.numbered(before.text())
					&& !TABLE_CAPTION.matcher(p.text()).matches() && !FIGURE.matcher(p.text()).matches() && !p.text().startsWith("——")) {
				joined.set(joined.size() - 1, new Para(before.line(), before.text() + p.text(), 0));
			} else {
				joined.add(b);
			}
		}
		return joined;
	}

	private static void collect(List<SourceBlock> blocks, StringBuilder all) {
		for (SourceBlock b : blocks) {
			switch (b) {
				case Para p -> all.append(p.text()).append('\n');
				case Box box -> collect(box.body(), all);
				case Table t -> t.rows().forEach(r -> r.forEach(c -> all.append(c.text()).append('\n')));
			}
		}
	}

	private void block(Para p, List<Node> into, Division within) {
		Matcher figure = FIGURE.matcher(p.text());
		if (figure.matches() && !figure.group(2).contains("。")) {
			into.add(new Figure(number(figure.group(1)), figure.group(2).strip(), p.text()));
			return;
		}
		if (p.text().matches("^注[：:].*")) {
			into.add(new Note(p.text()));
			return;
		}
		if (IMPRINT.matcher(p.text().strip()).matches()) {
			// the imprint (版记: 抄送, 印发), 此件公开发布, page numbers copied with the text: kept, not published
			into.add(new Comment(p.text().strip()));
			return;
		}
		into.add(paragraph(p.line(), p.text()));
		if (within != null) {
			leads(p.text(), within);
		}
	}

	private Paragraph paragraph(int line, String text) {
		Paragraph p = new Paragraph(line, text, new ArrayList<>());
		paragraphs.add(p);
		chapters.add(chapter);
		innermost.add(division);
		return p;
	}

	/**
	 * A table of tasks (重点任务分工表: 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限): a section of its
	 * caption holding each row as a task led by its units, with its deadline's year; the row's other
	 * cells (and a deadline with no year, 持续推进) are kept as its paragraph. Empty when the table
	 * has no column of tasks or none of the units that lead them.
	 */
	private Optional<Division> tasks(Table t, String caption) {
		Headed h = headed(t, caption);
		if (h == null) {
			return Optional.empty();
		}
		List<List<SourceCell>> rows = h.rows();
		List<String> header = h.header();
		int task = column(header, TASK_COLUMN);
		int lead = column(header, LEAD_COLUMN);
		if (task < 0 || lead < 0) {
			return Optional.empty();
		}
		int support = column(header, SUPPORT_COLUMN);
		int deadline = column(header, DEADLINE_COLUMN);
		int numbering = column(header, NUMBER_COLUMN);
		Division all = new Division("节", 0, h.caption() == null || h.caption().isBlank() ? "任务分工" : h.caption());
		for (List<SourceCell> row : rows.subList(1, rows.size())) {
			String title = cellText(row, task);
			if (title.isEmpty()) {
				// a row of its own (一、优化政务服务 across the table): kept as a paragraph
				String across = String.join(" ", row.stream().map(c -> c.text().replace("\n", "").strip()).filter(x -> !x.isEmpty()).toList());
				if (!across.isEmpty()) {
					all.children().add(paragraph(t.line(), across));
				}
				continue;
			}
			String written = cellText(row, numbering);
			int n = written.matches("[0-9０-９]{1,3}") ? (int) ChineseNumerals.parse(written).orElse(0) : all.children().size() + 1;
			String when = cellText(row, deadline);
			Matcher year = Tables.YEAR.matcher(when);
			Division d = new Division("节", n, title, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), year.find() ? Integer.parseInt(year.group(1)) : 0);
			unitsIn(cellText(row, lead), d.leads());
			unitsIn(cellText(row, support), d.supports());
			List<String> rest = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				String text = cellText(row, i);
				// the deadline's year is written only for a task, a row that names its lead
				boolean kept = i == task || i == lead || i == support || i == numbering || i == deadline && d.deadline() > 0 && !d.leads().isEmpty();
				if (!kept && !text.isEmpty()) {
					rest.add((i < header.size() && !header.get(i).isEmpty() ? header.get(i) + "：" : "") + text);
				}
			}
			if (!rest.isEmpty()) {
				d.children().add(paragraph(t.line(), String.join("；", rest)));
			}
			all.children().add(d);
		}
		return all.children().stream().noneMatch(c -> c instanceof Division) ? Optional.empty() : Optional.of(all);
	}

	/**
	 * A table of projects (重大项目表: 序号 | 项目名称 | 建设内容 | 总投资（亿元） | 建设年限): a section of
	 * its caption holding each row as a project, read as the box of projects' items are, from the row's
	 * cells with their headings (总投资45亿元；建设年限：2024—2027). A row of totals is a project of its own
	 * that the projects it totals add up to: a 小计 those since the last row across the table (a group's
	 * title) or the last 小计, a 合计 all of them. A row across the table is kept as a paragraph. Empty when
	 * the table has no column of project names or none of investments.
	 */
	private Optional<Division> projects(Table t, String caption, String tableUnit) {
		Headed h = headed(t, caption);
		if (h == null) {
			return Optional.empty();
		}
		List<List<SourceCell>> rows = h.rows();
		List<String> header = h.header();
		int name = column(header, PROJECT_NAME_COLUMN);
		int investment = column(header, INVESTMENT_COLUMN);
		if (name < 0 || investment < 0) {
			return Optional.empty();
		}
		int numbering = column(header, NUMBER_COLUMN);
		Division all = new Division("节", 0, h.caption() == null || h.caption().isBlank() ? "重大项目" : h.caption());
		List<String> projects = new ArrayList<>();
		List<String> group = new ArrayList<>();
		String groupTitle = null;
		for (List<SourceCell> row : rows.subList(1, rows.size())) {
			String title = cellText(row, name).replaceFirst("^[0-9０-９]{1,3}\\s*[.．、]\\s*", "");
			// 合计 in the column of names or of numbers: the word, without its colon
			Matcher totalRow = TOTAL_ROW.matcher(title);
			if (!totalRow.matches()) {
				totalRow = TOTAL_ROW.matcher(cellText(row, numbering));
			}
			String total = totalRow.matches() ? totalRow.group(1) : null;
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				String text = cellText(row, i);
				if (i == name || i == numbering || text.isEmpty()) {
					continue;
				}
				String heading = i < header.size() ? header.get(i) : "";
				Matcher unit = HEADING_UNIT.matcher(heading);
				String bare = unit.matches() ? unit.group(1) : heading;
				String inHeading = unit.matches() ? unit.group(2) : i == investment ? tableUnit : null;
				// 总投资（亿元） | 45 → 总投资45亿元: the amount in the words a sentence would give it
				if (inHeading != null && NUMBER_CELL.matcher(text).matches()) {
					parts.add(bare + text + inHeading);
				} else {
					parts.add(heading.isEmpty() ? text : heading + "：" + text);
				}
			}
			String description = String.join("；", parts) + (parts.isEmpty() ? "" : "。");
			boolean subtotal = "小计".equals(total);
			List<String> totalled = subtotal ? group : projects;
			if (total != null && totalled.size() >= 2 && !parts.isEmpty()) {
				// 产业项目小计 for a group's, 重点项目表合计 for the table's
				String owner = subtotal && groupTitle != null ? groupTitle : all.title();
				Node n = project(new Para(t.line(), total + "：" + description, 0), owner + total, description);
				all.children().add(n);
				if (n instanceof Draft.Project sum && sum.investment() != null) {
					all.children().add(new Draft.Sum(sum.name(), List.copyOf(totalled)));
				}
				group.clear();
				continue;
			}
			if (title.isEmpty() || total != null || parts.isEmpty()) {
				group.clear();
				// a group's title across the table (一 | 产业项目): as written
				groupTitle = parts.isEmpty() && total == null && !title.isEmpty() ? title : groupTitle;
				String across = parts.isEmpty() ? String.join(" ", row.stream().map(c -> c.text().replace("\n", "").strip()).filter(x -> !x.isEmpty()).toList())
						: (total != null ? total + "：" : title.isEmpty() ? "" : title + "：") + description;
				if (!across.isBlank()) {
					all.children().add(paragraph(t.line(), across));
				}
				continue;
			}
			Node n = project(new Para(t.line(), title + "：" + description, 0), title, description);
			all.children().add(n);
			if (n instanceof Draft.Project p) {
				projects.add(p.name());
				group.add(p.name());
			}
		}
		return all.children().stream().noneMatch(c -> c instanceof Draft.Project) ? Optional.empty() : Optional.of(all);
	}

	/** A table of rows under a header row: its caption, its rows from the header on, the header's texts without spaces. */
	private record Headed(String caption, List<List<SourceCell>> rows, List<String> header) {
	}

	/** The table's header and rows, below a title row across it (表1 重点任务分工表: the caption, if the text gave none); null without a row under the header. */
	private static Headed headed(Table t, String caption) {
		List<List<SourceCell>> rows = t.rows();
		Matcher titleRow = Tables.titleRow(rows);
		if (titleRow != null) {
			caption = caption == null || caption.isBlank() ? titleRow.group(2).strip() : caption;
			rows = rows.subList(1, rows.size());
		}
		if (rows.size() < 2) {
			return null;
		}
		return new Headed(caption, rows, rows.get(0).stream().map(c -> c.text().replaceAll("[\\s\u3000]", "")).toList());
	}

	private static int column(List<String> header, Pattern p) {
		for (int i = 0; i < header.size(); i++) {
			if (p.matcher(header.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

	private static String cellText(List<SourceCell> row, int i) {
		return Tables.cell(row, i).replace("\n", "").strip();
	}

	/** 牵头单位：市经信委、市发展改革委 — the division becomes a task led by them. */
	private void leads(String text, Division d) {
		// 责任单位 leads, unless a 牵头单位 is named too: then it shares the work
		boolean both = text.contains("牵头") && text.contains("责任单位");
		units((both ? LEAD_ONLY : LEAD).matcher(text), d.leads());
		units(SUPPORT.matcher(text), d.supports());
		if (both) {
			units(RESPONSIBLE.matcher(text), d.supports());
		}
	}

	private void units(Matcher m, List<String> into) {
		while (m.find()) {
			unitsIn(m.group(2), into);
		}
	}

	/** The units a list names (市经信局、市发改委等), each declared as an organisation of the draft. */
	private void unitsIn(String list, List<String> into) {
		for (String u : list.split("[、，,；;\n]")) {
			String unit = u.replaceAll("[\\s“”]|等$|按职责分工负责$|分别负责$", "");
			if (unit.length() >= 2 && unit.length() <= 24 && !into.contains(unit)) {
				into.add(unit);
				if (!draft.organisations.contains(unit)) {
					draft.organisations.add(unit);
				}
			}
		}
	}

	/** 附件, 附件1, 附件2：名单 start an annex; 附件：…名单 (the list of annexes) does not. */
	private static boolean annex(String text) {
		Matcher m = ANNEX.matcher(text.strip());
		return m.matches() && (m.group(1) != null || m.group(2).isBlank());
	}

	private Node table(Table t, int number, String caption, String unit) {
		tableCount++;
		Optional<Division> tasks = tasks(t, caption);
		if (tasks.isPresent()) {
			return tasks.get();
		}
		Optional<Division> projects = projects(t, caption, unit);
		if (projects.isPresent()) {
			return projects.get();
		}
		Node n = tables.table(t, number, caption, draft.periodFrom, unit);
		if (n instanceof IndicatorTable) {
			indicatorTables++;
		} else if (n instanceof TextTable text) {
			textTables.add(new TableAt(text, t.line()));
		}
		return n;
	}

	private Node box(Box box) {
		boxes++;
		Matcher m = BOX.matcher(box.title().strip());
		int number = m.matches() ? number(m.group(1)) : 0;
		String title = m.matches() ? m.group(2).strip() : box.title().strip();
		Division d = new Division("专栏", number, title);
		boolean projects = PROJECTS.matcher(title).matches();
		for (int i = 0; i < box.body().size(); i++) {
			SourceBlock b = box.body().get(i);
			switch (b) {
				case Para p -> {
					Matcher caption = TABLE_CAPTION.matcher(p.text());
					Matcher project = PROJECT.matcher(p.text());
					if (projects && project.matches()) {
						// 1.年产10万吨新材料项目：… — the item's number is not the project's name
						d.children().add(project(p, project.group(1).strip().replaceFirst("^[0-9０-９]{1,3}\\s*[.．、]\\s*", ""), project.group(2)));
					} else if (caption.matches() && i + 1 < box.body().size() && box.body().get(i + 1) instanceof Table t) {
						d.children().add(table(t, number(caption.group(1)), caption.group(2).strip(), null));
						i++;
					} else {
						block(p, d.children(), null);
					}
				}
				case Table t -> d.children().add(table(t, 0, null, null));
				case Box inner -> d.children().add(box(inner));
			}
		}
		return d;
	}

	/**
	 * 乐山年产30万吨正极材料项目：项目预计总投资50亿元，用地约1000亩… — a project of a box of
	 * projects, with its investment and land when the description states them, claimed in its text.
	 */
	private Node project(Para p, String name, String description) {
		List<Draft.Inline> content = new ArrayList<>();
		String investment = null;
		String land = null;
		int written = 0;
		String label = p.text().substring(0, p.text().length() - description.length());
		String unique = indicators.unique(name);
		// 一期投资约2亿元，…二期… — where each stage's part of the description starts
		List<Integer> stageStarts = new ArrayList<>();
		List<String> stageNames = new ArrayList<>();
		Matcher stage = STAGE.matcher(description);
		while (stage.find()) {
			stageStarts.add(stage.start(1));
			stageNames.add(stage.group(1) + "期");
		}
		Map<String, String[]> stageFacts = new LinkedHashMap<>();
		for (Amounts.Amount a : Amounts.in(description)) {
			String before = description.substring(Math.max(0, a.start() - 8), a.start());
			int at = -1;
			for (int i = 0; i < stageStarts.size(); i++) {
				if (stageStarts.get(i) <= a.start()) {
					at = i;
				}
			}
			String[] facts = at < 0 ? null : stageFacts.computeIfAbsent(stageNames.get(at), k -> new String[2]);
			String owner = at < 0 ? DraftWriter.q(unique) : DraftWriter.q(unique) + "." + DraftWriter.q(stageNames.get(at));
			String aspect = null;
			boolean money = a.dimension().filter(dim -> dim == Dimension.MONEY).isPresent();
			boolean area = a.dimension().filter(dim -> dim == Dimension.AREA).isPresent();
			if (money && before.contains("投资") && (facts == null ? investment == null : facts[0] == null)) {
				if (facts == null) {
					investment = a.plan();
				} else {
					facts[0] = a.plan();
				}
				aspect = "投资";
			} else if (area && before.matches(".*(占地|用地|面积).*") && (facts == null ? land == null : facts[1] == null)) {
				if (facts == null) {
					land = a.plan();
				} else {
					facts[1] = a.plan();
				}
				aspect = "用地";
			}
			if (aspect != null) {
				content.add(new Draft.Text(description.substring(written, a.start())));
				content.add(new Draft.Claim(a.plan(), owner + " " + aspect, false));
				written = a.end();
			}
		}
		content.add(new Draft.Text(description.substring(written)));
		List<Draft.Stage> stages = new ArrayList<>();
		stageFacts.forEach((n, f) -> {
			if (f[0] != null || f[1] != null) {
				stages.add(new Draft.Stage(n, f[0], f[1]));
			}
		});
		// 建设期2022—2024年: the years it is built in
		Matcher built = BUILT.matcher(description);
		String years = built.find() && Integer.parseInt(built.group(1)) <= Integer.parseInt(built.group(2)) ? built.group(1) + "—" + built.group(2) : null;
		if (investment == null && land == null && years == null && stages.isEmpty()) {
			return paragraph(p.line(), p.text());
		}
		content.add(0, new Draft.Text(label));
		return new Draft.Project(unique, investment, land, years, stages, new ArrayList<>(List.of(new Paragraph(p.line(), p.text(), content))));
	}

	private Optional<Heading> heading(Para p) {
		Optional<Heading> h = Headings.of(p.text());
		if (h.isEmpty() && p.level() > 0 && p.text().length() <= Headings.MAX_TITLE) {
			return Optional.of(new Heading(Kind.UNNUMBERED, 0, p.text().strip(), "", p.text()));
		}
		return h;
	}

	/** The depth of a heading: its numbering's rank, or for an unnumbered one its Word level. */
	private int depth(Heading h, Para p) {
		if (h.kind() == Kind.UNNUMBERED) {
			return Math.max(0, p.level() - 1);
		}
		return Math.max(0, ranks.indexOf(h.kind()));
	}

	private void ranks(List<SourceBlock> blocks, Set<Integer> header) {
		EnumSet<Kind> used = EnumSet.noneOf(Kind.class);
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Para p && annex(p.text())) {
				break; // annexes are numbered on their own
			}
			if (!header.contains(i) && blocks.get(i) instanceof Para p) {
				Headings.of(p.text()).ifPresent(h -> used.add(h.kind()));
			}
		}
		used.remove(Kind.UNNUMBERED);
		ranks.addAll(used);
	}

	private static String exampleOf(List<SourceBlock> blocks, Kind kind) {
		for (SourceBlock b : blocks) {
			if (b instanceof Para p && Headings.of(p.text()).filter(h -> h.kind() == kind).isPresent()) {
				return p.text().strip();
			}
		}
		return "";
	}

	private static int number(String digits) {
		return (int) ChineseNumerals.parse(digits).orElse(0);
	}
}
