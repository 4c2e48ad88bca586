package org.lantu.plan.api;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.evaluate.Evaluator;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Annex;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Category;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Element;
import org.lantu.plan.plan.Figure;
import org.lantu.plan.plan.Group;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.Organisation;
import org.lantu.plan.plan.Phase;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.Stage;
import org.lantu.plan.plan.Table;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.plan.YearRange;
import org.lantu.plan.plan.Zone;

/**
 * The plan as a document, for an outline: chapters, sections, boxes, tables and indicator tables
 * (with their categories and rows), phases, zones, industries, projects and tasks where they stand,
 * each labelled as the published document labels it (第一章 发展基础, （一）…, 专栏1 …, in the plan's
 * own numbering style, {@link Numbering}); the lists that are not part of the text (the units named
 * as lead or support units, the declared units of measure) under nodes of their own at the end.
 * Paragraphs, notes and the relations between numbers (合计, 其中, 占比, 认可) are not shown.
 */
public final class PlanOutline {

	/** What a node stands for (an editor chooses its icon by it). */
	public enum Kind {
		PLAN, CHAPTER, SECTION, BOX, ANNEX, TABLE, INDICATOR_TABLE, CATEGORY, INDICATOR, FIGURE, GROUP, PHASE, ZONE, INDUSTRY, PROJECT,
		STAGE, TASK, ORGANISATION, UNIT, LIST
	}

	/**
	 * One node: its label as the document shows it, a short detail (a unit, an area, an
	 * investment, years; empty when there is none), the plan element it stands for (null for the
	 * nodes that only gather a list) and its children in the order they are written.
	 */
	public record Node(Kind kind, String label, String detail, EObject element, List<Node> children) {
	}

	private final Plan plan;
	private final Lang lang;
	/** Gathered from wherever they stand: the bare lead and support units, the unit declarations. */
	private final List<Node> organisations = new ArrayList<>();
	private final List<Node> units = new ArrayList<>();

	private PlanOutline(Plan plan, Lang lang) {
		this.plan = plan;
		this.lang = lang;
	}

	/** The outline of a plan, its labels in the reader's language. */
	public static Node of(Plan plan, Lang lang) {
		return new PlanOutline(plan, lang).plan();
	}

	private Node plan() {
		List<Node> children = children(plan.getElements(), 0);
		if (!organisations.isEmpty()) {
			children.add(new Node(Kind.LIST, say("outline.organisations"), String.valueOf(organisations.size()), null, organisations));
		}
		if (!units.isEmpty()) {
			children.add(new Node(Kind.LIST, say("outline.units"), String.valueOf(units.size()), null, units));
		}
		return new Node(Kind.PLAN, DisplayNames.shownOf(plan.getName(), plan.getTitle()), plan.getIssuer() == null ? "" : plan.getIssuer(), plan, children);
	}

	/** The nodes of a list of elements at a numbering depth (0 = chapters), gathered lists apart. */
	private void elements(List<Element> elements, int depth, List<Node> into) {
		for (Element e : elements) {
			Node node = node(e, depth);
			if (node != null) {
				into.add(node);
			}
		}
	}

	private List<Node> children(List<Element> elements, int depth) {
		List<Node> nodes = new ArrayList<>();
		elements(elements, depth, nodes);
		return nodes;
	}

