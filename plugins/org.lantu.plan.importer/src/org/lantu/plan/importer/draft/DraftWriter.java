package org.lantu.plan.importer.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft.Category;
import org.lantu.plan.importer.draft.Draft.Claim;
import org.lantu.plan.importer.draft.Draft.Comment;
import org.lantu.plan.importer.draft.Draft.Division;
import org.lantu.plan.importer.draft.Draft.Figure;
import org.lantu.plan.importer.draft.Draft.Group;
import org.lantu.plan.importer.draft.Draft.IndicatorRow;
import org.lantu.plan.importer.draft.Draft.IndicatorTable;
import org.lantu.plan.importer.draft.Draft.Inline;
import org.lantu.plan.importer.draft.Draft.Node;
import org.lantu.plan.importer.draft.Draft.Note;
import org.lantu.plan.importer.draft.Draft.Paragraph;
import org.lantu.plan.importer.draft.Draft.StatedIndicator;
import org.lantu.plan.importer.draft.Draft.Text;
import org.lantu.plan.importer.draft.Draft.TextTable;

/**
 * Writes a draft as Plan text, in the Chinese spelling of the keywords. Every name is quoted and
 * every text escaped, so what is written parses; as a guarantee whatever the input, the text is
 * parsed ({@code syntaxErrorLines}) and each node that holds a syntax error is written again as
 * its source text, in plain paragraphs — a draft is never worse than the text it came from.
 */
public final class DraftWriter {

	private static final int ATTEMPTS = 16;

	private final Draft draft;
	private final Set<Node> plain;
	private final Set<IndicatorRow> plainRows;
	/** The names the nodes written as text no longer declare or give values of: a claim on one is written as text too. */
	private final Set<String> gone = new HashSet<>();
	private final StringBuilder out = new StringBuilder();
	private final Map<Node, int[]> lines = new IdentityHashMap<>();
	private final Map<Integer, IndicatorRow> rowAt = new HashMap<>();
	private int line = 1;

	private DraftWriter(Draft draft, Set<Node> plain, Set<IndicatorRow> plainRows) {
		this.draft = draft;
		this.plain = plain;
		this.plainRows = plainRows;
	}

