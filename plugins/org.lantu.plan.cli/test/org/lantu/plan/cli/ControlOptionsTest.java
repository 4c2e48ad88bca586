package org.lantu.plan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.CheckCatalogue;
import org.lantu.plan.cli.CheckCommandTest.Result;

/** --strict, --tolerance, --only, --disable, explain, and checks across imported plans. */
class ControlOptionsTest {

	@TempDir
	Path dir;

	Path write(String name, String text) throws Exception {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	static final String PLAN = """
			plan p
			indicator total（家）{ target 2030: 70 }
			indicator big（家）{ target 2030: 超70 }
			of-which total: big
			zone start { area 约2000 亩 complete parts a, b }
			zone a { area 1107 亩 }
			zone b { area 1000 亩 }
			""";

	@Test
	void strictMakesImplausibleFindingsErrors() throws Exception {
		Path p = write("p.plan", PLAN);
		Result lenient = CheckCommandTest.run("check", "--only", "sum", p.toString());
		assertEquals(0, lenient.code(), lenient.out());
		assertTrue(lenient.out().contains("warning: [sum.of-which]"), lenient.out());
		Result strict = CheckCommandTest.run("check", "--only", "sum", "--strict", p.toString());
		assertEquals(1, strict.code(), strict.out());
		assertTrue(strict.out().contains("error: [sum.of-which]"), strict.out());
	}

	@Test
	void toleranceWidensAbout() throws Exception {
		Path p = write("p.plan", PLAN);
		assertTrue(CheckCommandTest.run("check", p.toString()).out().contains("[space.parts]"));
		Result wide = CheckCommandTest.run("check", "--tolerance", "10%", p.toString());
		assertFalse(wide.out().contains("[space.parts]"), wide.out());
		Result bad = CheckCommandTest.run("check", "--tolerance", "lots", p.toString());
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains("--tolerance 取 0 到 100 之间的百分数"), bad.err());
	}

	@Test
	void onlyAndDisableSelectChecksButNeverHideSyntaxErrors() throws Exception {
		Path p = write("p.plan", PLAN);
		Result disabled = CheckCommandTest.run("check", "--disable", "space", p.toString());
		assertFalse(disabled.out().contains("[space.parts]"), disabled.out());
		assertTrue(disabled.out().contains("[sum.of-which]"), disabled.out());
		Result only = CheckCommandTest.run("check", "--only", "space.parts", p.toString());
		assertTrue(only.out().contains("[space.parts]") && !only.out().contains("[sum.of-which]"), only.out());
		Path broken = write("broken.plan", "plan b\nzone { }\n");
		assertTrue(CheckCommandTest.run("check", "--only", "space", broken.toString()).out().contains("[syntax]"));
		Result unknown = CheckCommandTest.run("check", "--only", "sums", p.toString());
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("没有名为 sums 的检查"), unknown.err());
	}

	@Test
	void anAcknowledgedFindingIsInfoAndDoesNotFail() throws Exception {
		Path p = write("p.plan", PLAN.replace("超70", "70") + "ack space.parts start \"原文如此\"\n");
		Result r = CheckCommandTest.run("check", p.toString());
		assertEquals(0, r.code(), r.out());
		assertTrue(r.out().contains("info: [space.parts]") && r.out().contains("已认可：原文如此"), r.out());
	}

	@Test
	void claimsAboutAnImportedPlanAreChecked() throws Exception {
		write("zone.plan", "plan 纲要\nindicator 营业收入（亿元）{ target 2025: 1200 }\n");
		Path city = write("city.plan", "plan 意见\nimport \"zone.plan\"\npara \"营业收入\" [达到1000亿元](纲要.营业收入@2025) \"；\" [900亿元](纲要.营业收入@2025)\n");
		Result r = CheckCommandTest.run("check", city.toString());
		assertTrue(r.out().contains("warning: [claim.differs] 营业收入 2025年目标值：正文写的是 达到1000亿元，zone.plan 第 2 行写的是 1200亿元"), r.out());
		assertTrue(r.out().contains("error: [claim.mismatch] 营业收入 2025年目标值：正文写的是 900亿元，zone.plan 第 2 行写的是 1200亿元"), r.out());
		Path missing = write("m.plan", "plan m\nimport \"nowhere.plan\"\n");
		assertTrue(CheckCommandTest.run("check", missing.toString()).out().contains("[import.missing] 本文件所在位置没有规划文件“nowhere.plan”"));
	}

	@Test
	void aCityTotalIsCheckedAgainstItsDistrictPlans() throws Exception {
		write("east.plan", "plan 东区\nindicator 营业收入（亿元）{ target 2025: 400 }\n");
		write("west.plan", "plan 西区\nindicator 营业收入（万元）{ target 2025: 3500000 }\n");
		String city = "plan 全市\nimport \"east.plan\"\nimport \"west.plan\"\nindicator 营业收入（亿元）{ target 2025: %s }\nsum 营业收入 = 东区.营业收入 + 西区.营业收入\n";
		Path ok = write("city.plan", city.formatted("750"));
		assertFalse(CheckCommandTest.run("check", ok.toString()).out().contains("[sum.mismatch]"));
		Path bad = write("city.plan", city.formatted("800"));
		Result r = CheckCommandTest.run("check", bad.toString());
		assertTrue(r.out().contains("[sum.mismatch] 营业收入 2025年目标值：各分项 东区.营业收入 400亿元 + 西区.营业收入 3500000万元 = 750亿元，而合计写的是 800亿元"), r.out());
	}

	@Test
	void explainPrintsAnEntryAFamilyOrTheList() {
		Result one = CheckCommandTest.run("explain", "space.parts");
		assertEquals(0, one.code());
		assertTrue(one.out().startsWith("space.parts\n") && one.out().contains("分区面积与总面积不符") && one.out().contains("改法："), one.out());
		Result english = CheckCommandTest.run("explain", "--lang", "en", "space.parts");
		assertTrue(english.out().startsWith("space.parts\n") && english.out().contains("2252亩"), english.out());
		Result family = CheckCommandTest.run("explain", "growth");
		assertTrue(family.out().contains("growth.mismatch") && family.out().contains("growth.change"), family.out());
		Result list = CheckCommandTest.run("explain");
		assertTrue(list.out().contains("claim.differs"), list.out());
		Result unknown = CheckCommandTest.run("explain", "sums.mismatch");
		assertEquals(2, unknown.code());
		assertTrue(unknown.err().contains("没有名为“sums.mismatch”的检查"), unknown.err());
	}

	@Test
	void everyCheckHasACatalogueEntry() {
		assertEquals(List.of(), CheckCatalogue.load().undocumented());
	}

	@Test
	void jsonCarriesTheFixData() throws Exception {
		Path p = write("p.plan", PLAN);
		Result r = CheckCommandTest.run("check", "--format", "json", "--only", "space", p.toString());
		assertTrue(r.out().contains("\"check\": \"space.parts\"") && r.out().contains("\"data\": [\"2107亩\"]"), r.out());
	}
}
