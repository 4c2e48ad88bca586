package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.plan.Aspect;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.CumulativeCell;
import org.lantu.plan.plan.Import;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.IndicatorTable;
import org.lantu.plan.plan.NotApplicableCell;
import org.lantu.plan.plan.Paragraph;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.Prefix;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.Suffix;
import org.lantu.plan.plan.TargetProperty;
import org.lantu.plan.plan.TextCell;
import org.lantu.plan.plan.ValueCell;
import org.lantu.plan.plan.Zone;

import com.google.inject.Inject;

/** Every construct parses, in English and in Chinese keywords, to the same model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ParsingTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	ValidationTestHelper validation;

	static final String ENGLISH = """
			plan 示例 "示例规划（2021—2025年）"
			import "other.plan"
			kind "规划纲要"
			issuer "某市人民政府"
			number "某府发〔2022〕1号"
			date 2022-08-30
			period 2021—2025
			outlook 2030, 2035
			as-of 2022
			area 40 平方公里 "涉及三个镇"
			to "各区人民政府", "市级各部门"
			basis { 1 "《中国制造2025》" 2 "《某规划》" number "某发〔2016〕9号" }
			numbering "第一章" "第一节"
			signed "某市人民政府" 2022-08-30
			tolerance 10%
			unit 万吨标煤 = 10000 吨
			unit 床位 dimension count
			org 经信委 "市经济和信息化委员会" { kind "部门" }
			org 领导小组 "产业园区创新改革发展领导小组" { head "市领导" deputy "分管副秘书长" office 经信委 members 经信委 meets "每半年" }
			chapter 1 "发展目标" {
			  section 1 "总体目标" {
			    para "一是" : "到2025年，营业收入" [达到1000亿元](营业收入@2025) "，年均增长" [31.86%](营业收入 growth) "，" {营业收入@2020} "。"
			    note "数据为预估数"
			  }
			  box 2 "主要指标" {
			    indicators "指标表" {
			      columns base 2020 | target 2025 | growth | attribute
			      computed growth | change | attainment
			      category "经济发展" {
			        indicator 1 营业收入（亿元）: 301 | 1200 | 31.86 | expected
			        indicator 2 "R＆D投入占比"（%）*: 2.5 | 4.5 | 0.4 | expected
			        indicator 3 GDP增长率（%）: [50.2] | [121] | 19.24 | expected
			        indicator 4 城镇化率（%）*: 50 | — | — | expected
			        indicator 5 能耗降低（%）: 0.9 | "完成市下目标任务" span 2 | binding
			      }
			      note "[ ]内数据为绝对值"
			    }
			  }
			  indicator 工业总产值 "工业总产值"（亿元）{ category "规模总量" base 2015: 100 target 2020: 350, 2025: 610 actual 2020: 340 growth 9%以上 change [250] points 0.5 百分点 attribute binding declining note "注" }
			  indicator 光电 (亿元) { target 2020: 超过80 }
			  indicator 其他 (亿元) { target 2020: 270 }
			  sum 工业总产值 = 光电 + 其他
			  of-which 工业总产值 : 光电
			  share 光电 = 光电 / 工业总产值
			  group 两大产业 : 光电, 其他
			  para [两大](count 两大产业) "产业"
			  phase 近期 "近期" 2016—2030 { area 10 平方公里 zones 基地 para "以桥沟镇为主" }
			  zone 基地 "新型工业基地" { kind "基地" area 约2000亩 complete parts 甲园 industries 光电产业 in-phase 近期 aka "工业基地"
			    zone 甲园 { area 1107 亩以上 }
			  }
			  industry 光电产业 "光电信息产业" { kind "首位产业" output 光电 zones 基地 aka "光电信息" }
			  project 正极材料 "年产30万吨正极材料项目" {
			    in-zone 基地 of-industry 光电产业 status planned
			    investment 50 亿元 land 约1000 亩 floor 4.47 万平方米 capacity 30 万吨, 1 GWh output 20 亿元 以上 years 2021—2025
			    stage 一期 { investment 约2亿元 floor 12000 平方米 scope "建设电池Packing线" years 2021—2022 }
			    stage 二期
			  }
			  task 1 科学定位 "科学把握园区功能定位" { lead 经信委 support 领导小组 deadline 2020 targets 工业总产值 para "坚持以产业发展为主。" }
			  table 1 "主要工业产品产量" {
			    header "产品名称" | "产量" | "同比增长（%）"
			    row "原盐（万吨）" | 136.92 万吨 | -8.7
			    row "布（万米）" | 62396 | 3.0
			    row "时序" | | —
			    note "来源：统计局"
			  }
			  figure 1 "产业功能布局" source "规划图"
			  ack growth.mismatch 营业收入 "原表如此"
			  zone 试验区 { area 约2000 亩 ±10% }
			  annex 1 "主要发展指标" { para "见表2" }
			}
			""";

	static final String CHINESE = """
			规划 示例 "示例规划（2021—2025年）"
			引用 "other.plan"
			文种 "规划纲要"
			发文机关 "某市人民政府"
			文号 "某府发〔2022〕1号"
			成文日期 2022年8月30日
			规划期限 2021年—2025年
			展望 2030年、2035年
			截至 2022
			规划范围 40 平方公里 "涉及三个镇"
			主送 "各区人民政府"，"市级各部门"
			规划依据 { 1 "《中国制造2025》" 2 "《某规划》" 文号 "某发〔2016〕9号" }
			编号 "第一章" "第一节"
			落款 "某市人民政府" 2022年8月30日
			容差 10%
			计量单位 万吨标煤 = 10000 吨
			计量单位 床位 量纲 count
			机构 经信委 "市经济和信息化委员会" { 类型 "部门" }
			机构 领导小组 "产业园区创新改革发展领导小组" { 组长 "市领导" 副组长 "分管副秘书长" 办公室设在 经信委 成员单位 经信委 会议 "每半年" }
			章 1 "发展目标" {
			  节 1 "总体目标" {
			    段 "一是"："到2025年，营业收入" [达到1000亿元](营业收入@2025) "，年均增长" [31.86%](营业收入 增速) "，" {营业收入@2020} "。"
			    注 "数据为预估数"
			  }
			  专栏 2 "主要指标" {
			    指标表 "指标表" {
			      列 基期 2020 | 目标 2025 | 年均增速 | 属性
			      计算列 年均增速 | 累计变化 | 完成率
			      类别 "经济发展" {
			        指标 1 营业收入（亿元）：301 | 1200 | 31.86 | 预期性
			        指标 2 "R＆D投入占比"（%）*：2.5 | 4.5 | 0.4 | 预期性
			        指标 3 GDP增长率（%）：[50.2] | [121] | 19.24 | 预期性
			        指标 4 城镇化率（%）*：50 | — | — | 预期性
			        指标 5 能耗降低（%）：0.9 | "完成市下目标任务" 跨 2 | 约束性
			      }
			      注 "[ ]内数据为绝对值"
			    }
			  }
			  指标 工业总产值 "工业总产值"（亿元）{ 类别 "规模总量" 基期 2015：100 目标 2020：350，2025：610 实际 2020：340 年均增速 9%以上 累计 [250] 年均提高 0.5 百分点 属性 约束性 逆向指标 注 "注" }
			  指标 光电（亿元）{ 目标 2020：超过80 }
			  指标 其他（亿元）{ 目标 2020：270 }
			  合计 工业总产值 = 光电 + 其他
			  其中 工业总产值：光电
			  占比 光电 = 光电 / 工业总产值
			  列表 两大产业：光电、其他
			  段 [两大](数量 两大产业) "产业"
			  阶段 近期 "近期" 2016至2030年 { 面积 10 平方公里 范围 基地 段 "以桥沟镇为主" }
			  功能区 基地 "新型工业基地" { 类型 "基地" 面积 约2000亩 全覆盖 组成 甲园 主导产业 光电产业 建设阶段 近期 又称 "工业基地"
			    功能区 甲园 { 面积 1107 亩以上 }
			  }
			  产业 光电产业 "光电信息产业" { 定位 "首位产业" 产值 光电 布局 基地 又称 "光电信息" }
			  项目 正极材料 "年产30万吨正极材料项目" {
			    所在园区 基地 所属产业 光电产业 状态 规划
			    总投资 50 亿元 占地 约1000 亩 建筑面积 4.47 万平方米 产能 30 万吨，1 GWh 年产值 20 亿元 以上 建设期 2021—2025
			    分期 一期 { 总投资 约2亿元 建筑面积 12000 平方米 内容 "建设电池Packing线" 建设期 2021—2022 }
			    分期 二期
			  }
			  任务 1 科学定位 "科学把握园区功能定位" { 牵头单位 经信委 配合单位 领导小组 完成时限 2020 相关指标 工业总产值 段 "坚持以产业发展为主。" }
			  表 1 "主要工业产品产量" {
			    表头 "产品名称" | "产量" | "同比增长（%）"
			    行 "原盐（万吨）" | 136.92 万吨 | -8.7
			    行 "布（万米）" | 62396 | 3.0
			    行 "时序" | | —
			    注 "来源：统计局"
			  }
			  图 1 "产业功能布局" 图源 "规划图"
			  认可 growth.mismatch 营业收入 "原表如此"
			  功能区 试验区 { 面积 约2000 亩 ±10% }
			  附 1 "主要发展指标" { 段 "见表2" }
			}
			""";

	static Chapter chapter(Plan plan) {
		return plan.getElements().stream().filter(Chapter.class::isInstance).map(Chapter.class::cast).findFirst().orElseThrow();
	}

	@Test
	void englishParsesWithoutSyntaxErrors() throws Exception {
		Plan plan = parser.parse(ENGLISH);
		assertNotNull(plan);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
	}

	@Test
	void chineseParsesWithoutSyntaxErrors() throws Exception {
		Plan plan = parser.parse(CHINESE);
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
	}

	@Test
	void bothSpellingsGiveTheSameModel() throws Exception {
		Plan english = parser.parse(ENGLISH);
		Plan chinese = parser.parse(CHINESE);
		EcoreUtil.resolveAll(english);
		EcoreUtil.resolveAll(chinese);
		var english2 = EcoreUtil.getAllContents(english, true);
		var chinese2 = EcoreUtil.getAllContents(chinese, true);
		while (english2.hasNext() && chinese2.hasNext()) {
			var e = (EObject) english2.next();
			var c = (EObject) chinese2.next();
			for (var f : e.eClass().getEAllAttributes()) {
				assertEquals(e.eGet(f), c.eGet(f), () -> e.eClass().getName() + "." + f.getName());
			}
		}
		assertTrue(new EcoreUtil.EqualityHelper().equals(english, chinese), "English and Chinese keywords must build equal models");
	}

	@Test
	void headerFields() throws Exception {
		Plan plan = parser.parse(CHINESE);
		assertEquals("示例", plan.getName());
		assertEquals("某府发〔2022〕1号", plan.getNumber());
		assertEquals(2021, plan.getPeriod().getFrom());
		assertEquals(2025, plan.getPeriod().getTo());
		assertEquals(List.of(2030, 2035), plan.getOutlook());
		assertEquals(2, plan.getAddressees().size());
		assertEquals("某发〔2016〕9号", plan.getBasis().get(1).getDocNumber());
		assertEquals(8, plan.getDate().getMonth());
	}

	@Test
	void theHeadersLinesComeInAnyOrder() throws Exception {
		Plan plan = parser.parse("规划 市 \"某市规划\"\n规划期限 2021—2025\n引用 \"甲区.plan\"\n文种 \"规划纲要\"\n引用 \"乙区.plan\"\n段 \"正文\"\n");
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
		assertEquals(List.of("甲区.plan", "乙区.plan"), plan.getImports().stream().map(Import::getImportURI).toList());
		assertEquals(2025, plan.getPeriod().getTo());
		assertEquals("规划纲要", plan.getKind());
	}

	@Test
	void quantitiesKeepQualifiersAndUnits() throws Exception {
		Plan plan = parser.parse(ENGLISH);
		Chapter chapter = chapter(plan);
		Zone zone = chapter.getElements().stream().filter(Zone.class::isInstance).map(Zone.class::cast).findFirst().orElseThrow();
		assertEquals(Prefix.ABOUT, zone.getArea().getPrefix());
		assertEquals(new BigDecimal("2000"), zone.getArea().getValue());
		assertEquals("亩", zone.getArea().getUnit());
		Zone child = (Zone) zone.getElements().get(0);
		assertEquals("亩以上", child.getArea().getUnit(), "a glued qualifier stays on the unit; the resolver splits it");
		Project project = chapter.getElements().stream().filter(Project.class::isInstance).map(Project.class::cast).findFirst().orElseThrow();
		assertEquals(Suffix.OR_MORE, project.getOutput().getSuffix());
		assertEquals(2, project.getStages().size());
		assertEquals(2, project.getCapacity().size());
	}

	@Test
	void indicatorRowsKeepEveryKindOfCell() throws Exception {
		Plan plan = parser.parse(ENGLISH);
		IndicatorTable table = (IndicatorTable) ((Box) (chapter(plan)).getElements().get(1)).getElements().get(0);
		var rows = table.getGroups().get(0).getIndicators();
		assertEquals(5, rows.size());
		Indicator gdp = rows.get(2);
		assertInstanceOf(CumulativeCell.class, gdp.getCells().get(0));
		assertInstanceOf(ValueCell.class, gdp.getCells().get(2));
		assertTrue(rows.get(1).isStar());
		assertEquals("R＆D投入占比", rows.get(1).getName());
		assertInstanceOf(NotApplicableCell.class, rows.get(3).getCells().get(1));
		assertEquals("2", ((TextCell) rows.get(4).getCells().get(1)).getSpan());
		assertEquals("亿元", rows.get(0).getUnit());
		assertEquals("%", rows.get(1).getUnit());
	}

	@Test
	void claimsAndReferencesLinkToIndicators() throws Exception {
		Plan plan = parser.parse(ENGLISH);
		Paragraph p = (Paragraph) ((Section) (chapter(plan)).getElements().get(0)).getElements().get(0);
		assertEquals("一是", p.getLabel());
		Claim claim = (Claim) p.getContent().get(1);
		assertEquals(Prefix.AT_LEAST, claim.getValue().getPrefix());
		assertEquals("营业收入", ((Indicator) claim.getTarget().getSubject()).getName());
		assertEquals(2025, claim.getTarget().getYear());
		Claim growth = (Claim) p.getContent().get(3);
		assertEquals(Aspect.GROWTH, growth.getTarget().getAspect());
	}

	@Test
	void fullWidthDigitsAreNumbers() throws Exception {
		Plan plan = parser.parse("规划 p\n规划期限 ２０２１—２０２５\n指标 x（亿元）{ 目标 ２０２５：１２．５ }\n");
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
		assertEquals(2021, plan.getPeriod().getFrom());
		var target = ((TargetProperty) ((Indicator) plan.getElements().get(0)).getProperties().get(0)).getValues().get(0);
		assertEquals(new BigDecimal("12.5"), target.getValue().getValue());
	}

	@Test
	void byteOrderMarkAndCrLfAreAccepted() throws Exception {
		Plan plan = parser.parse("\uFEFFplan p\r\nperiod 2021-2025\r\nzone z { area 3 km² }\r\n");
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
	}

	@Test
	void keywordGluedToNameGetsAHint() throws Exception {
		Plan plan = parser.parse("规划 p\n指标工业总产值（亿元）\n");
		String message = plan.eResource().getErrors().get(0).getMessage();
		assertTrue(message.contains("请在关键字后加空格：“指标 工业总产值”"), message);
	}

	@Test
	void indicatorNamesAreWrittenAsPublished() throws Exception {
		Plan plan = parser.parse("""
				plan p
				indicators {
				  columns base 2020 | target 2025
				  indicator 1 每千人口拥有执业（助理）医师数（人）: 2.5 | 3.2
				  indicator 2 每千人口拥有3岁以下婴幼儿托位数（个）: 1.5 | 4.5
				  indicator 3 "PM2.5浓度"（微克/立方米）: 35 | 30
				  indicator 4 城镇化率（%）: 60 | 65
				}
				para [3.2人](每千人口拥有执业（助理）医师数@2025) [4.5个](每千人口拥有3岁以下婴幼儿托位数@2025) [35]("PM2.5浓度"@2020) [60](城镇化率@2020)
				""");
		assertTrue(plan.eResource().getErrors().isEmpty(), () -> plan.eResource().getErrors().toString());
		var indicators = EcoreUtil2.eAllOfType(plan, Indicator.class);
		assertEquals(List.of("每千人口拥有执业（助理）医师数", "每千人口拥有3岁以下婴幼儿托位数", "PM2.5浓度", "城镇化率"),
				indicators.stream().map(Indicator::getName).toList());
		assertEquals(List.of("人", "个", "微克/立方米", "%"), indicators.stream().map(Indicator::getUnit).toList());
		assertEquals(List.of(), validation.validate(plan), "every claim links to its indicator, a quoted name with a dot too");
	}

	@Test
	void anIndicatorNameTheGrammarCannotTakeSaysHowToQuoteIt() throws Exception {
		for (String[] c : new String[][] { { "indicator 3 PM2.5浓度（微克/立方米）{ target 2025: 30 }", "请给名称加引号，写作 indicator 3 \"PM2.5浓度\"（微克/立方米）" },
				{ "indicator R&D经费（亿元）", "指标名称中的“&”不能不加引号直接书写：请给名称加引号，写作 indicator \"R&D经费\"（亿元）" } }) {
			Plan plan = parser.parse("plan p\n" + c[0] + "\n");
			var messages = plan.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
			assertTrue(messages.stream().anyMatch(m -> m.contains(c[1])), messages::toString);
		}
		Plan declining = parser.parse("plan p\n指标表 {\n 列 基期 2020 | 目标 2025 | 属性\n 指标 10 道路运输万车死亡率（人/万辆）：2.1 | 1.8 | 约束性 逆向指标\n}\n");
		var told = declining.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertTrue(told.stream().anyMatch(m -> m.contains("“逆向指标”不是单元格：写在这一行的花括号里，如 …：2.1 | 1.8 | 约束性 { 逆向指标 }")), told::toString);
		// 5G基站: names start with a letter unless quoted; a reference says so, and so does the declaration (NamingChecksTest)
		Plan digits = parser.parse("plan p\nindicator \"5G基站\"（个）{ target 2025: 1500 }\npara [1500个](5G基站@2025)\n");
		var quoted = digits.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertTrue(quoted.stream().anyMatch(m -> m.equals("以数字开头的名称要加引号：写作 \"5G基站\"")), quoted::toString);
		Plan cells = parser.parse("plan p\nindicators {\n columns target 2025\n indicator x（亿元）: 1.2.3\n}\n");
		assertTrue(cells.eResource().getErrors().stream().noneMatch(d -> d.getMessage().contains("加引号")), "an error in the cells is not the name's");
	}

	@Test
	void aWrongEscapeInQuotesIsToldInTheAuthorsWordsAndTheTextKept() throws Exception {
		for (String wrong : List.of("\\q", "\\u12")) {
			Plan plan = parser.parse("plan p \"二〇二五年 " + wrong + " 规划\"\n");
			var messages = plan.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
			assertEquals(List.of("引号内的反斜杠 \\ 只能写作 \\\"、\\'、\\\\、\\n、\\t、\\r、\\b、\\f 或 \\u 加四位十六进制数；反斜杠本身写作 \\\\"), messages, wrong);
			assertTrue(plan.getTitle().startsWith("二〇二五年 "), plan.getTitle());
		}
	}

	@Test
	void aTokenOrElementCutShortIsToldInTheAuthorsWords() throws Exception {
		String[][] cases = { { "chapter 1 \"发展\" {\n  para \"一\" : \"a\" 3.企业培育\n}", "“3.企”：小数点后要有数字" },
				{ "indicators {\n  columns target 2025\n  indicator x（1/万）: 2\n}", "“1/万”：比率单位的斜杠后要写数字" },
				{ "indicator x（亿元）{ target 2025: 3. }", "“3.”：小数点后要有数字" }, { "indicator x（亿元）{ target 2025: 3.\n}", "“3.”：小数点后要有数字" },
				{ "indicators {\n  columns target 2025 | target 2030\n  indicator x（亿元）: 3. | 4\n}", "“3.”：小数点后要有数字" },
				// the character the reader stopped at is shown only where it is a letter (3.企 above), not punctuation
				{ "indicator x（亿元）{ target 2025: 1.[ }", "“1.”：小数点后要有数字" },
				{ "indicators {\n  columns target 2025\n  indicator x（1/]）: 2\n}", "“1/”：比率单位的斜杠后要写数字" },
				{ "chapter 1 \"x\" {\n  段 \"2.交通便利优势\" :合计 \"常年\"\n}", "此处至少应写一项，而这里是“合计”" } };
		for (String[] c : cases) {
			Plan plan = parser.parse("plan p\n" + c[0] + "\n");
			var messages = plan.eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
			assertTrue(messages.stream().anyMatch(m -> m.startsWith(c[1])), messages::toString);
			assertTrue(messages.stream().noneMatch(m -> m.contains("loop did not match")), messages::toString);
			// the advice to quote a heading's number only where letters follow the point (3.企业培育), not for a value (3. |)
			assertEquals(c[0].contains("3.企"), messages.stream().anyMatch(m -> m.contains("写在引号内")), messages::toString);
		}
		// what the parser expected stands in Chinese quotes, as the rest of the message
		var expected = parser.parse("plan p\nchapter 1 \"x\" {\n  段 \"a\" :合计 \"b\"\n}\n").eResource().getErrors().stream().map(Resource.Diagnostic::getMessage).toList();
		assertTrue(expected.contains("此处不应是“}”，应为 “=”"), expected::toString);
	}
}