	private Node node(Element e, int depth) {
		if (e instanceof Chapter c) {
			return new Node(Kind.CHAPTER, numbered(0, c.getNumber(), c.getTitle()), "", c, children(c.getElements(), 1));
		} else if (e instanceof Annex a) {
			return new Node(Kind.ANNEX, titled("outline.annex", a.getNumber(), a.getTitle()), "", a, children(a.getElements(), 1));
		} else if (e instanceof Section s) {
			return new Node(Kind.SECTION, numbered(depth, s.getNumber(), s.getTitle()), "", s, children(s.getElements(), depth + 1));
		} else if (e instanceof Box b) {
			return new Node(Kind.BOX, titled("outline.box", b.getNumber(), b.getTitle()), "", b, children(b.getElements(), depth + 1));
		} else if (e instanceof Table t) {
			List<Node> rows = t.getIndicators() == null ? List.of() : rows(t.getIndicators());
			return new Node(t.getIndicators() == null ? Kind.TABLE : Kind.INDICATOR_TABLE, titled("outline.table", t.getNumber(), t.getTitle()), "", t, rows);
		} else if (e instanceof IndicatorTable it) {
			String title = it.getTitle() == null ? say("outline.indicators") : it.getTitle();
			return new Node(Kind.INDICATOR_TABLE, titled("outline.table", it.getNumber(), title), "", it, rows(it));
		} else if (e instanceof Figure f) {
			return new Node(Kind.FIGURE, titled("outline.figure", f.getNumber(), f.getTitle()), "", f, List.of());
		} else if (e instanceof Indicator i) {
			return indicator(i);
		} else if (e instanceof Group g) {
			return new Node(Kind.GROUP, DisplayNames.shownOf(g.getName(), g.getTitle()), String.valueOf(g.getMembers().size()), g, List.of());
		} else if (e instanceof Phase p) {
			return new Node(Kind.PHASE, DisplayNames.shownOf(p.getName(), p.getTitle()), years(p.getRange()), p, children(p.getElements(), depth + 1));
		} else if (e instanceof Zone z) {
			return new Node(Kind.ZONE, DisplayNames.shownOf(z.getName(), z.getTitle()), written(z.getArea()), z, children(z.getElements(), depth + 1));
		} else if (e instanceof Industry in) {
			return new Node(Kind.INDUSTRY, DisplayNames.shownOf(in.getName(), in.getTitle()), in.getKind() == null ? "" : in.getKind(), in,
					children(in.getElements(), depth + 1));
		} else if (e instanceof Project p) {
			List<Node> children = new ArrayList<>();
			for (Stage s : p.getStages()) {
				children.add(new Node(Kind.STAGE, DisplayNames.shownOf(s.getName(), s.getTitle()), written(s.getInvestment()), s, List.of()));
			}
			elements(p.getElements(), depth + 1, children);
			return new Node(Kind.PROJECT, DisplayNames.shownOf(p.getName(), p.getTitle()), written(p.getInvestment()), p, children);
		} else if (e instanceof Task t) {
			return new Node(Kind.TASK, numbered(depth, t.getNumber(), t.getTitle()), t.getDeadline() == 0 ? "" : String.valueOf(t.getDeadline()), t,
					children(t.getElements(), depth + 1));
		} else if (e instanceof Organisation o) {
			List<Node> held = children(o.getElements(), depth + 1);
			Node node = new Node(Kind.ORGANISATION, DisplayNames.shownOf(o.getName(), o.getTitle()), o.getHead() == null ? "" : o.getHead(), o, held);
			boolean bare = o.getHead() == null && o.getMembers().isEmpty() && o.getCadence() == null && o.getElements().isEmpty();
			if (bare) {
				organisations.add(node); // a unit named as a lead or support unit: listed, not part of the text
				return null;
			}
			return node;
		} else if (e instanceof UnitDecl u) {
			String definition = u.getBase() == null || u.getFactor() == null ? "" : "= " + u.getFactor().toPlainString() + " " + u.getBase();
			units.add(new Node(Kind.UNIT, u.getName() == null ? "" : u.getName(), definition, u, List.of()));
			return null;
		}
		return null; // paragraphs, notes, 合计/其中/占比, 认可
	}

	private List<Node> rows(IndicatorTable table) {
		List<Node> rows = new ArrayList<>();
		for (Category category : table.getGroups()) {
			List<Node> indicators = category.getIndicators().stream().map(this::indicator).toList();
			if (category.getTitle() == null) {
				rows.addAll(indicators);
			} else {
				rows.add(new Node(Kind.CATEGORY, category.getTitle(), String.valueOf(indicators.size()), category, indicators));
			}
		}
		return rows;
	}

	private Node indicator(Indicator i) {
		return new Node(Kind.INDICATOR, DisplayNames.shownOf(i.getName(), i.getTitle()), i.getUnit() == null ? "" : i.getUnit(), i, List.of());
	}

	private String numbered(int depth, String number, String title) {
		return Numbering.heading(plan.getNumbering(), depth, number, title);
	}

	/** 专栏1　…, 表2　…, 图3　…, 附件1　…: the kind's word and its number before the title. */
	private String titled(String key, String number, String title) {
		return Numbering.join(say(key, number == null ? "" : number).strip(), title);
	}

	private String say(String key, Object... args) {
		return Messages.say(lang, key, args);
	}

	private static String years(YearRange range) {
		if (range == null) {
			return "";
		}
		return range.getFrom() == 0 ? "—" + range.getTo() : range.getTo() == 0 ? String.valueOf(range.getFrom()) : range.getFrom() + "—" + range.getTo();
	}

	private static String written(EObject quantity) {
		return quantity == null ? "" : Evaluator.written(quantity);
	}
}
