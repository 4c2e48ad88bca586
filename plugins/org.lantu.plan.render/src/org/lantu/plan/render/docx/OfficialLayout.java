package org.lantu.plan.render.docx;

import org.lantu.plan.render.document.Typesetting;

/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in Word's units (twips, 1/20 pt; font sizes in half
 * points), and the named styles an official document is made of. Word and WPS list the styles by
 * their Chinese names, so the author restyles the whole document in one place.
 */
final class OfficialLayout {
	private OfficialLayout() {
	}

	static int twips(double mm) {
		return (int) Math.round(mm * 1440 / 25.4);
	}

	static final int PAGE_WIDTH = twips(210);
	static final int PAGE_HEIGHT = twips(297);
	static final int MARGIN_TOP = twips(37);
	static final int MARGIN_LEFT = twips(28);
	/** The text block (版心) is 156 × 225 mm. */
	static final int TEXT_WIDTH = Typesetting.TEXT_WIDTH;
	static final int TEXT_HEIGHT = twips(225);
	static final int MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH;
	static final int MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - TEXT_HEIGHT;
	/** The page number's line: its top 7 mm below the text block, a 4号 (14 pt) line high. */
	static final int FOOTER = MARGIN_BOTTOM - twips(7) - 14 * 20;
	static final int LINES = 22;
	static final int CHARS = 28;
	/** 22 lines fill the text block: the pitch rounded down, so that the 22nd fits. */
	static final int LINE_PITCH = TEXT_HEIGHT / LINES;
	/** 3号 (16 pt) body text, in half points. */
	static final int BODY_SIZE = 32;
	/** One body character (16 pt), the unit of indents ("空二字"). */
	static final int CHAR = BODY_SIZE * 10;
	/**
	 * 28 characters fill a line: each character is followed by this much space (twips, negative:
	 * a 16 pt character advances a little less). Word's character grid would do the same, but
	 * LibreOffice lays a character wider than a grid cell over two cells, halving the line; a
	 * spacing is read alike by Word, WPS and LibreOffice.
	 */
	static final int CHARACTER_SPACING = Math.floorDiv(TEXT_WIDTH, CHARS) - CHAR;
	static final String RED = "FF0000";
	/** A paragraph whose lines are as high as its text needs, not a grid line (tables, captions, the issuer's mark). */
	private static final String OFF_GRID = "<w:snapToGrid w:val=\"0\"/>";

	/** Style ids (what the document refers to) and their Chinese names (what Word shows). */
	enum Style {
		ISSUER("LantuIssuer", "发文机关标志"), DOC_NUMBER("LantuDocNumber", "发文字号"), TITLE("LantuTitle", "公文标题"), ADDRESSEE("LantuAddressee", "主送机关"),
		CHAPTER("LantuChapter", "章标题"), SECTION("LantuSection", "节标题"), HEADING1("LantuHeading1", "一级标题"), HEADING2("LantuHeading2", "二级标题"),
		HEADING3("LantuHeading3", "三级标题"), HEADING4("LantuHeading4", "四级标题"), BOX_TITLE("LantuBoxTitle", "专栏标题"), BOX_TEXT("LantuBoxText", "专栏正文"),
		TABLE_CAPTION("LantuTableCaption", "表题"), TABLE_TEXT("LantuTableText", "表格文字"), TABLE_HEAD("LantuTableHead", "表头"), NOTE("LantuNote", "注释"),
		FIGURE_CAPTION("LantuFigureCaption", "图题"), ANNEX_NOTE("LantuAnnexNote", "附件说明"), SIGNATURE("LantuSignature", "发文机关署名"),
		DATE("LantuDate", "成文日期"), ANNEX_LABEL("LantuAnnexLabel", "附件标识"), PAGE_NUMBER("LantuPageNumber", "页码"), RUN_IN("LantuRunIn", "段首标题"),
		ITEM("LantuItem", "条目名称"), GRID("LantuGrid", "指标表"), BOX("LantuBox", "专栏框");

