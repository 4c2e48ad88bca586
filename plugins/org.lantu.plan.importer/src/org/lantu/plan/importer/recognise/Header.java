package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.source.SourceBlock;
import org.lantu.plan.importer.source.SourceBlock.Para;
import org.lantu.plan.quantity.ChineseNumerals;

/**
 * The header of an official document, from the lines before its body: the issuer's mark (…文件)
 * or its name, the document number (代字〔年〕号), the title (two lines joined when it is set on
 * two), the addressees (主送, a line ending with a colon), the signature and date, a contents
 * list (kept as comments). The period comes from the title (（2021—2025年）, “十四五”), the text
 * (规划期限为…) or the targets' year; the outlook from 展望…年; the kind from the title's last word.
 */
final class Header {

	private static final Pattern NUMBER = Pattern.compile("^[\\p{IsHan}]{1,12}[〔\\[［(（][0-9]{4}[〕\\]］)）][0-9]{1,4}号$");
	/** The line under a report's title: ——2025年1月10日在某市第十八届人民代表大会第五次会议上. */
	private static final Pattern DELIVERED = Pattern.compile("^[—－-]{1,2}(.{8,16}?日)在.{2,60}?(?:会议|大会|会)上$");
	private static final Pattern DATE = Pattern.compile("^([0-9]{4}|[〇O零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$");
	private static final Pattern ORGANISATION = Pattern.compile("^[\\p{IsHan}（）()]{2,40}(人民政府|政府办公室|办公室|办公厅|管理委员会|管委会|委员会|政府|局|厅|委)$");
	private static final List<String> KINDS = List.of("规划纲要", "发展规划", "规划", "实施方案", "工作方案", "行动方案", "方案", "实施意见", "指导意见", "意见", "行动计划",
			"工作要点", "要点", "工作计划", "计划", "决定", "办法", "通知", "纲要", "报告");
	/** An annual plan's report: 2024年国民经济和社会发展计划执行情况与2025年计划草案 — of both years. */
	private static final Pattern EXECUTED_AND_PLANNED = Pattern.compile("((?:19|20)[0-9]{2})\\s*年.{0,30}?执行情况(?:与|和|及)((?:19|20)[0-9]{2})\\s*年.{0,30}?计划");
	/** The one year a year's document is for: 某经济开发区2025年工作要点, 2024年工作计划. */
	private static final Pattern ONE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})\\s*年(?:度)?(?:工作要点|工作计划|工作方案|行动计划|计划|要点)");
	private static final Pattern TITLE_KIND = Pattern.compile(".*(" + String.join("|", KINDS) + ")([（(][^（()）]{0,20}[）)])?$");
	private static final Pattern PERIOD = Pattern.compile("((?:19|20)[0-9]{2})\\s*年?\\s*[—–\\-－~～至]+\\s*((?:19|20)[0-9]{2})\\s*年?");
	private static final Pattern STATED_PERIOD = Pattern.compile("规划(?:期限|期|时限)[为是：:]?\\s*" + PERIOD.pattern());
	private static final Pattern TARGET_YEAR = Pattern.compile("(?:到|至)\\s*((?:19|20)[0-9]{2})\\s*年");
	private static final Pattern OUTLOOK = Pattern.compile("(?:展望|远景|远期|到|至)[^。，；]{0,8}?((?:19|20)[0-9]{2}|二[〇O零][一二三四五六七八九〇O零]{2})\\s*年");
	/** 某市人民政府办公室关于印发…的通知: who speaks; 关于印发《X》的通知: the document it sends. */
	private static final Pattern SPEAKER = Pattern.compile("^(.{2,40}?)关于.+的(通知|决定|意见|批复)$");
	private static final Pattern TRANSMITTED = Pattern.compile("^.*关于印发《?(.+?)》?的通知$");
	/** “十四五”, 十四五, and the titles' 第十四个五年 (规划纲要): the five-year plan's number. */
	private static final Pattern FIVE_YEAR = Pattern.compile("“?十([一二三四五六七八九])五”?|第十([一二三四五六七八九])个五年");
	/** 和二〇三五年远景目标纲要: the outlook a title names before its 远景. */
	private static final Pattern OUTLOOK_BEFORE = Pattern.compile("((?:19|20)[0-9]{2}|二[〇O零][一二三四五六七八九〇O零]{2})\\s*年\\s*远景");
	/** The words of a plan's own area; a bare 规划面积 (the last) is also a zone's. */
	static final String PLAN_AREA_WORDS = "总规划面积|规划总面积|总规划范围|规划范围|国土总面积|国土面积|行政区域总面积|行政区域面积|辖区总面积|辖区面积|规划面积";
	/**
	 * The plan's area: 总规划面积, 规划总面积, 规划范围 and a county's 国土总面积 are the whole plan's; a bare
	 * 规划面积 is also a zone's (（一）起步区。规划面积约12平方公里), so it counts only outside a numbered item,
	 * and not after 其中 (其中中心城区规划面积42.6平方公里 is a part's).
	 */
	private static final Pattern AREA = Pattern.compile(
			"(" + PLAN_AREA_WORDS + ")[^。；，,\\n]{0,12}?(约|近)?([0-9]+(?:\\.[0-9]+)?)\\s*"
					+ "(平方公里|平方千米|公顷|亩|万亩|km²)");
	private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*(?:[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、)");
	private static final Pattern TOC_ENTRY = Pattern.compile("^[0-9]*\\s*(第[一二三四五六七八九十百]+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|前\\s*言|结\\s*语|附\\s*件).{0,40}?[0-9]*$");

	private Header() {
	}

	/** Reads the header into the draft; returns the indices of the blocks it used. */
	static Set<Integer> read(List<SourceBlock> blocks, Draft d, String allText) {
		Set<Integer> used = new TreeSet<>();
		int window = window(blocks);
		List<String> titles = new ArrayList<>();
		List<Integer> titleAt = new ArrayList<>();
		for (int i = 0; i < window; i++) {
			if (!(blocks.get(i) instanceof Para p)) {
				continue;
			}
			String t = p.text().replaceAll("[\\s\u3000]+", "");
			if (t.matches("目录")) {
				used.add(i);
				d.comments.add("目录（原文）");
				for (int j = i + 1; j < blocks.size() && blocks.get(j) instanceof Para e && TOC_ENTRY.matcher(e.text().strip()).matches(); j++) {
					used.add(j);
					d.comments.add(e.text().strip());
					i = j;
				}
				continue;
			}
			int[] delivered = deliveredOn(t);
			if (d.number == null && NUMBER.matcher(t).matches()) {
				d.number = t;
				used.add(i);
			} else if (d.issuer == null && t.endsWith("文件") && t.length() <= 30 && t.length() > 2) {
				d.issuer = t.substring(0, t.length() - 2);
				used.add(i);
			} else if (delivered != null) {
				// the day a report was delivered is its date
				if (d.date == null) {
					d.date = delivered;
				}
				d.comments.add(p.text().strip());
				used.add(i);
			} else if (DATE.matcher(t).matches()) {
				int[] date = date(t);
				if (date != null) {
					if (d.date == null) {
						d.date = date;
					}
					used.add(i);
					if (i > 0 && blocks.get(i - 1) instanceof Para s && ORGANISATION.matcher(s.text().replaceAll("[\\s\u3000]+", "")).matches()) {
						d.signedBy = s.text().replaceAll("[\\s\u3000]+", "");
						d.signedDate = date;
						used.add(i - 1);
					}
				}
			} else if (d.addressees.isEmpty() && t.matches(".*[：:]$") && t.matches(".*[，、,].*") && t.length() <= 150 && !t.contains("。")) {
				for (String a : t.substring(0, t.length() - 1).split("[，、,]")) {
					if (!a.isBlank()) {
						d.addressees.add(a);
					}
				}
				used.add(i);
			} else if (t.length() <= 60 && TITLE_KIND.matcher(t).matches() && !t.contains("。")) {
				titles.add(t);
				titleAt.add(i);
				used.add(i);
			} else if (t.length() <= 40 && i + 1 < window && blocks.get(i + 1) instanceof Para next
					&& TITLE_KIND.matcher(t + next.text().replaceAll("[\\s\u3000]+", "")).matches() && next.text().length() <= 30 && titles.isEmpty()
					&& !t.contains("。")) {
				titles.add(t + next.text().replaceAll("[\\s\u3000]+", ""));
				titleAt.add(i);
				used.add(i);
				used.add(i + 1);
				i++;
			}
		}
		// the issuer: an organisation's line in the header that is not the signature
		for (int i = 0; i < window && d.issuer == null; i++) {
			if (blocks.get(i) instanceof Para p && !used.contains(i) && ORGANISATION.matcher(p.text().replaceAll("[\\s\u3000]+", "")).matches()) {
				d.issuer = p.text().replaceAll("[\\s\u3000]+", "");
				used.add(i);
			}
		}
		// 某市人民政府办公室关于印发…的通知: the issuer is who speaks in the notice's title
		for (String t : titles) {
			Matcher by = SPEAKER.matcher(t);
			if (d.issuer == null && by.matches() && ORGANISATION.matcher(by.group(1)).matches()) {
				d.issuer = by.group(1);
			}
		}
		title(d, titles);
		period(d, allText);
		d.area = area(blocks);
		return used;
	}

	/** The plan's area as the language writes it (约12 平方公里), or null when no paragraph states it. */
	private static String area(List<SourceBlock> blocks) {
		String bare = null;
		for (SourceBlock b : blocks) {
			if (!(b instanceof Para p)) {
				continue;
			}
			Matcher m = AREA.matcher(p.text());
			while (m.find()) {
				String area = (m.group(2) == null ? "" : m.group(2)) + m.group(3) + " " + m.group(4);
				if (!m.group(1).equals("规划面积")) {
					return area;
				}
				if (bare == null && !NUMBERED_ITEM.matcher(p.text()).find() && !sentenceBefore(p.text(), m.start()).contains("其中")) {
					bare = area;
				}
			}
		}
		return bare;
	}

	/** The text of the sentence up to {@code at}. */
	private static String sentenceBefore(String text, int at) {
		int start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
		return text.substring(start, at);
	}

	/** The header is read from the blocks before the first heading (at most the first 40). */
	private static int window(List<SourceBlock> blocks) {
		int n = Math.min(blocks.size(), 40);
		for (int i = 0; i < n; i++) {
			if (blocks.get(i) instanceof Para p && Headings.of(p.text()).isPresent() && Headings.of(p.text()).get().kind() != Headings.Kind.UNNUMBERED) {
				return i;
			}
			if (!(blocks.get(i) instanceof Para)) {
				return i;
			}
		}
		return n;
	}

	private static void title(Draft d, List<String> titles) {
		String title = null;
		for (String t : titles) {
			Matcher notice = TRANSMITTED.matcher(t);
			if (notice.matches()) {
				title = notice.group(1);
				break;
			}
		}
		if (title == null && !titles.isEmpty()) {
			title = titles.get(titles.size() - 1);
		}
		if (title == null) {
			d.name = "导入的规划";
			return;
		}
		d.title = title.replaceAll("^《|》$", "");
		d.name = d.title.replaceAll("[《》“”\"]", "");
		for (String k : KINDS) {
			if (d.title.replaceAll("[（(][^（()）]*[）)]$", "").endsWith(k)) {
				d.kind = k.equals("发展规划") ? "规划" : k;
				break;
			}
		}
	}

	private static void period(Draft d, String text) {
		String title = d.title == null ? "" : d.title;
		Matcher m = PERIOD.matcher(title);
		if (!m.find()) {
			m = STATED_PERIOD.matcher(text);
			if (!m.find()) {
				m = null;
			}
		}
		if (m != null) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			if (from <= to) {
				d.periodFrom = from;
				d.periodTo = to;
			}
		}
		Matcher both = EXECUTED_AND_PLANNED.matcher(title);
		if (d.periodTo == 0 && both.find() && Integer.parseInt(both.group(2)) - Integer.parseInt(both.group(1)) == 1) {
			d.periodFrom = Integer.parseInt(both.group(1));
			d.periodTo = Integer.parseInt(both.group(2));
		}
		if (d.periodTo == 0 && d.date != null && title.endsWith("工作报告")) {
			// 政府工作报告, delivered early in a year: on the year before and the year it is delivered in
			d.periodFrom = d.date[0] - 1;
			d.periodTo = d.date[0];
		}
		Matcher year = ONE_YEAR.matcher(title);
		if (d.periodTo == 0 && year.find()) {
			d.periodFrom = Integer.parseInt(year.group(1));
			d.periodTo = d.periodFrom;
		}
		Matcher five = FIVE_YEAR.matcher(title);
		if (d.periodTo == 0 && five.find()) {
			int n = 10 + (int) ChineseNumerals.parse(five.group(1) != null ? five.group(1) : five.group(2)).orElse(0);
			d.periodFrom = 1981 + 5 * (n - 6);
			d.periodTo = d.periodFrom + 4;
		}
		if (d.periodTo == 0) {
			// the year most targets are set for (到2020年), from the year of the document
			Matcher to = TARGET_YEAR.matcher(text);
			Map<Integer, Integer> counts = new HashMap<>();
			while (to.find()) {
				counts.merge(Integer.parseInt(to.group(1)), 1, Integer::sum);
			}
			counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
					.ifPresent(e -> {
						d.periodTo = e.getKey();
						if (d.date != null && d.date[0] <= d.periodTo) {
							d.periodFrom = d.date[0];
						}
					});
		}
		if (d.periodTo > 0) {
			TreeSet<Integer> years = new TreeSet<>();
			for (Pattern p : List.of(OUTLOOK, OUTLOOK_BEFORE)) {
				Matcher outlook = p.matcher(p == OUTLOOK ? text : title);
				while (outlook.find()) {
					OptionalLong y = year(outlook.group(1));
					if (y.isPresent() && y.getAsLong() > d.periodTo && y.getAsLong() <= d.periodTo + 40) {
						years.add((int) y.getAsLong());
					}
				}
			}
			d.outlook.addAll(years);
		}
	}

	private static OptionalLong year(String s) {
		if (s.matches("[0-9]{4}")) {
			return OptionalLong.of(Long.parseLong(s));
		}
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			int digit = "〇一二三四五六七八九".indexOf(c == 'O' || c == '零' ? '〇' : c);
			if (digit < 0) {
				return OptionalLong.empty();
			}
			b.append(digit);
		}
		return OptionalLong.of(Long.parseLong(b.toString()));
	}

	/** The day of ——2025年1月10日在…会议上, or null. */
	private static int[] deliveredOn(String line) {
		Matcher m = DELIVERED.matcher(line);
		return m.matches() ? date(m.group(1)) : null;
	}

	private static int[] date(String t) {
		Matcher m = DATE.matcher(t);
		if (!m.matches()) {
			return null;
		}
		OptionalLong y = year(m.group(1));
		OptionalLong mo = ChineseNumerals.parse(m.group(2));
		OptionalLong day = ChineseNumerals.parse(m.group(3));
		if (y.isEmpty() || mo.isEmpty() || day.isEmpty() || mo.getAsLong() < 1 || mo.getAsLong() > 12 || day.getAsLong() < 1 || day.getAsLong() > 31) {
			return null;
		}
		return new int[] { (int) y.getAsLong(), (int) mo.getAsLong(), (int) day.getAsLong() };
	}
}
