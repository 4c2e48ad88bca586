package org.lantu.plan.render.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lantu.plan.render.Labels;
import org.lantu.plan.render.document.Document.Block;
import org.lantu.plan.render.document.Document.Caption;
import org.lantu.plan.render.document.Document.Division;
import org.lantu.plan.render.document.Document.DivisionKind;
import org.lantu.plan.render.document.Document.Fact;
import org.lantu.plan.render.document.Document.Header;
import org.lantu.plan.render.document.Document.IndicatorFacts;
import org.lantu.plan.render.document.Document.ProjectFacts;

/**
 * The words an official document (GB/T 9704) adds to the plan, in the reader's language, shared by
 * its writers (Word, PDF) so that both say the same: the issuer's mark, the addressees line, the
 * annex list and labels, the signature's place over the date, captions and box titles ("表1　…"
 * with no space in Chinese), and the one-line facts of indicators and projects.
 */
public final class OfficialText {

	private final boolean english;
	private final Labels labels;

	public OfficialText(Document document) {
		this.english = document.lang().equals("en");
		this.labels = Labels.of(english ? "en" : "zh");
	}

	public boolean english() {
		return english;
	}

	public Labels labels() {
		return labels;
	}

	/** "乐山市人民政府文件": only when the plan states an issuer and a document number; else null. */
	public String issuerMark(Header h) {
		return h.issuer() != null && h.number() != null ? h.issuer() + (english ? "" : "文件") : null;
	}

	/** The mark's size in points: 小初 (36 pt) unless the mark would not fit on one line of the text block. */
	public static double issuerMarkSize(String mark) {
		double fits = Typesetting.TEXT_WIDTH / 20.0 / Math.max(1, Typesetting.width(mark));
		return fits < 36 ? Math.max(16, Math.floor(fits)) : 36;
	}

	/** "各区、市、县人民政府，市级各部门：", or null when the plan names no addressee. */
	public String addressees(Header h) {
		return h.addressees().isEmpty() ? null : String.join("，", h.addressees()) + (english ? ":" : "：");
	}

	/** The annexes, which follow the signature on pages of their own wherever the plan puts them. */
	public static List<Division> annexes(List<Block> body) {
		return body.stream().filter(b -> b instanceof Division d && d.kind() == DivisionKind.ANNEX).map(Division.class::cast).toList();
	}

	/** "附件：" */
	public String annexListLabel() {
		return english ? "Annexes: " : "附件：";
	}

	/** The entries of the annex list (附件说明), one a line: "1．重点项目表" (no number for a single annex). */
	public List<String> annexList(List<Division> annexes) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < annexes.size(); i++) {
			lines.add((annexes.size() == 1 ? "" : (i + 1) + (english ? ". " : "．")) + Objects.toString(annexes.get(i).title(), ""));
		}
		return lines;
	}

	/** "附件1" for the {@code index}th of {@code count} annexes (its own number when it has one). */
	public String annexLabel(Division annex, int index, int count) {
		String number = annex.number() != null ? annex.number() : count == 1 ? "" : String.valueOf(index + 1);
		return (english ? "Annex " : "附件") + number;
	}

	/** The date below the signature: the signature's own, else the plan's 成文日期; null when there is none. */
	public static String closingDate(Header h) {
		Document.Date date = h.signedDate() != null ? h.signedDate() : h.date();
		return date == null ? null : date.chinese();
	}

	/** The signature's distance from the right margin, in characters: centred over the date, which stands four characters in. */
	public static double signatureIndent(String signedBy, String date) {
		double over = date == null ? 0 : (Typesetting.width(date) - Typesetting.width(signedBy)) / 2;
		return Math.max(0, 4 + over);
	}

	/** "表1　标题" (Chinese: no space before the number), "Table 1　Title". */
	public String caption(Caption c) {
		return c.label() + (c.number() == null ? "" : (english ? " " : "") + c.number()) + "　" + Objects.toString(c.title(), "");
	}

	/** An indicator table's caption: its title alone when it has no number. */
	public String gridCaption(Caption c) {
		return c.number() == null ? Objects.toString(c.title(), "") : caption(c);
	}

	/** "专栏1　标题" */
	public String boxTitle(Division box) {
		return labels.get("box") + (box.number() == null ? "" : (english ? " " : "") + box.number()) + "　" + Objects.toString(box.title(), "");
	}

	/** "注：" */
	public String notePrefix() {
		return labels.get("note") + colon();
	}

	/** The name that starts an item's paragraph: "起步区：". */
	public String itemName(String name) {
		return name + colon();
	}

	/** An indicator stated outside a table: its name with its unit, and its values on one line. */
	public String indicatorName(IndicatorFacts i) {
		return i.name() + (i.unit() == null ? "" : "（" + i.unit() + "）");
	}

	public String indicatorLine(IndicatorFacts i) {
		List<String> parts = new ArrayList<>();
		i.facts().forEach(f -> parts.add(f.label() + " " + f.value()));
		i.notes().forEach(n -> parts.add(labels.get("note") + "：" + n));
		return parts.isEmpty() ? labels.get("no-values") : String.join("；", parts);
	}

	/** A project's facts on one line: "总投资 10亿元；占地 200亩；一期 …". */
	public static String projectLine(ProjectFacts p) {
		List<String> parts = new ArrayList<>();
		for (Fact f : p.rows()) {
			parts.add(f.label() + " " + f.value());
		}
		return String.join("；", parts);
	}

	/** The facts of a zone, phase, task… on one line. */
	public static String factsLine(List<String> lines) {
		return String.join("；", lines);
	}

	private String colon() {
		return english ? ": " : "：";
	}
}