	/** The draft as Plan text that parses: the nodes a syntax error falls in are written as text. */
	public static String write(Draft draft, Function<String, List<Integer>> syntaxErrorLines) {
		Set<Node> plain = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<IndicatorRow> plainRows = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			DraftWriter w = new DraftWriter(draft, plain, plainRows);
			String text = w.text();
			List<Integer> errors = syntaxErrorLines.apply(text);
			if (errors.isEmpty()) {
				return text;
			}
			boolean changed = false;
			for (int l : errors) {
				// a row of a table first (its values as text), then the smallest node around the line
				IndicatorRow r = w.rowAt.get(l);
				if (r != null && plainRows.add(r)) {
					changed = true;
					continue;
				}
				Node n = w.innermostAt(l);
				if (n != null) {
					changed |= plain.add(n);
				}
			}
			if (!changed) {
				break;
			}
		}
		// the last resort, which always parses: every node as text
		DraftWriter w = new DraftWriter(draft, plain, plainRows);
		w.allPlain = true;
		return w.text();
	}

	private boolean allPlain;

	private Node innermostAt(int l) {
		Node best = null;
		int bestSize = Integer.MAX_VALUE;
		for (Map.Entry<Node, int[]> e : lines.entrySet()) {
			int[] r = e.getValue();
			if (r[0] <= l && l <= r[1] && r[1] - r[0] < bestSize) {
				best = e.getKey();
				bestSize = r[1] - r[0];
			}
		}
		return best;
	}

	private String text() {
		for (Node n : plain) {
			declared(n, gone);
		}
		// a row written as text has no values a claim could be checked against
		plainRows.forEach(r -> gone.add(r.name()));
		header();
		for (String org : draft.organisations) {
			line("机构 " + q(org));
		}
		for (Node n : draft.body) {
			node(n, 0);
		}
		section("// 据正文整理的列表：正文用“三大”“八大”等数量词概括的列表，检查会核对个数", draft.groups);
		section("// 据正文整理的阶段和功能区：正文写明面积的，请核对名称和年份", draft.spaces);
		section("// 据正文整理的指标：正文写明目标而表中没有的指标，请核对名称、单位和年份", draft.stated);
		section("// 据正文整理的占比：正文写明“占……比重”的，检查会核对比值", draft.shares);
		section("// 据表中合计行整理的合计：检查会核对各行之和", draft.sums);
		// two sentences may state the same parts of the same total
		section("// 据正文整理的“其中”：正文写明“……，其中……”的，检查会核对各部分之和不超过总量", draft.partsOf.stream().distinct().toList());
		if (!draft.untied.isEmpty()) {
			line("");
			line("// 未关联的数字（留作正文）：请逐一核对，需要时写成 [数量](指标@年份)");
			for (String u : draft.untied.subList(0, Math.min(UNTIED_LISTED, draft.untied.size()))) {
				comment(u, 0);
			}
			if (draft.untied.size() > UNTIED_LISTED) {
				comment("……另有 " + (draft.untied.size() - UNTIED_LISTED) + " 处", 0);
			}
		}
		return out.toString();
	}

	/** How many untied amounts the draft lists at its end (the report in JSON lists all). */
	private static final int UNTIED_LISTED = 300;

	private void header() {
		line("// 草稿：由 lantu import 生成，请核对后再发布");
		line("规划 " + q(draft.name) + (draft.title == null ? "" : " " + q(draft.title)));
		if (draft.kind != null) {
			line("文种 " + q(draft.kind));
		}
		if (draft.issuer != null) {
			line("发文机关 " + q(draft.issuer));
		}
		if (draft.number != null) {
			line("文号 " + q(draft.number));
		}
		if (draft.date != null) {
			line("成文日期 " + date(draft.date));
		}
		if (draft.periodTo > 0) {
			line("规划期限 " + (draft.periodFrom > 0 ? draft.periodFrom + "—" + draft.periodTo : "到" + draft.periodTo));
		}
		if (!draft.outlook.isEmpty()) {
			line("展望 " + String.join(", ", draft.outlook.stream().map(String::valueOf).toList()));
		}
		if (draft.area != null) {
			line("规划范围 " + draft.area + (draft.areaParts.isEmpty() ? ""
					: " 组成 " + String.join("、", draft.areaParts.stream().map(DraftWriter::q).toList()) + (draft.areaDivided ? " 全覆盖" : "")));
		}
		if (!draft.addressees.isEmpty()) {
			line("主送 " + String.join(", ", draft.addressees.stream().map(DraftWriter::q).toList()));
		}
		if (!draft.numbering.isEmpty()) {
			line("编号 " + String.join(" ", draft.numbering.stream().map(DraftWriter::q).toList()));
		}
		if (draft.signedBy != null) {
			line("落款 " + q(draft.signedBy) + (draft.signedDate == null ? "" : " " + date(draft.signedDate)));
		}
		for (String c : draft.comments) {
			comment(c, 0);
		}
		line("");
	}

	private void node(Node n, int depth) {
		int start = line;
		if (allPlain || plain.contains(n)) {
			if (n instanceof Division d) {
				paragraph(d.title(), depth);
				for (Node c : d.children()) {
					node(c, depth);
				}
			} else if (n instanceof Draft.Project pr) {
				for (Node c : pr.children()) {
					node(c, depth);
				}
			} else {
				for (String s : n.source()) {
					paragraph(s, depth);
				}
			}
		} else {
			switch (n) {
				case Division d -> division(d, depth);
				case Paragraph p -> line(depth, "段 " + inlines(p.content()));
				case Comment c -> comment(c.text(), depth);
				case Figure f -> line(depth, "图 " + (f.number() > 0 ? f.number() + " " : "") + q(f.title()));
				case Note note -> line(depth, "注 " + q(note.text()));
				case Group g -> line(depth, "列表 " + q(g.name()) + "：" + String.join(", ", g.members().stream().map(DraftWriter::q).toList()));
				case IndicatorTable t -> indicatorTable(t, depth);
				case TextTable t -> textTable(t, depth);
				case Draft.Project pr -> project(pr, depth);
				case Draft.Space sp -> line(depth, (sp.from() > 0 ? "阶段 " + q(sp.name()) + " " + sp.from() + "—" + sp.to() : "功能区 " + q(sp.name()))
						+ space(sp));
				case StatedIndicator s -> line(depth, "指标 " + q(s.name()) + unit(s.unit()) + " { " + String.join("  ", s.properties()) + " }");
				case Draft.Share sh -> relation("占比 " + q(sh.share()) + " = " + q(sh.part()) + " / " + q(sh.whole()), List.of(sh.share(), sh.part(), sh.whole()), depth);
				case Draft.OfWhich of -> relation("其中 " + q(of.total()) + "：" + String.join("，", of.parts().stream().map(DraftWriter::q).toList()),
						concat(of.total(), of.parts()), depth);
				case Draft.Sum sum -> relation("合计 " + q(sum.total()) + " = " + String.join(" + ", sum.parts().stream().map(DraftWriter::q).toList()),
						concat(sum.total(), sum.parts()), depth);
			}
		}
		lines.put(n, new int[] { start, Math.max(start, line - 1) });
	}

	/** A part of the draft's end, after an empty line and its comment: what the recognisers gathered of one kind. */
	private void section(String comment, List<? extends Node> nodes) {
		if (nodes.isEmpty()) {
			return;
		}
		line("");
		line(comment);
		for (Node n : nodes) {
			node(n, 0);
		}
	}

	/**
	 * A relation (合计, 其中, 占比) of the elements {@code names}: written as it is, or as a comment when a
	 * node written as text took one of them away (it would refer to nothing).
	 */
	private void relation(String written, List<String> names, int depth) {
		if (names.stream().anyMatch(gone::contains)) {
			comment(written, depth);
		} else {
			line(depth, written);
		}
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}

	/** A phase's or a zone's body: its area, and the zones it includes that are still declared. */
	private String space(Draft.Space sp) {
		List<String> facts = new ArrayList<>();
		if (!sp.area().isEmpty()) {
			facts.add("面积 " + sp.area().get(0));
		}
		List<String> parts = sp.parts().stream().filter(p -> !gone.contains(p)).map(DraftWriter::q).toList();
		if (!parts.isEmpty()) {
			facts.add("组成 " + String.join("、", parts));
		}
		return facts.isEmpty() ? "" : " { " + String.join("  ", facts) + " }";
	}

	/** The names a node declares, which claims may refer to. */
	private static void declared(Node n, Set<String> names) {
		switch (n) {
			case IndicatorTable t -> t.categories().forEach(c -> c.rows().forEach(r -> names.add(r.name())));
			case StatedIndicator s -> names.add(s.name());
			case Draft.Project p -> names.add(p.name());
			case Draft.Space sp -> names.add(sp.name());
			case Group g -> names.add(g.name());
			default -> {
			}
		}
	}

	private void paragraph(String text, int depth) {
		if (!text.isBlank()) {
			line(depth, "段 " + q(text));
		}
	}

	private void division(Division d, int depth) {
		// a section with lead units is a task; only tasks have them
		boolean task = d.keyword().equals("节") && !d.leads().isEmpty();
		StringBuilder head = new StringBuilder(task ? "任务" : d.keyword()).append(' ');
		if (d.number() > 0) {
			head.append(d.number()).append(' ');
		}
		head.append(q(d.title())).append(" {");
		line(depth, head.toString());
		if (task) {
			line(depth + 1, "牵头单位 " + String.join(", ", d.leads().stream().map(DraftWriter::q).toList()));
		}
		if (task && !d.supports().isEmpty()) {
			line(depth + 1, "配合单位 " + String.join(", ", d.supports().stream().map(DraftWriter::q).toList()));
		}
		if (task && d.deadline() > 0) {
			line(depth + 1, "完成时限 " + d.deadline());
		}
		for (Node c : d.children()) {
			node(c, depth + 1);
		}
		line(depth, "}");
	}

	private void project(Draft.Project p, int depth) {
		line(depth, "项目 " + q(p.name()) + " {");
		if (p.investment() != null) {
			line(depth + 1, "总投资 " + p.investment());
		}
		if (p.land() != null) {
			line(depth + 1, "占地 " + p.land());
		}
		if (p.years() != null) {
			line(depth + 1, "建设期 " + p.years());
		}
		for (Draft.Stage st : p.stages()) {
			line(depth + 1, "分期 " + q(st.name()) + " {" + (st.investment() == null ? "" : " 总投资 " + st.investment())
					+ (st.land() == null ? "" : " 占地 " + st.land()) + " }");
		}
		for (Node c : p.children()) {
			node(c, depth + 1);
		}
		line(depth, "}");
	}

	private void indicatorTable(IndicatorTable t, int depth) {
		int d = depth;
		if (t.tableNumber() > 0) {
			line(depth, "表 " + t.tableNumber() + " " + q(t.caption()) + " {");
			d++;
		}
		line(d, "指标表 " + (t.tableNumber() == 0 && t.caption() != null && !t.caption().isEmpty() ? q(t.caption()) + " " : "") + "{");
		line(d + 1, "列 " + String.join(" | ", t.columns()));
		for (Category c : t.categories()) {
			int rd = d + 1;
			if (c.title() != null) {
				line(d + 1, "类别 " + q(c.title()) + " {");
				rd++;
			}
			for (IndicatorRow r : c.rows()) {
				rowAt.put(line, r);
				line(rd, plainRows.contains(r) ? plainRow(r) : "指标 " + (r.number() > 0 ? r.number() + " " : "") + (r.ofWhich() ? "其中：" : "") + q(r.name())
						+ (r.title() == null ? "" : " " + q(r.title())) + unit(r.unit()) + (r.star() ? "*" : "") + "：" + String.join(" | ", r.cells()));
			}
			if (c.title() != null) {
				line(d + 1, "}");
			}
		}
		if (t.tableNumber() == 0) {
			notes(t.notes(), d + 1);
		}
		line(d, "}");
		if (t.tableNumber() > 0) {
			notes(t.notes(), d);
			line(depth, "}");
		}
	}

	/**
	 * A row the syntax did not read: its unit in its title and its values as text (≈90 as "≈90"), so the
	 * indicator is still there for what refers to it.
	 */
	private static String plainRow(IndicatorRow r) {
		String title = r.title() == null ? unit(r.unit()) : r.title() + unit(r.unit());
		List<String> cells = new ArrayList<>();
		for (String c : r.cells()) {
			cells.add(PLAIN_CELL.matcher(c).matches() ? c : q(c));
		}
		return "指标 " + (r.number() > 0 ? r.number() + " " : "") + (r.ofWhich() ? "其中：" : "") + q(r.name()) + (title.isEmpty() ? "" : " " + q(title)) + "："
				+ String.join(" | ", cells);
	}

	/** Cells a row written as text keeps as they are: an attribute, not applicable, a text. */
	private static final Pattern PLAIN_CELL = Pattern.compile("约束性|预期性|—|/|－|\"(?:[^\"\\\\]|\\\\.)*\"");

	private void textTable(TextTable t, int depth) {
		line(depth, "表 " + (t.number() > 0 ? t.number() + " " : "") + q(t.caption() == null ? "" : t.caption()) + " {");
		if (!t.header().isEmpty()) {
			for (List<String> h : t.header()) {
				line(depth + 1, "表头 " + cells(h));
			}
		}
		for (List<Draft.Cell> r : t.rows()) {
			List<String> written = new ArrayList<>();
			for (Draft.Cell c : r) {
				written.add(c.content().stream().anyMatch(i -> i instanceof Claim) ? inlines(c.content()) : cells(List.of(c.text())));
			}
			line(depth + 1, "行 " + String.join(" | ", written));
		}
		notes(t.notes(), depth + 1);
		line(depth, "}");
	}

	private void notes(List<String> notes, int depth) {
		for (String n : notes) {
			line(depth, "注 " + q(n));
		}
	}

	private static String cells(List<String> cells) {
		List<String> written = new ArrayList<>();
		for (String c : cells) {
			written.add(c.isBlank() ? "\"\"" : String.join(" ", c.lines().filter(l -> !l.isBlank()).map(l -> q(l.strip())).toList()));
		}
		return String.join(" | ", written);
	}

	private static String unit(String unit) {
		return unit == null ? "" : "（" + unit + "）";
	}

	private String inlines(List<Inline> content) {
		List<String> parts = new ArrayList<>();
		for (Inline i : content) {
			switch (i) {
				case Text t -> {
					if (!t.text().isEmpty()) {
						parts.add(q(t.text()));
					}
				}
				case Claim c -> {
					if (c.target() != null && gone.contains(firstName(c.target()))) {
						parts.add(q(c.written()));
					} else {
						parts.add("[" + c.written() + "]" + (c.target() == null ? "" : "(" + (c.count() ? "数量 " : "") + c.target() + ")"));
					}
				}
			}
		}
		return parts.isEmpty() ? "\"\"" : String.join(" ", parts);
	}

	/** The first name of a target as written ({@code "工业总产值"@2025}, {@code "项目"."一期" 投资}), unquoted. */
	public static String firstName(String target) {
		Matcher m = QUOTED.matcher(target);
		return m.lookingAt() ? m.group(1).replaceAll("\\\\(.)", "$1") : target;
	}

	private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static String date(int[] d) {
		return d[0] + "年" + d[1] + "月" + d[2] + "日";
	}

	private void comment(String text, int depth) {
		for (String l : text.split("\n")) {
			line(depth, "// " + l.replaceAll("\\p{Cntrl}", " "));
		}
	}

	private void line(String s) {
		line(0, s);
	}

	private void line(int depth, String s) {
		out.append("  ".repeat(depth)).append(s).append('\n');
		line++;
	}

	/** A quoted string of the language: quotes and backslashes escaped, line breaks and other control characters as spaces. */
	public static String q(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '"' || c == '\\') {
				b.append('\\').append(c);
			} else if (Character.isISOControl(c)) {
				b.append(' ');
			} else {
				b.append(c);
			}
		}
		return b.append('"').toString();
	}
}
