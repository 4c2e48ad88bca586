package org.lantu.plan.findings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every check Lantu runs, declared once: its id (shown as [id], selected by --only and --disable,
 * named by ack, keyed on by quick fixes), its family, what decides its severity, whether a quick
 * fix can apply the value it computes, and its title in both languages. The command line, the
 * quick fixes, SARIF rules and the catalogue tests read this list; {@code docs/checks.md} has an
 * entry for each id (a test keeps the two in step).
 * <p>
 * To add a check: add a constant here, report it from the family's validator class
 * ({@code CheckFamily.report}), describe it in {@code docs/checks.md} and the guide's table, and
 * test it (see {@code docs/architecture.md}, "Adding a check").
 */
public enum CheckType {
	// reading: the file and its syntax
	FILE("file", Family.FILES, Level.ERROR, Grading.FIXED, false, "文件无法读取", "File cannot be read"),
	SYNTAX("syntax", Family.FILES, Level.ERROR, Grading.FIXED, false, "语法错误", "Syntax error"),
	VALUE("value", Family.FILES, Level.ERROR, Grading.FIXED, true, "数字或年份无法读取", "Number or year cannot be read"),
	/** A check failed on an element (a defect of Lantu's, not of the plan): said where, the other checks go on. */
	INTERNAL("internal", Family.FILES, Level.ERROR, Grading.FIXED, false, "检查未能完成（蓝图内部错误）", "A check did not finish (internal error)"),

	// names, references, imports
	REFERENCE_UNRESOLVED("reference.unresolved", Family.NAMES, Level.ERROR, Grading.FIXED, false, "名称未声明", "Unknown name"),
	REFERENCE_KIND("reference.kind", Family.NAMES, Level.ERROR, Grading.FIXED, false, "引用的元素种类不对", "Reference to the wrong kind of element"),
	REFERENCE_UNUSED("reference.unused", Family.NAMES, Level.WARNING, Grading.FIXED, false, "单位声明后未被使用", "Unit declared but not used"),
	NAME_DUPLICATE("name.duplicate", Family.NAMES, Level.ERROR, Grading.FIXED, false, "名称重复", "Name declared twice"),
	IMPORT_MISSING("import.missing", Family.NAMES, Level.ERROR, Grading.FIXED, false, "引入的规划文件不存在", "Imported plan missing"),
	IMPORT_OUTSIDE("import.outside", Family.NAMES, Level.ERROR, Grading.FIXED, false, "引入路径超出工作区", "Import outside the workspace"),
	ACK_UNKNOWN("ack.unknown", Family.NAMES, Level.WARNING, Grading.FIXED, false, "认可了不存在的检查", "Ack of an unknown check"),

	// units and tables
	UNIT_UNKNOWN("unit.unknown", Family.UNITS, Level.ERROR, Grading.FIXED, false, "未知单位", "Unknown unit"),
	UNIT_FACTOR("unit.factor", Family.UNITS, Level.ERROR, Grading.FIXED, false, "单位换算系数不是正数", "Unit factor not positive"),
	UNIT_DIMENSION("unit.dimension", Family.UNITS, Level.ERROR, Grading.BY_INDICATOR, false, "量纲不一致", "Units of different dimensions"),
	TABLE_CELLS("table.cells", Family.TABLES, Level.ERROR, Grading.FIXED, false, "单元格数与表列不符", "Cells do not fit the table"),
	TABLE_CELL_KIND("table.cell-kind", Family.TABLES, Level.ERROR, Grading.FIXED, false, "单元格与所在列不符", "Cell does not fit its column"),

	// numbering of boxes, tables, chapters, tasks
	NUMBERING_DUPLICATE("numbering.duplicate", Family.NUMBERING, Level.WARNING, Grading.FIXED, true, "编号重复", "Number used twice"),
	NUMBERING_GAP("numbering.gap", Family.NUMBERING, Level.WARNING, Grading.FIXED, true, "编号跳号", "Number skipped"),
	NUMBERING_ORDER("numbering.order", Family.NUMBERING, Level.WARNING, Grading.FIXED, true, "编号顺序颠倒", "Numbers out of order"),

