package org.lantu.plan.render;

import java.util.Map;

/** The labels a generated document adds (headings, column names), in Chinese or English. */
public final class Labels {

	private final Map<String, String> labels;
	private final String lang;

	private Labels(String lang, Map<String, String> labels) {
		this.lang = lang;
		this.labels = labels;
	}

	public static Labels of(String lang) {
		return "en".equals(lang) ? new Labels("en", EN) : new Labels("zh-CN", ZH);
	}

	public String lang() {
		return lang;
	}

	public String get(String key) {
		return labels.getOrDefault(key, key);
	}

	private static final Map<String, String> ZH = Map.ofEntries(Map.entry("contents", "目录"), Map.entry("findings", "检查结果"),
			Map.entry("no-findings", "未发现不一致。"), Map.entry("errors", "错误"), Map.entry("warnings", "警告"), Map.entry("infos", "提示"),
			Map.entry("error", "错误"), Map.entry("warning", "警告"), Map.entry("info", "提示"), Map.entry("charts", "图示"), Map.entry("box", "专栏"),
			Map.entry("table", "表"), Map.entry("figure", "图"), Map.entry("annex", "附"), Map.entry("note", "注"), Map.entry("category", "类别"),
			Map.entry("indicator", "指标"), Map.entry("unit", "单位"), Map.entry("base", "基期"), Map.entry("target", "目标"), Map.entry("actual", "实际"),
			Map.entry("growth", "年均增速"), Map.entry("change", "累计"), Map.entry("attribute", "属性"), Map.entry("remark", "备注"),
			Map.entry("number", "序号"), Map.entry("period", "规划期限"), Map.entry("outlook", "展望"), Map.entry("area", "面积"), Map.entry("lead", "牵头单位"),
			Map.entry("support", "配合单位"), Map.entry("deadline", "完成时限"), Map.entry("investment", "总投资"), Map.entry("land", "占地"),
			Map.entry("floor", "建筑面积"), Map.entry("capacity", "产能"), Map.entry("output", "年产值"), Map.entry("years", "建设期"),
			Map.entry("zone", "所在园区"), Map.entry("industry", "所属产业"), Map.entry("industries", "主导产业"), Map.entry("phase", "建设阶段"),
			Map.entry("parts", "组成"), Map.entry("phases-chart", "建设时序"), Map.entry("zones-chart", "功能区面积"),
			Map.entry("indicators-chart", "主要指标走势"), Map.entry("projects-chart", "重点项目投资"), Map.entry("basis", "规划依据"),
			Map.entry("to", "主送"), Map.entry("acknowledged", "已认可"), Map.entry("year", "年"), Map.entry("title", "标题"),
			Map.entry("stage", "分期"), Map.entry("status", "状态"), Map.entry("kind", "类型"), Map.entry("source", "出处"),
			Map.entry("check", "检查项"), Map.entry("message", "说明"), Map.entry("element", "对象"), Map.entry("value", "数值"),
			Map.entry("qualifier", "限定"), Map.entry("from", "起"), Map.entry("task", "任务"), Map.entry("parent", "上级"),
			Map.entry("file", "文件"), Map.entry("line", "行"), Map.entry("column", "列"), Map.entry("severity", "级别"), Map.entry("lang", "English"), Map.entry("zone-name", "功能区"), Map.entry("attainment", "完成率"), Map.entry("computed-suffix", "（计算）"), Map.entry("until", "至"),
			Map.entry("year-from", "起始年份"), Map.entry("year-to", "结束年份"), Map.entry("investment-unit", "投资单位"), Map.entry("land-unit", "用地单位"),
			Map.entry("status-planned", "规划"), Map.entry("status-signed", "签约"), Map.entry("status-underway", "在建"), Map.entry("status-completed", "建成"),
			Map.entry("status-operating", "投运"), Map.entry("positioning", "定位"), Map.entry("output-values", "产值"), Map.entry("layout", "布局"),
			Map.entry("targets", "相关指标"), Map.entry("points", "年均提高"), Map.entry("rise", "增幅"), Map.entry("fall", "降幅"), Map.entry("industry-name", "产业"),
			Map.entry("output-indicator", "产值指标"), Map.entry("no-values", "未给出数值"), Map.entry("sheet-indicators", "指标"),
			Map.entry("sheet-industries", "产业"), Map.entry("sheet-projects", "项目"), Map.entry("sheet-zones", "功能区"), Map.entry("sheet-phases", "建设阶段"),
			Map.entry("sheet-tasks", "任务"), Map.entry("sheet-findings", "检查结果"));

