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
	/** An import that leads outside the workspace, or is not a plain relative path (a URL, an absolute path…). */
	public static final String IMPORT_OUTSIDE = "import.outside";

	/** Quantities of different dimensions added or compared (亩 with 亿元). */
	public static final String UNIT_DIMENSION = "unit.dimension";
	/** A total that is not the sum of its parts (合计). */
	public static final String SUM_MISMATCH = "sum.mismatch";
	/** Parts listed under 其中 that exceed their total, or a subset larger than its superset. */
	public static final String SUM_OF_WHICH = "sum.of-which";
	/** A share (占比) that is not part / whole. */
	public static final String SHARE_MISMATCH = "share.mismatch";
	/** A stated annual growth rate that does not follow from base and target. */
	public static final String GROWTH_MISMATCH = "growth.mismatch";
	/** A stated cumulative change ([累计]) that is not target − base. */
	public static final String GROWTH_CHANGE = "growth.change";
	/** Stated percentage points per year that are not (target − base) / years. */
	public static final String GROWTH_POINTS = "growth.points";
	/** A declining indicator (逆向指标) whose target is above its base, or growth with a base of zero. */
	public static final String GROWTH_DIRECTION = "growth.direction";
	/** A plan period that ends before it starts, or an outlook year inside the period. */
	public static final String TIME_PERIOD = "time.period";
	/** Phases (近期/中期/远期) with gaps or overlaps, or outside the period and its outlook. */
	public static final String TIME_PHASES = "time.phases";
	/** A target year outside the plan's period and outlook, or a base year after the start. */
	public static final String TIME_YEAR = "time.year";
	/** An actual value for a year that has not yet ended. */
	public static final String TIME_ACTUAL = "time.actual";
	/** Zones whose parts do not fit their area (or do not fill it when declared complete). */
	public static final String SPACE_PARTS = "space.parts";
	/** Phase areas that shrink or do not end at the planned area. */
	public static final String SPACE_PHASES = "space.phases";
	/** A project whose land exceeds its zone's area. */
	public static final String SPACE_PROJECT = "space.project";
	/** Stage investments that do not add up to the project's total. */
	public static final String PROJECT_STAGES = "project.stages";
	/** Stage years outside the project's, project years outside the plan's. */
	public static final String PROJECT_YEARS = "project.years";
	/** A number in the text that contradicts the value it is tied to. */
	public static final String CLAIM_MISMATCH = "claim.mismatch";
	/** A number in the text compatible with, but different from, the value it is tied to. */
	public static final String CLAIM_DIFFERS = "claim.differs";
	/** A claim tied to a value the plan does not state. */
	public static final String CLAIM_NO_VALUE = "claim.no-value";
	/** A count word (八大, 三) that does not match the list it is bound to. */
	public static final String COUNT_MISMATCH = "count.mismatch";
	/** A list or unit declared but never used. */
	public static final String REFERENCE_UNUSED = "reference.unused";
	/** An ack naming a check that does not exist. */
	public static final String ACK_UNKNOWN = "ack.unknown";

	/** Every id, for --only/--disable and ack validation. */
	public static java.util.List<String> all() {
		java.util.List<String> ids = new java.util.ArrayList<>();
		for (java.lang.reflect.Field f : CheckIds.class.getFields()) {
			if (f.getType() == String.class) {
				try {
					ids.add((String) f.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return ids;
	}
}
