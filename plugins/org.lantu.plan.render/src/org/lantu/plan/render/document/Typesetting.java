package org.lantu.plan.render.document;

import java.util.Objects;

import org.lantu.plan.render.document.Document.Category;
import org.lantu.plan.render.document.Document.Grid;
import org.lantu.plan.render.document.Document.GridCell;
import org.lantu.plan.render.document.Document.IndicatorRow;

/** What the official document's writers (Word, PDF) share: how wide text is, what XML can hold of it, how wide a grid's columns are. */
public final class Typesetting {
	private Typesetting() {
	}

	/** The text block's width (156 mm, GB/T 9704) in twips, 1/20 pt. */
	public static final int TEXT_WIDTH = (int) Math.round(156 * 1440 / 25.4);

	/** Width in characters: a CJK character is one, a Latin letter or digit a little over half (fonts differ). */
	public static double width(String s) {
		double w = 0;
		for (int i = 0; i < s.length(); i++) {
			w += s.charAt(i) < 0x2E80 ? 0.6 : 1;
		}
		return w;
	}

	/** {@code s} without the characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE and U+FFFF). */
	public static String xmlText(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				b.append(c).append(s.charAt(++i));
			} else if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** A 小四 (12 pt) character in a table, in twips. */
	private static final int TABLE_CHAR = 240;

	/**
	 * Column widths of an indicator grid, in twips, that fill {@code width}: each column as wide as its longest cell (a header may
	 * take three lines, a category too), the indicator's name the rest; when the other columns need
	 * more than leaves the name a quarter of the table, they shrink in proportion.
	 */
	public static int[] gridWidths(Grid g, int width) {
		int columns = g.columns().size();
		double[] need = new double[columns];
		for (int c = 0; c < columns; c++) {
			need[c] = Math.max(2, width(g.columns().get(c).label()) / 3);
		}
		int name = (g.categories() ? 1 : 0) + (g.numbered() ? 1 : 0);
		for (Category category : g.groups()) {
			if (g.categories()) {
				need[0] = Math.max(need[0], Math.min(width(Objects.toString(category.title(), "")), 3));
			}
			for (IndicatorRow row : category.rows()) {
				if (g.numbered()) {
					need[name - 1] = Math.max(need[name - 1], width(Objects.toString(row.number(), "")));
				}
				need[name + 1] = Math.max(need[name + 1], width(Objects.toString(row.unit(), "")));
				int c = name + 2;
				for (GridCell cell : row.cells()) {
					if (c < columns && cell.span() == 1) {
						need[c] = Math.max(need[c], width(cell.text()));
					}
					c += cell.span();
				}
			}
		}
		int[] w = new int[columns];
		int others = 0;
		for (int c = 0; c < columns; c++) {
			// 小四 (12 pt) characters, the cell's margins and a little air
			w[c] = (int) Math.ceil(need[c] * TABLE_CHAR) + 2 * 57 + 60;
			others += c == name ? 0 : w[c];
		}
		int room = width - width / 4;
		if (others > room) {
			int scaled = 0;
			for (int c = 0; c < columns; c++) {
				if (c != name) {
					scaled += w[c] = (int) ((long) w[c] * room / others);
				}
			}
			others = scaled;
		}
		w[name] = width - others;
		return w;
	}
}
