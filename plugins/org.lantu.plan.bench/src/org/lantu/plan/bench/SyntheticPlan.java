package org.lantu.plan.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.quantity.Decimals;

/**
 * A deterministic synthetic plan: blocks of an indicator table (a total and five parts over three
 * years, with a stated growth rate), the sum that ties them, a claim in the text, a zone with
 * complete parts and a project with two stages. Every {@code plantEvery}-th block carries one
 * planted inconsistency, in turn a wrong total, a wrong claim, zone parts that do not fill their
 * zone, and stages that do not add up; the benchmark checks that each one is found.
 */
public final class SyntheticPlan {

	/** A planted inconsistency: the check that must find it and the block it is in. */
	public record Planted(String check, int block) {
	}

	public record Generated(String text, int facts, int assertions, List<Planted> planted) {
	}

	private static final String[] KINDS = { "sum.mismatch", "claim.mismatch", "space.parts", "project.stages" };

	private SyntheticPlan() {
	}

	/** A plan of about {@code bytes} bytes of UTF-8. */
	public static Generated ofSize(long bytes, long seed, int plantEvery) {
		StringBuilder b = header();
		Random random = new Random(seed);
		List<Planted> planted = new ArrayList<>();
		int facts = 0;
		int assertions = 0;
		int block = 0;
		long size = b.toString().getBytes(StandardCharsets.UTF_8).length;
		while (size < bytes) {
			String kind = plantEvery > 0 && block % plantEvery == plantEvery - 1 ? KINDS[(block / plantEvery) % KINDS.length] : null;
			if (kind != null) {
				planted.add(new Planted(kind, block));
			}
			StringBuilder one = new StringBuilder();
			facts += block(one, block, random, kind);
			size += one.toString().getBytes(StandardCharsets.UTF_8).length;
			b.append(one);
			assertions += 4;
			block++;
		}
		return new Generated(b.toString(), facts, assertions, planted);
	}

	/** A plan with a given number of blocks (26 numeric facts and 4 assertions each). */
	public static Generated ofBlocks(int blocks, long seed, int plantEvery) {
		StringBuilder b = header();
		Random random = new Random(seed);
		List<Planted> planted = new ArrayList<>();
		int facts = 0;
		for (int block = 0; block < blocks; block++) {
			String kind = plantEvery > 0 && block % plantEvery == plantEvery - 1 ? KINDS[(block / plantEvery) % KINDS.length] : null;
			if (kind != null) {
				planted.add(new Planted(kind, block));
			}
			facts += block(b, block, random, kind);
		}
		return new Generated(b.toString(), facts, blocks * 4, planted);
	}

	/**
	 * A workspace of {@code districts} district plans (one block each, plan names 区F0, 区F1, …) and
	 * a city plan {@code 全市.plan} that imports them all and rolls their 2030 output up into its own
	 * total, stated one 亿元 too high: exactly one {@code sum.mismatch}, in the city plan.
	 */
	public static Map<String, String> workspace(int districts, long seed) {
		Map<String, String> files = new LinkedHashMap<>();
		StringBuilder city = new StringBuilder("plan 全市 \"全市发展规划（2021—2030年）\"\n");
		StringBuilder sum = new StringBuilder("sum 总产值 = ");
		long total = 0;
		for (int i = 0; i < districts; i++) {
			String district = "区F" + i;
			String text = ofBlocks(1, seed + i, 0).text().replaceFirst("规划 合成规划 \"合成规划", "规划 " + district + " \"" + district);
			files.put(district + ".plan", text);
			Matcher m = Pattern.compile("指标 总产值N0（亿元）：\\d+ \\| \\d+ \\| (\\d+)").matcher(text);
			if (!m.find()) {
				throw new IllegalStateException("no total in " + district);
			}
			total += Long.parseLong(m.group(1));
			city.append("import \"").append(district).append(".plan\"\n");
			sum.append(i == 0 ? "" : " + ").append(district).append(".总产值N0");
		}
		city.append("period 2021—2030\nindicator 总产值（亿元） { target 2030: ").append(total + 1).append(" }\n").append(sum).append('\n');
		files.put("全市.plan", city.toString());
		return files;
	}

