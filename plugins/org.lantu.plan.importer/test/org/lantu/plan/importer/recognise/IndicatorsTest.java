package org.lantu.plan.importer.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Naming an indicator by a clause: the shortcut that spares the subsequence never loses a name. */
class IndicatorsTest {

	/** Every indicator name of the examples, as a clause of their text would name it. */
	static List<String> names() throws Exception {
		Pattern indicator = Pattern.compile("指标\\s+(?:[0-9]+\\s+)?(\"[^\"]+\"|[^\\s（(：:{]+)");
		List<String> names = new ArrayList<>();
		try (Stream<Path> plans = Files.list(Path.of("../../examples"))) {
			for (Path plan : plans.filter(p -> p.toString().endsWith(".plan")).sorted().toList()) {
				Matcher m = indicator.matcher(Files.readString(plan));
				while (m.find()) {
					names.add(Indicators.key(m.group(1).replace("\"", "")));
				}
			}
		}
		return names;
	}

	@Test
	void theShortcutKeepsEveryPairThatCouldBeNamed() throws Exception {
		List<String> names = names();
		assertTrue(names.size() > 100, () -> "the examples' indicators: " + names.size());
		int spared = 0;
		for (String a : names) {
			for (String b : names) {
				for (double least : new double[] { 0.74, 0.8, 0.9 }) {
					boolean close = Indicators.closeEnough(a, b, least);
					if (Indicators.similarity(a, b) >= least) {
						assertTrue(close, a + " / " + b + " reach " + least);
					}
					spared += close ? 0 : 1;
				}
			}
		}
		assertTrue(spared > 0, "the shortcut spares some subsequences");
	}

	@Test
	void aClauseNamesByContainmentWhateverTheLengths() {
		assertEquals(0.9, Indicators.similarity("全县工业总产值年度目标", "工业总产值"));
		assertTrue(Indicators.closeEnough("高新区全部规模以上工业企业总产值合计", "总产值", 0.75));
	}

	@Test
	void theOtherOfAPairOrAPartsMeasureIsNotNamed() {
		assertEquals(0, Indicators.similarity("地方公共财政支出", "地方公共财政收入"));
		assertEquals(0, Indicators.similarity("省级企业技术中心", "国家级企业技术中心"));
		assertEquals(0, Indicators.similarity("进口总额", "出口总额"));
		assertEquals(0, Indicators.similarity("主导产业营业收入", "营业收入"));
		assertEquals(0, Indicators.similarity("现代服务业营业收入", "营业收入"));
		assertEquals(0, Indicators.similarity("工业增加值", "规模以上工业增加值"), "the part's measure does not name the whole's either");
		assertEquals(0.95, Indicators.similarity("高新区营业收入", "营业收入"), "a place keeps the measure");
		assertEquals(0.95, Indicators.similarity("高新技术产业开发区营业收入", "营业收入"), "a place named with an industry is a place");
		assertTrue(Indicators.similarity("规上工业增加值", "规模以上工业增加值") >= 0.75, "an abbreviation still names it");
		assertEquals(0, Indicators.similarity("产值10亿元以上企业", "产值亿元以上企业"), "another number, another kind");
		assertEquals(0, Indicators.similarity("pm2.5平均浓度", "pm10平均浓度"));
	}
}