	private static final Map<String, String> EN = Map.ofEntries(Map.entry("contents", "Contents"), Map.entry("findings", "Check results"),
			Map.entry("no-findings", "No inconsistencies found."), Map.entry("errors", "errors"), Map.entry("warnings", "warnings"),
			Map.entry("infos", "notes"), Map.entry("error", "error"), Map.entry("warning", "warning"), Map.entry("info", "note"),
			Map.entry("charts", "Figures"), Map.entry("box", "Box"), Map.entry("table", "Table"), Map.entry("figure", "Figure"),
			Map.entry("annex", "Annex"), Map.entry("note", "Note"), Map.entry("category", "Category"), Map.entry("indicator", "Indicator"),
			Map.entry("unit", "Unit"), Map.entry("base", "Base"), Map.entry("target", "Target"), Map.entry("actual", "Actual"),
			Map.entry("growth", "Annual growth"), Map.entry("change", "Change"), Map.entry("attribute", "Attribute"), Map.entry("remark", "Remark"),
			Map.entry("number", "No."), Map.entry("period", "Period"), Map.entry("outlook", "Outlook"), Map.entry("area", "Area"),
			Map.entry("lead", "Lead"), Map.entry("support", "Support"), Map.entry("deadline", "Deadline"), Map.entry("investment", "Investment"),
			Map.entry("land", "Land"), Map.entry("floor", "Floor area"), Map.entry("capacity", "Capacity"), Map.entry("output", "Annual output"),
			Map.entry("years", "Years"), Map.entry("zone", "Zone"), Map.entry("industry", "Industry"), Map.entry("industries", "Industries"),
			Map.entry("phase", "Phase"), Map.entry("parts", "Parts"), Map.entry("phases-chart", "Phases"), Map.entry("zones-chart", "Zone areas"),
			Map.entry("indicators-chart", "Indicator trajectories"), Map.entry("projects-chart", "Project investment"), Map.entry("basis", "Basis"),
			Map.entry("to", "To"), Map.entry("acknowledged", "acknowledged"), Map.entry("year", ""), Map.entry("title", "Title"),
			Map.entry("stage", "Stage"), Map.entry("status", "Status"), Map.entry("kind", "Kind"), Map.entry("source", "Source"),
			Map.entry("check", "Check"), Map.entry("message", "Message"), Map.entry("element", "Element"), Map.entry("value", "Value"),
			Map.entry("qualifier", "Qualifier"), Map.entry("from", "From"), Map.entry("task", "Task"), Map.entry("parent", "Parent"),
			Map.entry("file", "File"), Map.entry("line", "Line"), Map.entry("column", "Column"), Map.entry("severity", "Severity"),
			Map.entry("lang", "中文"), Map.entry("zone-name", "Zone"), Map.entry("attainment", "Attainment"), Map.entry("computed-suffix", " (computed)"), Map.entry("until", "until"),
			Map.entry("year-from", "From"), Map.entry("year-to", "To"), Map.entry("investment-unit", "Investment unit"), Map.entry("land-unit", "Land unit"),
			Map.entry("status-planned", "planned"), Map.entry("status-signed", "signed"), Map.entry("status-underway", "under way"),
			Map.entry("status-completed", "completed"), Map.entry("status-operating", "operating"), Map.entry("positioning", "Positioning"),
			Map.entry("output-values", "Output"), Map.entry("layout", "Zones"), Map.entry("targets", "Indicators"), Map.entry("points", "Points per year"), Map.entry("rise", "Relative rise"), Map.entry("fall", "Relative fall"),
			Map.entry("industry-name", "Industry"), Map.entry("output-indicator", "Output indicator"), Map.entry("no-values", "no values stated"), Map.entry("sheet-indicators", "Indicators"),
			Map.entry("sheet-industries", "Industries"), Map.entry("sheet-projects", "Projects"), Map.entry("sheet-zones", "Zones"), Map.entry("sheet-phases", "Phases"),
			Map.entry("sheet-tasks", "Tasks"), Map.entry("sheet-findings", "Findings"));
}