	private static StringBuilder header() {
		return new StringBuilder("规划 合成规划 \"合成规划（2021—2030年）\"\n规划期限 2021—2030\n展望 2035\n\n");
	}

	/** One block; returns the number of numeric facts written. */
	private static int block(StringBuilder b, int n, Random random, String plant) {
		long[][] parts = new long[5][3];
		long[] total = new long[3];
		for (int i = 0; i < 5; i++) {
			long base = 20 + random.nextInt(200);
			parts[i][0] = base;
			parts[i][1] = base + random.nextInt(100);
			parts[i][2] = parts[i][1] + random.nextInt(150);
			for (int y = 0; y < 3; y++) {
				total[y] += parts[i][y];
			}
		}
		long statedTotal2030 = "sum.mismatch".equals(plant) ? total[2] + 7 : total[2];
		BigDecimal growth = Decimals.cagrPercent(BigDecimal.valueOf(total[0]), BigDecimal.valueOf(total[2]), 10, false).setScale(2, RoundingMode.HALF_UP);
		b.append("章 ").append(n + 1).append(" \"第").append(n + 1).append("组\" {\n");
		b.append("  指标表 {\n    列 基期 2020 | 目标 2025 | 目标 2030 | 年均增速 | 属性\n    类别 \"产业").append(n).append("\" {\n");
		b.append("      指标 总产值").append(tag(n)).append("（亿元）：").append(total[0]).append(" | ").append(total[1]).append(" | ").append(statedTotal2030)
				.append(" | ").append("sum.mismatch".equals(plant) ? Decimals.cagrPercent(BigDecimal.valueOf(total[0]), BigDecimal.valueOf(statedTotal2030), 10, false)
						.setScale(2, RoundingMode.HALF_UP).toPlainString() : growth.toPlainString())
				.append(" | 预期性\n");
		for (int i = 0; i < 5; i++) {
			b.append("      指标 产值").append(tag(n)).append('_').append(i).append("（亿元）：").append(parts[i][0]).append(" | ").append(parts[i][1]).append(" | ")
					.append(parts[i][2]).append(" | — | 预期性\n");
		}
		b.append("    }\n  }\n  合计 总产值").append(tag(n)).append(" = ");
		for (int i = 0; i < 5; i++) {
			b.append(i == 0 ? "" : " + ").append("产值").append(tag(n)).append('_').append(i);
		}
		long claimed = "claim.mismatch".equals(plant) ? statedTotal2030 + 100 : statedTotal2030;
		b.append("\n  段 \"到2030年，总产值达到\" [").append(claimed).append("亿元](总产值").append(tag(n)).append("@2030) \"。\"\n");
		long a0 = 100 + random.nextInt(900);
		long a1 = 100 + random.nextInt(900);
		long area = "space.parts".equals(plant) ? (a0 + a1) * 2 : a0 + a1;
		b.append("  功能区 园区").append(tag(n)).append(" { 面积 ").append(area).append(" 亩 全覆盖 组成 甲区").append(tag(n)).append(", 乙区").append(tag(n))
				.append(" }\n");
		b.append("  功能区 甲区").append(tag(n)).append(" { 面积 ").append(a0).append(" 亩 }\n");
		b.append("  功能区 乙区").append(tag(n)).append(" { 面积 ").append(a1).append(" 亩 }\n");
		long s1 = 1 + random.nextInt(40);
		long s2 = 1 + random.nextInt(40);
		long invest = "project.stages".equals(plant) ? s1 + s2 + 5 : s1 + s2;
		b.append("  项目 项目").append(tag(n)).append(" { 总投资 ").append(invest).append(" 亿元 分期 一期 { 总投资 ").append(s1).append(" 亿元 } 分期 二期 { 总投资 ")
				.append(s2).append(" 亿元 } }\n}\n");
		return 6 * 3 + 1 + 1 + 3 + 3;
	}

	/** Names carry the block number in Chinese-free Latin form, so that they stay identifiers. */
	private static String tag(int n) {
		return "N" + n;
	}
}
