package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft.StatedIndicator;

/**
 * The indicators of a draft, from its tables and from its sentences: their names (each unique in
 * the plan), units, the years they have a value for and whether they state a growth rate, so that
 * a number in the prose can be tied to one of them.
 */
public final class Indicators {

	/** One indicator; {@code stated} is set for one created from a sentence, which sentences may add values to. */
	public static final class Known {
		public final String name;
		public final String key;
		public final String unit;
		public final TreeSet<Integer> years = new TreeSet<>();
		private final TreeSet<Integer> targetYears = new TreeSet<>();
		private final TreeSet<Integer> actualYears = new TreeSet<>();
		/** The years whose value is a ratio (三次产业结构 6.7:38.5:54.8): a ratio in the text can claim only those. */
		public final TreeSet<Integer> ratioYears = new TreeSet<>();
		public boolean growth;
		/** Whether it states a cumulative change ([14] in the growth or change column). */
		public boolean change;
		public final StatedIndicator stated;

		Known(String name, String unit, StatedIndicator stated) {
			this.name = name;
			this.key = key(name);
			this.unit = unit;
			this.stated = stated;
		}

		/** A value of a table's column: a target or an actual of {@code year}, or another value. */
		void valueIn(int year, boolean target, boolean actual) {
			years.add(year);
			if (target) {
				targetYears.add(year);
			}
			if (actual) {
				actualYears.add(year);
			}
		}

		/** Whether it has both a target and an actual for the year (an annual plan's 2024年计划 and 2024年预计完成). */
		public boolean plannedAndAchieved(int year) {
			return targetYears.contains(year) && actualYears.contains(year);
		}
	}

	private static final String SUMMED = "累计";

	private final Map<String, Known> byName = new LinkedHashMap<>();
	/** Every name given in the draft: indicators, projects, lists (one name space per plan). */
	private final Set<String> taken = new HashSet<>();

	/** A name no element of the draft has yet: the name itself, else with （2）, （3）…; it is taken from now on. */
	public String unique(String name) {
		String n = name;
		for (int i = 2; taken.contains(n); i++) {
			n = name + "（" + i + "）";
		}
		taken.add(n);
		return n;
	}

	public Known add(String name, String unit, StatedIndicator stated) {
		Known k = new Known(name, unit, stated);
		byName.put(name, k);
		taken.add(name);
		return k;
	}

	/** The indicator of exactly this name, or null. */
	public Known known(String name) {
		return byName.get(name);
	}

	public List<Known> all() {
		return new ArrayList<>(byName.values());
	}

	public int size() {
		return byName.size();
	}

	/**
	 * The indicator a clause of a sentence names, by its name, by a part of it that is at least
	 * three characters and most of it, or by most of its characters in order; of compatible unit.
	 * A clause that names what is added (新增市场主体) names only an indicator of what is added, and
	 * one that does not say 累计 never names a sum (累计接待游客).
	 */
	public Known named(String subject, String unit, int year) {
		String s = key(subject);
		if (s.length() < 2) {
			return null;
		}
		Matcher added = FLOW.matcher(s);
		String flow = added.find() ? added.group(1) : null;
		Known best = null;
		double bestScore = 0;
		for (Known k : byName.values()) {
			if (k.key.isEmpty() || !Amounts.compatible(unit, k.unit)) {
				continue;
			}
			if (flow != null && !k.key.contains(flow)) {
				continue; // 新增市场主体 is the year's new ones, not the 市场主体 there are
			}
			if (k.key.contains(SUMMED) && !s.contains(SUMMED)) {
				continue; // 接待游客 is the year's, not the sum 累计接待游客 of a span
			}
			if (!closeEnough(s, k.key, Math.max(0.75, bestScore) - 0.01)) {
				continue; // it can neither be named (0.75) nor beat the best so far
			}
			// of two as like, the one with a value for the year
			double score = similarity(s, k.key) + (year > 0 && k.years.contains(year) ? 0.01 : 0);
			if (score > bestScore || score == bestScore && best != null && k.key.length() > best.key.length()) {
				best = k;
				bestScore = score;
			}
		}
		return bestScore >= 0.75 ? best : null;
	}

	/**
	 * Whether {@link #similarity} may reach {@code least}: always by containment, else only if the
	 * longest common subsequence may (it is at most the shorter one's length). Spares the
	 * subsequence, which is quadratic, for names that cannot be meant.
	 */
	static boolean closeEnough(String subject, String name, double least) {
		if (subject.contains(name) || name.contains(subject)) {
			return true;
		}
		return 2.0 * Math.min(subject.length(), name.length()) / (subject.length() + name.length()) >= least;
	}

