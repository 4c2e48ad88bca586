package org.lantu.plan.validation;

import org.lantu.plan.parser.PlanSyntaxErrorMessages;

/**
 * Stable ids of every diagnostic Lantu reports. They appear in the output as [id], select
 * checks on the command line (--only, --disable) and key quick fixes. docs/checks.md has an
 * entry for each.
 */
public final class CheckIds {
	private CheckIds() {
	}

	/** The text does not follow the grammar. */
	public static final String SYNTAX = PlanSyntaxErrorMessages.SYNTAX;
	/** A name that is used but declared nowhere (or not imported). */
	public static final String REFERENCE_UNRESOLVED = "reference.unresolved";
	/** A file that cannot be read as a plan: missing, not UTF-8, empty. */
	public static final String FILE = "file";
	/** A number or year that cannot be read. */
	public static final String VALUE = PlanSyntaxErrorMessages.VALUE;
	/** A unit that is neither built in nor declared. */
	public static final String UNIT_UNKNOWN = "unit.unknown";
	/** Two elements of one plan with the same name. */
	public static final String NAME_DUPLICATE = "name.duplicate";
	/** An indicator row with more cells than its table has columns, or cells outside a table. */
	public static final String TABLE_CELLS = "table.cells";
	/** A cell whose kind does not fit its column (an attribute in a year column…). */
	public static final String TABLE_CELL_KIND = "table.cell-kind";
	/** A box, table, figure, annex, chapter, section or task number used twice. */
	public static final String NUMBERING_DUPLICATE = "numbering.duplicate";
	/** A number skipped in a sequence (专栏 5 after 专栏 3). */
	public static final String NUMBERING_GAP = "numbering.gap";
	/** A number smaller than one before it (专栏 6 before 专栏 5). */
	public static final String NUMBERING_ORDER = "numbering.order";
	/** An imported file that does not exist or is not a plan. */
	public static final String IMPORT_MISSING = "import.missing";
}