	// sums and shares
	SUM_MISMATCH("sum.mismatch", Family.SUMS, Level.ERROR, Grading.BY_INDICATOR, true, "合计与分项之和不符", "Total is not the sum of its parts"),
	SUM_OF_WHICH("sum.of-which", Family.SUMS, Level.ERROR, Grading.BY_INDICATOR, false, "其中项超过总数", "Parts exceed their total"),
	SHARE_MISMATCH("share.mismatch", Family.SUMS, Level.ERROR, Grading.BY_INDICATOR, true, "占比与分子分母不符", "Share is not part / whole"),
	RATIO_TOTAL("ratio.total", Family.SUMS, Level.ERROR, Grading.BY_INDICATOR, false, "结构比例各项合计不为100", "Ratio of percentages does not total 100"),
	RATIO_MISMATCH("ratio.mismatch", Family.SUMS, Level.ERROR, Grading.BY_INDICATOR, true, "比例与各项数值不符", "Ratio does not match its terms"),
	RATIO_MISPLACED("ratio.misplaced", Family.SUMS, Level.ERROR, Grading.FIXED, false, "比例写在了不能写比例的地方", "Ratio where an amount is expected"),

	// growth
	GROWTH_MISMATCH("growth.mismatch", Family.GROWTH, Level.ERROR, Grading.BY_INDICATOR, true, "年均增速与基期、目标不符", "Annual growth does not follow"),
	GROWTH_CHANGE("growth.change", Family.GROWTH, Level.ERROR, Grading.BY_INDICATOR, true, "累计变化与基期、目标不符", "Cumulative change does not follow"),
	GROWTH_POINTS("growth.points", Family.GROWTH, Level.ERROR, Grading.BY_INDICATOR, true, "年均提高百分点不符", "Points per year do not follow"),
	GROWTH_SPAN("growth.span", Family.GROWTH, Level.WARNING, Grading.BY_INDICATOR, false, "增速无法核对：缺少基期到目标的年份跨度", "Growth stated without a span"),
	GROWTH_DIRECTION("growth.direction", Family.GROWTH, Level.WARNING, Grading.BY_INDICATOR, false, "增长方向与指标性质不符", "Growth in the wrong direction"),

	// time
	TIME_PERIOD("time.period", Family.TIME, Level.ERROR, Grading.FIXED, true, "规划期限有误", "Plan period wrong"),
	TIME_PHASES("time.phases", Family.TIME, Level.ERROR, Grading.FIXED, false, "阶段衔接有误", "Phases with gaps or overlaps"),
	TIME_YEAR("time.year", Family.TIME, Level.WARNING, Grading.BY_INDICATOR, false, "年份超出规划期限", "Year outside the plan period"),
	TIME_DUPLICATE("time.duplicate", Family.TIME, Level.ERROR, Grading.FIXED, false, "同一年份写了两个数值", "Two values for one year"),
	TIME_ACTUAL("time.actual", Family.TIME, Level.ERROR, Grading.BY_INDICATOR, false, "尚未结束年份的实际值", "Actual value for a year not ended"),

	// space and projects
	SPACE_PARTS("space.parts", Family.SPACE, Level.ERROR, Grading.BY_INDICATOR, true, "分区面积与总面积不符", "Zone parts do not fit its area"),
	SPACE_CYCLE("space.cycle", Family.SPACE, Level.ERROR, Grading.FIXED, false, "功能区是其自身的组成部分", "Zone part of itself"),
	SPACE_PHASES("space.phases", Family.SPACE, Level.WARNING, Grading.FIXED, false, "分期面积有误", "Phase areas shrink or fall short"),
	SPACE_PROJECT("space.project", Family.SPACE, Level.ERROR, Grading.FIXED, false, "项目用地超过所在功能区", "Project land exceeds its zone"),
	PROJECT_STAGES("project.stages", Family.PROJECTS, Level.ERROR, Grading.FIXED, true, "分期投资与总投资不符", "Stages do not add up"),
	PROJECT_YEARS("project.years", Family.PROJECTS, Level.ERROR, Grading.FIXED, false, "项目年份有误", "Project years wrong"),

