package org.lantu.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan that arrives as Markdown (converted from Word by a tool, or written by one): headings marked
 * with #, bold captions, tables of rows with cells separated by |, with or without the outer bars and
 * the line under the header; a table written so without Markdown's line too (cells separated by " | ").
 */
class MarkdownImportTest {

	static final String MARKDOWN = """
			# 某区生态环境保护“十四五”规划

			## 第一章 规划目标

			到2025年，全区细颗粒物（PM2.5）平均浓度降至33微克/立方米，森林覆盖率达到42.5%。

			**专栏1 主要指标**

			| 序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性 |
			|:---:|------|---|---:|---:|---|
			| 1 | 细颗粒物（PM2.5）平均浓度 | 微克/立方米 | 38 | 33 | 约束性 |
			| 2 | 森林覆盖率 | % | 41.2 | 42.5 | 约束性 |
			| 3 | 城镇生活污水集中收集率 | % | 65 | 75 | 预期性 |

			## 第二章 主要任务

			大力推进治污｜减排。
			""";

	@Test
	void headingsBoxesAndTablesOfMarkdownAreRead(@TempDir Path dir) throws Exception {
		String draft = Recovery.draft(MARKDOWN);
		assertTrue(draft.contains("章 1 \"规划目标\""), draft);
		assertTrue(draft.contains("章 2 \"主要任务\""), draft);
		assertTrue(draft.contains("专栏 1 \"主要指标\""), draft);
		assertTrue(draft.contains("指标 2 \"森林覆盖率\"（%）：41.2 | 42.5 | 约束性"), draft);
		assertTrue(draft.contains("[达到42.5%](\"森林覆盖率\"@2025)"), draft);
		assertFalse(draft.contains("---"), "the line under the header is no row: " + draft);
		assertTrue(draft.contains("大力推进治污｜减排。"), "a line with one bar is prose: " + draft);
		assertEquals(List.of(), Recovery.draftFindings(dir, draft));
	}

	@Test
	void rowsOfCellsSeparatedByBarsAreATableWithoutMarkdownsLine() throws Exception {
		String text = "某区发展规划（2021—2025年）\n\n第一章 发展目标\n表1 主要指标\n指标 | 单位 | 2020年 | 2025年\n地区生产总值 | 亿元 | 300 | 450\n"
				+ "森林覆盖率 | % | 40 | 42\n\n到2025年，地区生产总值达到450亿元。\n";
		String draft = Recovery.draft(text);
		assertTrue(draft.contains("指标 \"地区生产总值\"（亿元）：300 | 450"), draft);
		assertTrue(draft.contains("[达到450亿元](\"地区生产总值\"@2025)"), draft);
	}
}
