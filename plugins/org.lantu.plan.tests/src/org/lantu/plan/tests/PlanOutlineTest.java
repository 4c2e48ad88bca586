package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.api.PlanOutline;
import org.lantu.plan.api.PlanOutline.Kind;
import org.lantu.plan.api.PlanOutline.Node;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Section;

import com.google.inject.Inject;

/** The outline shows the plan as its document: the chapters in order, numbered as the plan numbers them. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanOutlineTest {

	@Inject
	ParseHelper<Plan> parser;

	static final String PLAN = """
			规划 示例 "某区发展规划"
			发文机关 "某区人民政府"
			编号 "第一章" "第一节" "一、"
			计量单位 万吨 = 10000 吨
			章 1 "发展基础" {
			  段 "基础较好。"
			  节 1 "主要成效" {
			    专栏 1 "主要指标" {
			      指标表 {
			        列 基期 2020 | 目标 2025
			        类别 "经济发展" {
			          指标 地区生产总值（亿元）: 100 | 160
			          指标 工业增加值（亿元）: 40 | 60
			        }
			      }
			    }
			    任务 1 "建设园区" { 牵头单位 区发改局 }
			  }
			}
			章 2 "空间布局" {
			  功能区 起步区 { 面积 约2000 亩 }
			  项目 多晶硅 "多晶硅项目" { 总投资 50 亿元 分期 一期 { 总投资 20 亿元 } }
			  表 2 "建设时序" { 表头 "阶段" | "年份" 行 "近期" | "2025" }
			}
			机构 区发改局
			""";

	@Test
	void chaptersSectionsBoxesAndRowsAreNumberedAsThePlanNumbersThem() throws Exception {
		Node root = PlanOutline.of(parser.parse(PLAN), Lang.ZH);
		assertEquals(Kind.PLAN, root.kind());
		assertEquals("某区发展规划", root.label());
		assertEquals("某区人民政府", root.detail());
		assertEquals(List.of("第一章　发展基础", "第二章　空间布局", "单位", "计量单位"), labels(root.children()));

		Node section = root.children().get(0).children().get(0);
		assertEquals("第一节　主要成效", section.label(), "the paragraph is not shown; the section is");
		assertEquals(List.of("专栏1　主要指标", "一、建设园区"), labels(section.children()), "a task is numbered at its level");
		Node table = section.children().get(0).children().get(0);
		assertEquals(Kind.INDICATOR_TABLE, table.kind());
		assertEquals("表　主要指标", table.label(), "an untitled indicator table is called by what it holds");
		Node category = table.children().get(0);
		assertEquals("经济发展", category.label());
		assertEquals(List.of("地区生产总值", "工业增加值"), labels(category.children()));
		assertEquals("亿元", category.children().get(0).detail());

		Node space = root.children().get(1);
		assertEquals(List.of("起步区", "多晶硅项目", "表2　建设时序"), labels(space.children()));
		assertEquals("约2000亩", space.children().get(0).detail(), "a zone's area as written");
		assertEquals("50亿元", space.children().get(1).detail());
		assertEquals(List.of("一期"), labels(space.children().get(1).children()), "a project's stages under it");

		assertEquals(List.of("区发改局"), labels(root.children().get(2).children()), "a bare lead unit is listed apart");
		assertEquals("= 10000 吨", root.children().get(3).children().get(0).detail());
	}

	@Test
	void theWordsFollowTheReadersLanguage() throws Exception {
		Node root = PlanOutline.of(parser.parse(PLAN), Lang.EN);
		assertEquals(List.of("第一章　发展基础", "第二章　空间布局", "Organisations", "Units of measure"), labels(root.children()),
				"the plan's own numbering stays as written");
		Node section = root.children().get(0).children().get(0);
		assertEquals("Box 1　主要指标", section.children().get(0).label());
	}

	@Test
	void withoutADeclaredStyleNumbersAreArabic() throws Exception {
		Node root = PlanOutline.of(parser.parse("plan p\nchapter 3 \"Base\" { section 2 \"Sub\" { } }\nchapter \"Unnumbered\" { }\n"), Lang.EN);
		assertEquals(List.of("3.Base", "Unnumbered"), labels(root.children()));
		assertEquals("p", root.label(), "a plan without a title is called by its name");
	}

	@Test
	void everyExampleShowsItsChaptersInOrder() throws Exception {
		Path examples = Path.of("../../examples");
		try (var files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Node root = PlanOutline.of(parser.parse(text), Lang.ZH);
				List<Node> chapters = new ArrayList<>();
				for (Node n : root.children()) {
					if (n.kind() == Kind.CHAPTER || n.kind() == Kind.SECTION) {
						chapters.add(n);
					}
				}
				assertTrue(chapters.size() >= 3, file + ": " + labels(chapters));
				int at = -1;
				for (Node chapter : chapters) {
					String title = chapter.element() instanceof Chapter c ? c.getTitle() : ((Section) chapter.element()).getTitle();
					assertTrue(chapter.label().endsWith(title), chapter.label());
					int next = text.indexOf('"' + title + '"', at + 1);
					assertTrue(next > at, file + ": " + chapter.label() + " stands after the one before it");
					at = next;
				}
			}
		}
	}

	/** Malformed and hostile plans (the command line's bad-input catalogue): an outline of what parsed, never an exception. */
	@Test
	void brokenPlansStillHaveAnOutline() throws Exception {
		Path catalogue = Path.of(System.getProperty("lantu.root", "../..")).resolve("plugins/org.lantu.plan.cli/test-resources/bad-inputs");
		int outlined = 0;
		try (var files = Files.list(catalogue)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".plan")).sorted().toList()) {
				String text;
				try {
					text = Files.readString(file, StandardCharsets.UTF_8);
				} catch (MalformedInputException e) {
					continue; // not UTF-8: never parsed
				}
				Plan plan = parser.parse(text);
				if (plan == null) {
					continue;
				}
				everyNodeHasALabel(PlanOutline.of(plan, Lang.ZH), file);
				outlined++;
			}
		}
		assertTrue(outlined > 20, "outlined " + outlined);
	}

	private static void everyNodeHasALabel(Node node, Path file) {
		assertTrue(node.label() != null && node.detail() != null && node.children() != null, file + ": " + node);
		node.children().forEach(child -> everyNodeHasALabel(child, file));
	}

	private static List<String> labels(List<Node> nodes) {
		return nodes.stream().map(Node::label).toList();
	}
}