	static double similarity(String subject, String name) {
		if (subject.equals(name)) {
			return 1;
		}
		if (opposite(subject, name) || partOfTheOther(subject, name) || partOfTheOther(name, subject) || otherNumbers(subject, name)) {
			return 0;
		}
		if (subject.endsWith(name) && name.length() >= 2) {
			return 0.95;
		}
		if (subject.contains(name) && name.length() >= 3) {
			return 0.9;
		}
		if (name.contains(subject) && subject.length() >= 3 && subject.length() * 2 >= name.length()) {
			return 0.85;
		}
		int lcs = lcs(subject, name);
		return 2.0 * lcs / (subject.length() + name.length());
	}

	/**
	 * Whether the two name opposite things: a word of one of {@link #OPPOSITES} in one, its
	 * counterpart in the other (地方公共财政支出 is not 地方公共财政收入, 省级企业技术中心 not 国家级企业技术中心).
	 */
	static boolean opposite(String a, String b) {
		for (String[] pair : OPPOSITES) {
			for (int i = 0; i < 2; i++) {
				String x = pair[i];
				String y = pair[1 - i];
				if (a.contains(x) && !a.contains(y) && b.contains(y) && !b.contains(x)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether {@code longer} is {@code shorter} said of a part: what it adds names an industry, the
	 * enterprises of a kind or the leading ones (主导产业营业收入, 现代服务业营业收入, 规模以上工业增加值 against 营业收入,
	 * 工业增加值); what it adds as a place or a time (高新区营业收入, 全县工业总产值年度目标) keeps the measure.
	 */
	static boolean partOfTheOther(String longer, String shorter) {
		int at = longer.indexOf(shorter);
		if (shorter.length() < 2 || at < 0 || longer.length() == shorter.length()) {
			return false;
		}
		String before = longer.substring(0, at);
		String after = longer.substring(at + shorter.length());
		if (before.isEmpty() && INDUSTRY_WORD.matcher(after).matches()) {
			return false; // 电子信息产业, 电子信息产业产值: the row 电子信息 of a table of industries
		}
		// a place named with an industry (高新技术产业开发区, 光电产业园) is a place: its measure is the measure
		return PART.matcher(before).find() && !PLACE_END.matcher(before).find() || PART.matcher(after).find();
	}

	/** Whether the names hold other numbers (产值10亿元以上企业 and 产值亿元以上企业; PM2.5 and PM10): they name other things. */
	static boolean otherNumbers(String a, String b) {
		// most names hold no number: no list is made for them
		return (NUMBER.matcher(a).find() || NUMBER.matcher(b).find()) && !numbersIn(a).equals(numbersIn(b));
	}

	/** The numbers a name holds (产值10亿元以上企业: 10; PM2.5: 2.5), in half-width digits. */
	static List<String> numbersIn(String name) {
		List<String> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(name);
		while (m.find()) {
			StringBuilder n = new StringBuilder();
			m.group().chars().forEach(c -> n.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : (char) c));
			numbers.add(n.toString());
		}
		return numbers;
	}

	private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");

	/** Words of which the one excludes the other in a name. */
	private static final String[][] OPPOSITES = { { "收入", "支出" }, { "进口", "出口" }, { "流入", "流出" }, { "城镇", "农村" }, { "城市", "农村" }, { "国家级", "省级" },
			{ "国家级", "市级" }, { "省级", "市级" }, { "增加", "减少" }, { "上升", "下降" }, { "提高", "降低" }, { "新增", "减少" } };
	/** What makes a measure a part's: an industry, a kind of enterprises, the leading or new ones. */
	private static final Pattern PART = Pattern.compile("产业|行业|企业|集群|板块|领域|主导|新兴|规上|规模以上|高新技术|龙头|业$");
	private static final Pattern PLACE_END = Pattern.compile("(区|园|园区|基地|新城|县|市|镇|乡)$");
	/** What a table of industries leaves to its caption: the word for an industry and its measure. */
	private static final Pattern INDUSTRY_WORD = Pattern.compile("(?:产业|行业|产业集群|板块)?(?:产值|总产值|营业收入|主营业务收入|增加值|规模)?");

	/** The length of the longest common subsequence. */
	static int lcs(String a, String b) {
		if (a.length() > 200 || b.length() > 200) {
			return 0;
		}
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	/** A name as compared: without numbering, units in parentheses, quotes, spaces and marks; Latin in lower case. */
	public static String key(String name) {
		String k = TRAILING_UNIT.matcher(LEADING_NUMBER.matcher(name).replaceAll("")).replaceAll("");
		return MARKS.matcher(k).replaceAll("").toLowerCase().replace("gdp", "地区生产总值");
	}

	/** 新增, 新建…: what a clause names is what is added in the year, a flow, not a stock. */
	static final Pattern FLOW = Pattern.compile("^(?:累计)?(新增|新建|新引进|新培育|净增)");
	private static final Pattern LEADING_NUMBER = Pattern.compile("^[0-9０-９]+[.．、]");
	private static final Pattern TRAILING_UNIT = Pattern.compile("[（(][^（()）]*[）)]$");
	private static final Pattern MARKS = Pattern.compile("[\\s“”\"'‘’「」《》*＊、，,。：:；;（）()]");
}
