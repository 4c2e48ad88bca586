package org.lantu.plan.quantity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The units a plan may use: the built-in table of units found in Chinese development plans,
 * plus the plan's own {@code unit} declarations. Facts: 1 亿元 = 10,000 万元; 1 km² = 100 公顷 =
 * 1500 亩; 1 公顷 = 15 亩 = 10,000 m². Each unit's size is exact in its dimension's base unit
 * (元 for money, 亩 for area, 1 for counts), so converting by multiplication never rounds.
 */
public final class Units {

	private static final Map<String, Unit> BUILT_IN;

	/** Units written only after a slash (万吨/日): their words alone mean something else. */
	private static final Map<String, Unit> DENOMINATORS;

	/** Qualifier words that authors glue to a unit: 1000亿元以上, 2000亩左右. */
	public static final List<String> GLUED_SUFFIXES = List.of("以上", "以下", "左右", "以内", "余", "多");

	static {
		Map<String, Unit> m = new LinkedHashMap<>();
		money(m, "元", "1"); money(m, "万元", "1E4"); money(m, "亿元", "1E8"); money(m, "千元", "1E3");
		money(m, "百万元", "1E6"); money(m, "千亿元", "1E11"); money(m, "万亿元", "1E12");
		put(m, "美元", Dimension.FOREIGN_MONEY, "1"); put(m, "万美元", Dimension.FOREIGN_MONEY, "1E4");
		put(m, "亿美元", Dimension.FOREIGN_MONEY, "1E8");
		// area is counted in 亩, so that every conversion is exact: 1 m² = 0.0015 亩, 1 公顷 = 15 亩,
		// 1 km² = 1500 亩
		area(m, "平方米", "0.0015"); area(m, "m²", "0.0015"); area(m, "m2", "0.0015"); area(m, "㎡", "0.0015"); area(m, "平米", "0.0015");
		area(m, "万平方米", "15"); area(m, "万平米", "15"); area(m, "万m²", "15"); area(m, "万㎡", "15");
		area(m, "公顷", "15"); area(m, "ha", "15"); area(m, "亩", "1"); area(m, "万亩", "1E4");
		area(m, "平方公里", "1500"); area(m, "km²", "1500"); area(m, "km2", "1500"); area(m, "平方千米", "1500");
		put(m, "米", Dimension.LENGTH, "1"); put(m, "m", Dimension.LENGTH, "1"); put(m, "公里", Dimension.LENGTH, "1000");
		put(m, "km", Dimension.LENGTH, "1000"); put(m, "千米", Dimension.LENGTH, "1000"); put(m, "万米", Dimension.LENGTH, "1E4");
		put(m, "吨", Dimension.MASS, "1"); put(m, "t", Dimension.MASS, "1"); put(m, "万吨", Dimension.MASS, "1E4");
		put(m, "亿吨", Dimension.MASS, "1E8"); put(m, "千克", Dimension.MASS, "0.001"); put(m, "kg", Dimension.MASS, "0.001");
		put(m, "公斤", Dimension.MASS, "0.001"); put(m, "克", Dimension.MASS, "1E-6"); put(m, "g", Dimension.MASS, "1E-6");
		// concentrations: 微克/立方米 (PM2.5), 毫克/升 (water)
		put(m, "毫克", Dimension.MASS, "1E-9"); put(m, "mg", Dimension.MASS, "1E-9"); put(m, "微克", Dimension.MASS, "1E-12");
		put(m, "μg", Dimension.MASS, "1E-12");
		put(m, "立方米", Dimension.VOLUME, "1"); put(m, "万立方米", Dimension.VOLUME, "1E4"); put(m, "m³", Dimension.VOLUME, "1");
		put(m, "亿立方米", Dimension.VOLUME, "1E8"); put(m, "升", Dimension.VOLUME, "0.001"); put(m, "L", Dimension.VOLUME, "0.001");
		put(m, "毫升", Dimension.VOLUME, "0.000001");
		put(m, "kWh", Dimension.ENERGY, "1"); put(m, "千瓦时", Dimension.ENERGY, "1"); put(m, "度", Dimension.ENERGY, "1");
		put(m, "万千瓦时", Dimension.ENERGY, "1E4"); put(m, "MWh", Dimension.ENERGY, "1E3"); put(m, "GWh", Dimension.ENERGY, "1E6");
		put(m, "亿千瓦时", Dimension.ENERGY, "1E8"); put(m, "吨标准煤", Dimension.ENERGY, "8141"); put(m, "万吨标准煤", Dimension.ENERGY, "8.141E7");
		put(m, "吨标煤", Dimension.ENERGY, "8141"); put(m, "万吨标煤", Dimension.ENERGY, "8.141E7");
		put(m, "亿吨标准煤", Dimension.ENERGY, "8.141E11"); put(m, "千克标准煤", Dimension.ENERGY, "8.141"); put(m, "公斤标准煤", Dimension.ENERGY, "8.141");
		put(m, "克标准煤", Dimension.ENERGY, "0.008141"); put(m, "千克标煤", Dimension.ENERGY, "8.141"); put(m, "克标煤", Dimension.ENERGY, "0.008141");
		put(m, "兆瓦时", Dimension.ENERGY, "1E3"); put(m, "吉瓦时", Dimension.ENERGY, "1E6"); put(m, "TWh", Dimension.ENERGY, "1E9");
		put(m, "太瓦时", Dimension.ENERGY, "1E9"); put(m, "万亿千瓦时", Dimension.ENERGY, "1E12");
		put(m, "kW", Dimension.POWER, "1"); put(m, "千瓦", Dimension.POWER, "1"); put(m, "万千瓦", Dimension.POWER, "1E4");
		put(m, "MW", Dimension.POWER, "1E3"); put(m, "GW", Dimension.POWER, "1E6"); put(m, "兆瓦", Dimension.POWER, "1E3");
		put(m, "吉瓦", Dimension.POWER, "1E6"); put(m, "亿千瓦", Dimension.POWER, "1E8");
		put(m, "KV", Dimension.VOLTAGE, "1"); put(m, "kV", Dimension.VOLTAGE, "1"); put(m, "千伏", Dimension.VOLTAGE, "1");
		put(m, "Mbps", Dimension.DATA_RATE, "1"); put(m, "Gbps", Dimension.DATA_RATE, "1000"); put(m, "兆", Dimension.DATA_RATE, "1");
		for (String w : List.of("家", "个", "户", "件", "人", "项", "座", "条", "名", "所", "只", "台", "套", "辆", "张", "床", "次", "位", "支", "处", "栋", "艘", "列", "口", "株", "车")) {
			put(m, w, Dimension.COUNT, "1");
		}
		for (String w : List.of("万人", "万户", "万件", "万台", "万套", "万辆", "万只", "万次", "万张", "万个", "万家", "万车")) {
			put(m, w, Dimension.COUNT, "1E4");
		}
		for (String w : List.of("亿只", "亿件", "亿个", "亿人次", "亿次")) {
			put(m, w, Dimension.COUNT, "1E8");
		}
		put(m, "人次", Dimension.COUNT, "1"); put(m, "万人次", Dimension.COUNT, "1E4");
		// per thousand and per hundred thousand people (张/千人, 人/十万人); containers at ports (标箱, TEU)
		put(m, "千人", Dimension.COUNT, "1E3"); put(m, "十万人", Dimension.COUNT, "1E5"); put(m, "千户", Dimension.COUNT, "1E3");
		put(m, "标箱", Dimension.COUNT, "1"); put(m, "TEU", Dimension.COUNT, "1"); put(m, "万标箱", Dimension.COUNT, "1E4");
		put(m, "万TEU", Dimension.COUNT, "1E4");
		put(m, "%", Dimension.PERCENT, "1"); put(m, "百分点", Dimension.PERCENTAGE_POINTS, "1"); put(m, "个百分点", Dimension.PERCENTAGE_POINTS, "1");
		put(m, "‰", Dimension.PERMILLE, "1");
		// time in 年; a year of 365 days (what a capacity per day times 365 gives per year)
		put(m, "年", Dimension.TIME, "1"); put(m, "岁", Dimension.TIME, "1"); part(m, "天", 1, 365); part(m, "月", 1, 12); part(m, "个月", 1, 12);
		part(m, "小时", 1, 365 * 24); part(m, "分钟", 1, 365 * 24 * 60);
		put(m, "倍", Dimension.RATIO, "1");
		// counting words of slogans: 三大, 5大, 八大功能区
		put(m, "大", Dimension.COUNT, "1");
		BUILT_IN = Collections.unmodifiableMap(m);
		// 日 and 周 alone are the day of a date and a week's name, units only per them: 万吨/日, 万人次/周
		Map<String, Unit> d = new LinkedHashMap<>();
		part(d, "日", 1, 365); part(d, "周", 7, 365);
		DENOMINATORS = Collections.unmodifiableMap(d);
	}

