package org.lantu.plan.resolve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Column;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorCell;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.TextCell;

/** Places an indicator row's cells under its table's columns (a text cell may span columns). */
public final class IndicatorColumns {
	private IndicatorColumns() {
	}

	/** Cells by the column they stand in; {@code used} columns taken; {@code overflow} cells without a column. */
	public record Placement(Map<IndicatorCell, Column> cells, int used, int overflow) {
	}

	public static IndicatorTable tableOf(Indicator indicator) {
		for (EObject o = indicator.eContainer(); o != null; o = o.eContainer()) {
			if (o instanceof IndicatorTable t) {
				return t;
			}
		}
		return null;
	}

	public static Placement place(Indicator indicator) {
		Map<IndicatorCell, Column> placed = new LinkedHashMap<>();
		IndicatorTable table = tableOf(indicator);
		if (table == null) {
			return new Placement(placed, 0, indicator.getCells().size());
		}
		int column = 0;
		int overflow = 0;
		for (IndicatorCell cell : indicator.getCells()) {
			if (column < table.getColumns().size()) {
				placed.put(cell, table.getColumns().get(column));
			} else {
				overflow++;
			}
			column += span(cell);
		}
		return new Placement(placed, column, overflow);
	}

	static int span(IndicatorCell cell) {
		if (cell instanceof TextCell t && t.getSpan() != null) {
			try {
				return Math.max(1, Integer.parseInt(t.getSpan()));
			} catch (NumberFormatException e) {
				return 1;
			}
		}
		return 1;
	}

	/** The column in words: 2025年目标 / target 2025; 属性 / attribute. */
	public static Text describe(Column c) {
		Text kind = Text.of("column." + c.getKind().getName().toLowerCase(Locale.ROOT));
		return c.getYear() != 0 ? Text.of("column.year", kind, c.getYear()) : kind;
	}
}