	// numbers in the text
	CLAIM_MISMATCH("claim.mismatch", Family.CLAIMS, Level.ERROR, Grading.BY_INDICATOR, true, "正文数字与指标值矛盾", "Text contradicts the value"),
	CLAIM_DIFFERS("claim.differs", Family.CLAIMS, Level.WARNING, Grading.BY_INDICATOR, true, "正文数字与指标值不同", "Text differs from the value"),
	CLAIM_UNREADABLE("claim.unreadable", Family.CLAIMS, Level.WARNING, Grading.BY_INDICATOR, false, "正文数字无法读取", "Number in the text unreadable"),
	CLAIM_NO_VALUE("claim.no-value", Family.CLAIMS, Level.WARNING, Grading.BY_INDICATOR, false, "正文所指的值未给出", "Text points at no value"),
	COUNT_MISMATCH("count.mismatch", Family.CLAIMS, Level.ERROR, Grading.FIXED, true, "数量词与列表不符", "Count word does not match its list"),

	// what could not be checked
	COVERAGE_UNCHECKED("coverage.unchecked", Family.COVERAGE, Level.INFO, Grading.FIXED, false, "关系未能核验", "Relation not checked");

	/** What kind of thing a check looks at: ids of one family share their first part. */
	public enum Family {
		FILES("读取", "Reading"), NAMES("名称与引用", "Names and references"), UNITS("单位", "Units"), TABLES("表格", "Tables"),
		NUMBERING("编号", "Numbering"), SUMS("合计与占比", "Sums and shares"), GROWTH("增速", "Growth"), TIME("时间", "Time"),
		SPACE("空间", "Space"), PROJECTS("项目", "Projects"), CLAIMS("正文数字", "Numbers in the text"), COVERAGE("核验覆盖", "Coverage");

		private final String zh;
		private final String en;

		Family(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}

		public String title(Lang lang) {
			return lang == Lang.EN ? en : zh;
		}
	}

	/** The severity of a finding the check is sure of; INFO for what could not be checked (never raised by --strict). */
	public enum Level {
		ERROR, WARNING, INFO
	}

	/** What decides a finding's severity besides the check's level. */
	public enum Grading {
		/** The level, raised to an error by --strict. */
		FIXED,
		/**
		 * Also the indicator the finding is about: 约束性 (binding) makes it an error, 预期性
		 * (expected) at most a warning.
		 */
		BY_INDICATOR
	}

	private final String id;
	private final Family family;
	private final Level level;
	private final Grading grading;
	private final boolean fixable;
	private final String zh;
	private final String en;

	CheckType(String id, Family family, Level level, Grading grading, boolean fixable, String zh, String en) {
		this.id = id;
		this.family = family;
		this.level = level;
		this.grading = grading;
		this.fixable = fixable;
		this.zh = zh;
		this.en = en;
	}

	/** The stable id: {@code sum.mismatch}. */
	public String id() {
		return id;
	}

	public Family family() {
		return family;
	}

	public Level level() {
		return level;
	}

	public Grading grading() {
		return grading;
	}

	/** Whether a finding of this check carries a value a quick fix writes where the finding is. */
	public boolean fixable() {
		return fixable;
	}

	/** A short title: 合计与分项之和不符 / Total is not the sum of its parts. */
	public String title(Lang lang) {
		return lang == Lang.EN ? en : zh;
	}

	@Override
	public String toString() {
		return id;
	}

	private static final List<CheckType> ALL = List.of(values());

	/** Every check, in the order declared. */
	public static List<CheckType> all() {
		return ALL;
	}

	/** Every id, in the order declared. */
	public static List<String> ids() {
		return ALL.stream().map(CheckType::id).toList();
	}

	/** The check with this id. */
	public static Optional<CheckType> byId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

	/** Whether {@code selector} names this check or its family's prefix ({@code space} names {@code space.parts}). */
	public boolean isSelectedBy(String selector) {
		return id.equals(selector) || id.startsWith(selector + ".");
	}
}