	/** The words that are units only after a slash. */
	public static Set<String> denominatorsOnly() {
		return DENOMINATORS.keySet();
	}

	private static void money(Map<String, Unit> m, String n, String f) {
		put(m, n, Dimension.MONEY, f);
	}

	private static void area(Map<String, Unit> m, String n, String f) {
		put(m, n, Dimension.AREA, f);
	}

	private static void part(Map<String, Unit> m, String n, long parts, long whole) {
		m.put(n, Unit.fraction(n, Dimension.TIME, parts, whole));
	}

	private static void put(Map<String, Unit> m, String n, Dimension d, String f) {
		m.put(n, new Unit(n, d, f));
	}

	private final Map<String, Unit> declared = new LinkedHashMap<>();

	/**
	 * The units made of known ones found so far (and the names that are none), by name: each value in 万元/公顷 would
	 * otherwise divide the sizes again. Read by the threads that check a plan's blocks at once, and forgotten when the
	 * plan declares a unit.
	 */
	private final Map<String, Optional<Unit>> derived = new ConcurrentHashMap<>();

	/** Built-in units only. */
	public Units() {
	}

	public static Map<String, Unit> builtIn() {
		return BUILT_IN;
	}

	/**
	 * Declares a unit: {@code unit 万吨 = 10000 吨} (a multiple of a known unit) or
	 * {@code unit 床位 dimension count} (a new unit). Returns an error text or null.
	 */
	public String declare(String name, BigDecimal factor, String baseName, String dimensionName) {
		derived.clear();
		if (factor != null && baseName != null) {
			Optional<Unit> base = find(baseName);
			if (base.isEmpty()) {
				return "unit '" + baseName + "' is not known; declare it first";
			}
			if (factor.signum() <= 0) {
				return "a unit's size must be positive";
			}
			Unit b = base.get();
			declared.put(name, new Unit(name, b.dimension(), factor.multiply(b.factor()), b.numerator(), b.denominator(), b.exact()));
			return null;
		}
		Dimension d = Dimension.OTHER;
		if (dimensionName != null) {
			for (Dimension candidate : Dimension.values()) {
				// a unit per another is written as one (万元/亩), never declared as a dimension of its own
				if (candidate != Dimension.PER && (candidate.name().equalsIgnoreCase(dimensionName.replace('-', '_')) || candidate.label().equalsIgnoreCase(dimensionName))) {
					d = candidate;
				}
			}
		}
		declared.put(name, new Unit(name, d, BigDecimal.ONE));
		return null;
	}

