package org.lantu.plan.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One working table (indicators, projects, zones…): columns with a stable key and a label, and
 * rows of cells. A cell is
 * text, or a number with the number of decimals it was written with; units have their own column.
 */
public record Sheet(String name, String title, List<String> keys, List<String> columns, List<List<Sheet.Cell>> rows) {

	/** A cell: a number (with decimals) or a text; empty when both are null. */
	public record Cell(BigDecimal number, int decimals, String text) {

		public static final Cell EMPTY = new Cell(null, 0, null);

		public static Cell of(String text) {
			return text == null || text.isEmpty() ? EMPTY : new Cell(null, 0, text);
		}

		public static Cell of(BigDecimal number) {
			if (number == null) {
				return EMPTY;
			}
			BigDecimal n = number.stripTrailingZeros();
			return new Cell(number, Math.max(0, n.scale()), null);
		}

		public static Cell of(long number) {
			return new Cell(BigDecimal.valueOf(number), 0, null);
		}

		public boolean isNumber() {
			return number != null;
		}

		public boolean isEmpty() {
			return number == null && text == null;
		}

		/** The cell as plain text: the number without exponent, or the text. */
		public String plain() {
			if (number != null) {
				BigDecimal n = number.stripTrailingZeros();
				return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
			}
			return text == null ? "" : text;
		}
	}

	/** A sheet whose column labels are its keys. */
	public Sheet(String name, List<String> columns) {
		this(name, name, columns, columns, new ArrayList<>());
	}

	/**
	 * A sheet with a stable name and column keys (for JSON), and a title and column labels in the
	 * document's language (for the Markdown headings and the workbook's tabs).
	 */
	public Sheet(String name, String title, List<String> keys, List<String> columns) {
		this(name, title, keys, columns, new ArrayList<>());
	}

	public void add(Cell... cells) {
		if (cells.length != columns.size()) {
			throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + columns.size() + " columns");
		}
		rows.add(List.of(cells));
	}
}
