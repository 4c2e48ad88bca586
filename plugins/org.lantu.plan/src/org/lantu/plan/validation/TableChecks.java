package org.lantu.plan.validation;

import org.eclipse.xtext.validation.Check;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.AttributeCell;
import org.lantu.plan.plan.ColumnKind;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorCell;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.NotApplicableCell;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.TextCell;
import org.lantu.plan.resolve.IndicatorColumns;

/**
 * table.cells, table.cell-kind: an indicator row has no more cells than its table has columns
 * (a text cell may span several with {@code span N}), and each cell fits its column.
 */
public class TableChecks extends CheckFamily {

	@Check
	public void cellsFitColumns(Indicator indicator) {
		if (indicator.getCells().isEmpty()) {
			return;
		}
		IndicatorTable table = IndicatorColumns.tableOf(indicator);
		if (table == null) {
			report(CheckType.TABLE_CELLS, Text.of("table.cells.outside", indicator.getName()), indicator, PlanPackage.Literals.INDICATOR__CELLS, null);
			return;
		}
		var placed = IndicatorColumns.place(indicator);
		if (placed.overflow() > 0) {
			report(CheckType.TABLE_CELLS, Text.of("table.cells.too-many", indicator.getName(), placed.used(), table.getColumns().size()), indicator,
					PlanPackage.Literals.INDICATOR__CELLS, null);
		}
		for (var entry : placed.cells().entrySet()) {
			IndicatorCell cell = entry.getKey();
			ColumnKind kind = entry.getValue().getKind();
			boolean attributeColumn = kind == ColumnKind.ATTRIBUTE;
			if (cell instanceof AttributeCell != attributeColumn && !(cell instanceof TextCell)
					&& !(cell instanceof NotApplicableCell)) {
				report(CheckType.TABLE_CELL_KIND, Text.of(attributeColumn ? "table.cell-kind.value" : "table.cell-kind.attribute", indicator.getName(),
						IndicatorColumns.describe(entry.getValue())), cell, null, null);
			}
		}
	}
}