	/**
	 * The unit of this name: declared, built in, or one known unit per another (万元/亩, 吨标准煤/万元,
	 * 人/平方公里), unless the plan declares that name itself.
	 */
	public Optional<Unit> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		Unit u = declared.get(name);
		if (u == null) {
			u = BUILT_IN.get(name);
		}
		if (u != null) {
			return Optional.of(u);
		}
		return derived.computeIfAbsent(name, n -> Optional.ofNullable(derive(n)));
	}

	/**
	 * A unit made of known ones: 千瓦·时 is 千瓦时 (kW·h is kWh); 1/10万 a rate per a number; 万元/亩 one per
	 * another. Null when it is none of them.
	 */
	private Unit derive(String name) {
		String undotted = MIDDLE_DOT.matcher(name).replaceAll("");
		Unit u = undotted.equals(name) ? null : simple(undotted);
		if (u == null && undotted.indexOf('/') >= 0) {
			u = perNumber(undotted);
			u = u != null ? u : per(undotted);
		}
		return u == null || undotted.equals(name) ? u : u.named(name);
	}

	/** The middle dot of a unit of two (千瓦·时, kW·h, 吨·公里), in its several code points. */
	private static final Pattern MIDDLE_DOT = Pattern.compile("[·•⋅∙・]");

	private static final Map<String, BigDecimal> NUMBER_WORDS = Map.of("十", BigDecimal.TEN, "百", new BigDecimal("100"), "千", new BigDecimal("1000"),
			"万", new BigDecimal("1E4"), "亿", new BigDecimal("1E8"));

	/** A rate per a number: 1/10万, and after a number /10万 (孕产妇死亡率10/10万). */
	private static final Pattern PER_NUMBER = Pattern.compile("^1?/([0-9]+(?:\\.[0-9]+)?)(十|百|千|万|亿)?$");

	/** 1/10万: one in a hundred thousand, a part like ‰ (of which it is a hundredth); else null. */
	private static Unit perNumber(String name) {
		BigDecimal of = perWhat(name);
		return of == null || of.signum() <= 0 ? null : Unit.fraction(name, Dimension.PERMILLE, BigDecimal.valueOf(1000), of);
	}

	/** The number a rate per a number is of (100000 for 1/10万), or null for another unit. */
	private static BigDecimal perWhat(String name) {
		Matcher m = PER_NUMBER.matcher(name);
		return m.matches() ? new BigDecimal(m.group(1)).multiply(m.group(2) == null ? BigDecimal.ONE : NUMBER_WORDS.get(m.group(2))) : null;
	}

	/** Whether the unit is a rate per zero (1/0万), which no number can be of. */
	public static boolean isPerZero(String name) {
		BigDecimal of = perWhat(name);
		return of != null && of.signum() == 0;
	}

	/** 万元/亩: the unit before the slash per the unit after it, when both are known; else null. */
	private Unit per(String name) {
		int slash = name.indexOf('/');
		if (slash <= 0 || slash == name.length() - 1 || name.indexOf('/', slash + 1) >= 0) {
			return null;
		}
		Unit numerator = simple(name.substring(0, slash));
		String after = name.substring(slash + 1);
		Unit denominator = simple(after);
		if (denominator == null) {
			denominator = DENOMINATORS.get(after);
		}
		return numerator == null || denominator == null ? null : Unit.per(name, numerator, denominator);
	}

	private Unit simple(String name) {
		Unit u = declared.get(name);
		return u != null ? u : BUILT_IN.get(name);
	}

	/** Qualifier words that come between a number and its unit: 100余家, 40多个. */
	public static final List<String> GLUED_PREFIXES = List.of("余", "多");

	/**
	 * A unit name with a qualifier word glued on, after it (亿元以上) or before it (余家): the unit
	 * and the word, or empty.
	 */
	public Optional<Map.Entry<Unit, String>> findWithGluedSuffix(String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (String s : GLUED_SUFFIXES) {
			if (name.endsWith(s) && name.length() > s.length()) {
				Optional<Unit> u = find(name.substring(0, name.length() - s.length()));
				if (u.isPresent()) {
					return Optional.of(Map.entry(u.get(), s));
				}
			}
		}
		for (String p : GLUED_PREFIXES) {
			if (name.startsWith(p) && name.length() > p.length()) {
				Optional<Unit> u = find(name.substring(p.length()));
				if (u.isPresent()) {
					return Optional.of(Map.entry(u.get(), p));
				}
			}
		}
		return Optional.empty();
	}

	/** The unit a written unit name stands for, with or without a glued qualifier word. */
	public Optional<Unit> findAllowingQualifier(String name) {
		return find(name).or(() -> findWithGluedSuffix(name).map(Map.Entry::getKey));
	}

	/** Names of known units close to the given one, for "did you mean" hints. */
	public List<String> similar(String name) {
		return Stream.concat(declared.keySet().stream(), BUILT_IN.keySet().stream())
				.filter(n -> n.contains(name) || name.contains(n)).distinct().limit(5).toList();
	}
}