		final String id;
		final String chinese;

		Style(String id, String chinese) {
			this.id = id;
			this.chinese = chinese;
		}
	}

	/** styles.xml: the defaults (3号仿宋, exact line pitch, two-character first-line indent) and every named style. */
	static String styles(OfficialFonts f) {
		StringBuilder s = new StringBuilder(8192);
		s.append("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(f.body(), f)).append(spacing()).append("<w:sz w:val=\"").append(BODY_SIZE).append("\"/><w:szCs w:val=\"")
				.append(BODY_SIZE).append("\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
				.append("<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");
		// Normal: the body (正文), justified, exactly one grid line high, first line indented two characters
		s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/>")
				.append(exact(LINE_PITCH)).append(firstLine(2)).append("<w:jc w:val=\"both\"/></w:pPr><w:rPr>").append(fonts(f.body(), f))
				.append(spacing()).append(size(BODY_SIZE)).append("</w:rPr></w:style>");
		s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>");
		s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
		paragraph(s, Style.ISSUER, OFF_GRID + "<w:spacing w:before=\"" + twips(35) + "\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent() + center(),
				fonts(f.title(), f) + "<w:color w:val=\"" + RED + "\"/>" + size(72));
		paragraph(s, Style.DOC_NUMBER,
				"<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"" + RED + "\"/></w:pBdr><w:spacing w:before=\"" + 2 * LINE_PITCH
						+ "\" w:after=\"0\" w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/>" + noIndent() + center(),
				"");
		paragraph(s, Style.TITLE, "<w:spacing w:before=\"" + 2 * LINE_PITCH + "\" w:after=\"" + LINE_PITCH + "\" w:line=\"" + 700 + "\" w:lineRule=\"exact\"/>"
				+ noIndent() + center(), fonts(f.title(), f) + size(44));
		paragraph(s, Style.ADDRESSEE, noIndent(), "");
		heading(s, Style.CHAPTER, 0, noIndent() + center(), fonts(f.hei(), f));
		heading(s, Style.SECTION, 1, noIndent() + center(), fonts(f.kai(), f));
		heading(s, Style.HEADING1, 1, "", fonts(f.hei(), f));
		heading(s, Style.HEADING2, 2, "", fonts(f.kai(), f));
		heading(s, Style.HEADING3, 3, "", "");
		heading(s, Style.HEADING4, 4, "", "");
		paragraph(s, Style.BOX_TITLE, "<w:keepNext/>" + OFF_GRID + "<w:spacing w:before=\"60\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent() + center(),
				fonts(f.hei(), f) + size(28));
		paragraph(s, Style.BOX_TEXT, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"440\" w:lineRule=\"exact\"/>", size(28));
		paragraph(s, Style.TABLE_CAPTION, "<w:keepNext/>" + OFF_GRID + "<w:spacing w:before=\"" + LINE_PITCH / 2 + "\" w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/>"
				+ noIndent() + center(), fonts(f.hei(), f));
		paragraph(s, Style.TABLE_TEXT, OFF_GRID + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent() + center(), size(24));
		s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(Style.TABLE_HEAD.id).append("\"><w:name w:val=\"")
				.append(Style.TABLE_HEAD.chinese).append("\"/><w:basedOn w:val=\"").append(Style.TABLE_TEXT.id).append("\"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr>")
				.append(fonts(f.hei(), f)).append("</w:rPr></w:style>");
		paragraph(s, Style.NOTE, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"440\" w:lineRule=\"exact\"/>", size(28));
		paragraph(s, Style.FIGURE_CAPTION, OFF_GRID + "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>" + noIndent() + center(),
				fonts(f.hei(), f) + size(28));
		paragraph(s, Style.ANNEX_NOTE, "<w:spacing w:before=\"" + LINE_PITCH + "\"/><w:ind w:left=\"" + 5 * CHAR + "\" w:hanging=\"" + 3 * CHAR + "\"/>", "");
		paragraph(s, Style.SIGNATURE, "<w:keepNext/><w:spacing w:before=\"" + 2 * LINE_PITCH + "\"/>" + noIndent() + "<w:jc w:val=\"right\"/>", "");
		paragraph(s, Style.DATE, "<w:ind w:right=\"" + 4 * CHAR + "\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>", "");
		paragraph(s, Style.ANNEX_LABEL, "<w:keepNext/><w:pageBreakBefore/>" + noIndent() + "<w:jc w:val=\"left\"/>", fonts(f.hei(), f));
		paragraph(s, Style.PAGE_NUMBER, OFF_GRID + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>", fonts(f.song(), f) + size(28));
		s.append("<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"").append(Style.RUN_IN.id).append("\"><w:name w:val=\"").append(Style.RUN_IN.chinese)
				.append("\"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>");
		s.append("<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"").append(Style.ITEM.id).append("\"><w:name w:val=\"").append(Style.ITEM.chinese)
				.append("\"/><w:qFormat/><w:rPr>").append(fonts(f.hei(), f)).append("</w:rPr></w:style>");
		table(s, Style.GRID, 4, 57);
		table(s, Style.BOX, 8, 170);
		return s.append("</w:styles>").toString();
	}

	private static void paragraph(StringBuilder s, Style style, String pPr, String rPr) {
		s.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(style.id).append("\"><w:name w:val=\"").append(style.chinese)
				.append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>").append(pPr).append("</w:pPr><w:rPr>").append(rPr).append("</w:rPr></w:style>");
	}

	/** A heading: kept with what follows, in the outline at {@code level} (a paragraph may set another). */
	private static void heading(StringBuilder s, Style style, int level, String pPr, String rPr) {
		paragraph(s, style, "<w:keepNext/><w:keepLines/>" + pPr + "<w:outlineLvl w:val=\"" + level + "\"/>", rPr);
	}

	private static void table(StringBuilder s, Style style, int border, int margin) {
		String line = "w:val=\"single\" w:sz=\"" + border + "\" w:space=\"0\" w:color=\"000000\"/>";
		s.append("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"").append(style.id).append("\"><w:name w:val=\"").append(style.chinese)
				.append("\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:jc w:val=\"center\"/><w:tblBorders><w:top ").append(line).append("<w:left ").append(line)
				.append("<w:bottom ").append(line).append("<w:right ").append(line).append("<w:insideH ").append(line).append("<w:insideV ").append(line)
				.append("</w:tblBorders><w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"").append(margin).append("\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"")
				.append(margin).append("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tcPr><w:vAlign w:val=\"center\"/></w:tcPr></w:style>");
	}

	/** The East Asian slot names the Chinese font; Latin letters and digits use the Western one. */
	static String fonts(String eastAsian, OfficialFonts f) {
		return "<w:rFonts w:ascii=\"" + xml(f.latin()) + "\" w:hAnsi=\"" + xml(f.latin()) + "\" w:eastAsia=\"" + xml(eastAsian) + "\" w:cs=\"" + xml(f.latin())
				+ "\" w:hint=\"eastAsia\"/>";
	}

	private static String spacing() {
		return "<w:spacing w:val=\"" + CHARACTER_SPACING + "\"/>";
	}

	private static String size(int halfPoints) {
		return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
	}

	private static String exact(int line) {
		return "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + line + "\" w:lineRule=\"exact\"/>";
	}

	private static String firstLine(int chars) {
		return "<w:ind w:firstLineChars=\"" + chars * 100 + "\" w:firstLine=\"" + chars * CHAR + "\"/>";
	}

	private static String noIndent() {
		return "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
	}

	private static String center() {
		return "<w:jc w:val=\"center\"/>";
	}

	static String xml(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
