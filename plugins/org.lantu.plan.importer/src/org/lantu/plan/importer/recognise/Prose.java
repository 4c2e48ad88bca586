package org.lantu.plan.importer.recognise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.importer.draft.Draft;
import org.lantu.plan.importer.draft.Draft.Claim;
import org.lantu.plan.importer.draft.Draft.Inline;
import org.lantu.plan.importer.draft.Draft.StatedIndicator;
import org.lantu.plan.importer.draft.Draft.Text;
import org.lantu.plan.importer.draft.DraftWriter;
import org.lantu.plan.importer.recognise.Amounts.Amount;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Dimension;

/**
 * Ties the numbers of the prose to indicators. In each sentence, an amount is read with the clause
 * before it: the clause names the indicator (by its name, a recognisable part of it, or most of its
 * characters), the last year the sentence (or the paragraph before it) mentions is the year, and
 * 年均增长 before a percentage makes it a growth rate of the indicator named just before. The amount
 * becomes a claim on that value whether it agrees or not — disagreement is for the checks to
 * report. A sentence that states a target for a year and names no known indicator creates one.
 * An area whose clause names only an area (面积, 建设规模) belongs to the phase the sentence names
 * (近期, with the years the text gives it) or to the place a run-in label names (起步区：…): the
 * first such area is the element's, later ones claim it. A number that only seems to be the
 * indicator's is not tied to it (an industry's revenue, a part's measure, the other of a pair, a
 * sum over years, the second item of a list, where a span starts: docs/import.md). Amounts that
 * cannot be tied stay text and are listed, with their line, for the author.
 */
public final class Prose {

	/** An amount left as text, for the report. */
	public record Untied(int line, String amount, String context) {
	}

	/** A year a statement is of; not one it compares with (较2015年下降26%, 比2015年提高, 与2015年相比). */
	private static final Pattern YEAR = Pattern.compile("(?<![较比与])((?:19|20)[0-9]{2})\\s*年");
	private static final Pattern GROWTH = Pattern.compile(".*(年均增长|年均增速|年均递增|年均增幅|年均提高|年均增长率|年均增加)(率)?(为|达到|达|在)?$");
	/** An indicator that is itself a rate of growth: 地区生产总值增长率, 规模以上工业增加值年均增长. */
	private static final Pattern RATE = Pattern.compile(".*(增长|增速|增幅|增长率|递增)(率)?（?[%％]?）?$");
	private static final Pattern RELATIVE = Pattern.compile(".*(较|(?<!占)比(?![重例率])|同比|环比|增长|下降|减少|降低|提高|提升|增加(?!值)|增收|增幅|翻番|分别).*");
	/** 下降, 累计增长了: a change, the last words of a clause. */
	private static final Pattern CHANGE_VERB = Pattern.compile("\\s*(?:累计)?(增长|提高|提升|增加|上升|下降|降低|减少|压减)了?$");
	/** 比2020年, 较“十三五”末: the year a change is from, just before its verb. */
	private static final Pattern SINCE = Pattern.compile("(?:比|较)\\s*(?:((?:19|20)[0-9]{2})\\s*年(?:底|末)?|“?十([一二三四五六七八九])五”?(?:期末|末)?)(?:相比)?$");
	private static final Pattern COMPARED_WITH_ANOTHER = Pattern.compile("(?<!占)比(?![重例率])|较");
	private static final Pattern FALL = Pattern.compile("下降|降低|减少|压减");
	private static final Pattern RISE = Pattern.compile("增长|提高|提升|增加|上升");
	/** What subject() takes off a clause: its time (到2025年, “十四五”期间), spaces and quotes, a verb inside. */
	private static final Pattern WHEN = Pattern.compile("(到|至|截至|截止|在|于)?\\s*(19|20)[0-9]{2}\\s*年(底|末|前|内)?");
	private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("“?十[一二三四五六七八九]五”?(期间|时期|期末|末)?");
	/** A five-year plan a statement is of (“十三五”期间); not one it compares with (比“十三五”末提高). */
	private static final Pattern FIVE_YEAR_PLAN_YEAR = Pattern.compile("(?<![较比与]“?)“?十([一二三四五六七八九])五”?");
	private static final String ORDINALS = "一二三四五六七八九";
	private static final Pattern SPACE_AND_QUOTES = Pattern.compile("[\\s“”]");
	private static final Pattern VERB_INSIDE = Pattern.compile("(?<=\\p{IsHan}{2})(实现|完成|达到)(?=\\p{IsHan}{2})");
	private static final Pattern GROWTH_WORDS = Pattern.compile("(年均增长|年均增速|年均递增|年均增幅|年均提高|年均增长率|年均增加)(率)?(为|达到|达|在)?$");
	/** A measure that does not say whose it is: 产值, 营业收入, 增加值 … */
	private static final Pattern GENERIC_MEASURE = Pattern.compile("^(总?产值|营业收入|主营业务收入|增加值|销售收入|收入|产量|规模|税收)$");
	/** 做强电子信息产业, 壮大新材料产业集群, 培育规上企业: whose a bare measure after it is. */
	private static final Pattern OWNER = Pattern.compile(
			"^(?:做强|做大|做优|做精|壮大|发展|大力发展|加快发展|培育|打造|提升|推动|支持|建设)(\\p{IsHan}{2,15}?(?:产业|行业|企业|产业园|园区|基地|集群|板块))$");
	/**
	 * The industry a run-in heading (电子信息半导体产业初具规模。现代服务业加快发展。) or a division's
	 * heading (（一）做强电子信息产业) is about: a bare measure after it is that industry's. Not the
	 * plan's own place (园区产业集群).
	 */
	private static final Pattern INDUSTRY = Pattern.compile("^[\\s“”\"]*(?:[（(]?[一二三四五六七八九十0-9]{1,3}[)）.、．]\\s*)?(?:做强|做大|做优|做精|发展壮大|培育壮大|壮大|大力发展|加快发展|发展|培育|打造|提升|推动|支持)?"
			+ "(?!园区|全区|全市|全县|我区|我市|我县|高新区|开发区|基地)(\\p{IsHan}{2,10}?(?:业|集群|板块|经济))");
	/** A run-in heading that names a place (犍为新型工业基地。): what follows is about that place. */
	private static final Pattern PLACE_HEADING = Pattern.compile("^[\\s“”\"]*(\\p{IsHan}{2,20}?(?:基地|园区|产业园|片区|组团|新城|开发区|集中区|示范区|园))[。．]?\\s*$");
	/** A run-in heading: a short sentence without a number that opens a run of sentences on what it names. */
	private static final Pattern RUN_IN = Pattern.compile("^[\\s“”\"]*[^0-9０-９]{2,18}[。；;！!]?\\s*$");
	/**
	 * 累计完成固定资产投资192亿元: what a year brings in (money, output in tonnes, energy) summed over
	 * years is no year's value; what stands (累计建成5G基站1.2万个, a count, an area, a length) is.
	 */
	private static final String CUMULATIVE = "累计";
	/** A span a review looks back on: 累计 after it sums what follows in the sentence over the span. */
	private static final Pattern LOOKED_BACK_ON = Pattern.compile("期间|以来|时期|五年来|过去");
	private static final Set<Dimension> BROUGHT_IN_A_YEAR = EnumSet.of(Dimension.MONEY, Dimension.FOREIGN_MONEY, Dimension.MASS, Dimension.ENERGY, Dimension.VOLUME);
	/** 营业收入从0.6亿元增至20亿元: the amount after 从 is where a span starts, in a year the clause does not give. */
	private static final Pattern FROM = Pattern.compile(".*[从由]\\s*$");
	/** 提高到35%, 下降至4.5%: a change that names the level it reaches is that level, not the change. */
	private static final Pattern TO_LEVEL = Pattern.compile(".*(增长|增加|提高|提升|上升|下降|降低|减少|压减|降|增)(到|至)$");
	private static final Pattern LEADING = Pattern.compile("^(并|和|与|及|以及|其中|同时|力争|确保|争取|争创|预计|全年|累计|实现|完成|重点培育|培育|其中|全区|全市|年末|年底|严格控制|控制)+");
	private static final Pattern TRAILING = Pattern.compile(
			"(达到|达|实现|超过|突破|完成|为|是|增长到|增长至|增至|提高到|提高至|提升到|提升至|降低到|降至|下降到|控制在|保持在|稳定在|保持|在|至|到|达到了|超|约|近|力争|累计|共|总计|合计|的|基期|目标|实际|预期|规模|建成|新建|建设|培育|引进)+$");
	/** A run-in label that names a place: 起步区：…, 光电信息产业园（800亩）：… */
	private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan}A-Za-z0-9“”]{2,20}?(?:区|区域|园|基地|片区|组团|中心|新城|城|镇|港))[（(：:]");
	/**
	 * Words that may name an indicator; an enumeration comma only stands in a bracket (校（院、所）企合作项目) or
	 * after verbs (新建、改扩建中小学校), a clause ends at any other.
	 */
	private static final Pattern SUBJECT = Pattern.compile("^[\\p{IsHan}A-Za-z“”\"（）()·][\\p{IsHan}A-Za-z0-9“”\"（）()·、]{1,23}$");
	/** A sentence that sets a target: with no year of its own, it is for the plan's last year. */
	private static final Pattern TARGET_VERB = Pattern.compile(".*(培育|建成|达到|实现|完成|新增|引进|打造|力争|争创|确保|突破|超过|不低于|不超过|控制).*");
	/** A chapter that looks back (“十三五”取得成效, 发展基础): its sentences state what was, not targets. */
	private static final Pattern REVIEW = Pattern.compile(".*(成效|成就|回顾|基础|现状|形势|背景|环境|进展|执行情况|完成情况).*");

	private static final Pattern PHASE = Pattern.compile("(近期|中期|远期)\\s*(?:[：:]|为|是)?\\s*[（(]?\\s*((?:19|20)[0-9]{2})\\s*年?\\s*(?:—|–|-|~|～|至|到)\\s*((?:19|20)[0-9]{2})\\s*年?");
	/** A clause that names a place: (以)精细化工循环产业园, 起步区, 东部片区. */
	private static final Pattern PLACE = Pattern.compile("^(?:以|在|将|把|对|其中)?([\\p{IsHan}A-Za-z0-9]{2,20}?(?:产业园|园区|园|片区|功能区|起步区|组团|基地|新城|集中区|开发区)"
			+ "|[\\p{IsHan}A-Za-z0-9]{0,18}?(?:核心|拓展|启动|先行|配套|生活|服务|物流|商务|研发|仓储|保税)区|[东南西北中]园)$");
	private static final Pattern INCLUDES = Pattern.compile("包括|包含|含有|涵盖|分为|分成");
	private static final Pattern DIVIDES = Pattern.compile("分为|分成");
	/** What a heading does to a place before naming it: 建设特色产业园区 is about 特色产业园区. */
	private static final Pattern HEADING_VERBS = Pattern.compile("^(加快|推进|推动|建设|打造|做强|做优|做大|培育|发展|提升|优化|规划)+");
	/** Words that name the area of something, not something: the owner is the phase or the labelled zone. */
	private static final Pattern AREA_WORD = Pattern.compile("^(总|近期|中期|远期)?(规划|建设|用地|占地|园区|区域|基地)*(面积|规模|范围|用地|占地)$");

	private final Indicators indicators;
	private final Draft draft;
	private final Map<String, Draft.Space> spaces = new HashMap<>();
	private final List<Untied> untied = new ArrayList<>();
	private int claims;
	private int stated;

	Prose(Indicators indicators, Draft draft) {
		this.indicators = indicators;
		this.draft = draft;
	}

	public List<Untied> untied() {
		return untied;
	}

	public int claims() {
		return claims;
	}

	public int stated() {
		return stated;
	}

	/** The phases the text gives years for (近期（2016—2030年）, 近期：2024—2027年), before any sentence is tied. */
	void phases(List<String> texts) {
		for (String t : texts) {
			Matcher m = PHASE.matcher(t);
			while (m.find()) {
				int from = Integer.parseInt(m.group(2));
				int to = Integer.parseInt(m.group(3));
				if (from <= to && !spaces.containsKey(m.group(1))) {
					Draft.Space phase = new Draft.Space(indicators.unique(m.group(1)), from, to, new ArrayList<>());
					spaces.put(m.group(1), phase);
					draft.spaces.add(phase);
				}
			}
		}
	}

	/**
	 * An area whose clause names only an area (面积, 建设规模): of the phase the sentence names
	 * before it, else of the zone a run-in label names (起步区：面积约2000亩). The first such area is
	 * the element's; later ones are claims on it.
	 */
	private String area(String sentence, String clauseSubject, Amount a, String paragraphLabel, String planPartsWord) {
		String before = sentence.substring(0, a.start());
		if (a.dimension().filter(d -> d == Dimension.AREA).isEmpty() || before.contains("分别")) {
			return null;
		}
		// …以精细化工循环产业园1107亩、光电信息产业园800亩…: the area of the place the clause names
		Matcher place = PLACE.matcher(clauseSubject.replaceFirst(".*(包括|包含|含有|其中|涵盖)[：:]?", ""));
		if (place.matches()) {
			Draft.Space zone = spaces.computeIfAbsent(place.group(1), name -> zone(name));
			// 拓展区。…包括北园8.2平方公里、南园6.5平方公里: the places a paragraph on a zone says it includes are its parts
			if (paragraphLabel != null && !paragraphLabel.equals(place.group(1)) && INCLUDES.matcher(before).find()) {
				Draft.Space whole = spaces.computeIfAbsent(paragraphLabel, this::zone);
				if (whole.from() == 0 && !whole.parts().contains(zone.name())) {
					whole.parts().add(zone.name());
				}
			} else if (paragraphLabel == null && planPartsWord != null && !draft.areaParts.contains(zone.name())) {
				// 开发区规划面积32平方公里，分为三个片区：北部片区12平方公里…: the zones the plan's area is made of,
				// which cover it when the text divides it into them
				draft.areaParts.add(zone.name());
				draft.areaDivided |= DIVIDES.matcher(planPartsWord).matches();
			}
			return claimArea(zone, a);
		}
		if (!clauseSubject.isEmpty() && !AREA_WORD.matcher(clauseSubject).matches()) {
			return null;
		}
		// the phase the sentence is about: the first it names (中期…在近期基础上…总面积 is 中期's)
		Draft.Space owner = null;
		int at = Integer.MAX_VALUE;
		for (String phase : List.of("近期", "中期", "远期")) {
			int i = before.indexOf(phase);
			if (i >= 0 && i < at && spaces.containsKey(phase)) {
				at = i;
				owner = spaces.get(phase);
			}
		}
		if (owner == null && paragraphLabel != null) {
			owner = spaces.computeIfAbsent(paragraphLabel, this::zone);
		}
		return owner == null ? null : claimArea(owner, a);
	}

	/**
	 * 占地区生产总值比重达到12% after an amount of 数字经济核心产业增加值: the share of that indicator in the one
	 * its words name (地区生产总值), when the plan has that one, as a {@code 占比} the checks compute.
	 */
	private void share(String share, String part, String words, int year) {
		Matcher m = SHARE_WORDS.matcher(words);
		Indicators.Known p = indicators.known(part);
		if (!m.matches() || p == null || sharesWritten.contains(share)) {
			return;
		}
		Indicators.Known whole = indicators.named(m.group(1), p.unit, year);
		if (whole != null && !whole.name.equals(part) && !whole.name.equals(share)) {
			draft.shares.add(new Draft.Share(share, part, whole.name));
			sharesWritten.add(share);
		}
	}

	private static final Pattern SHARE_WORDS = Pattern.compile("占(?:全市|全省|全区|全县|全国)?(.{2,24}?)的?(?:比重|比例|份额)");
	private final Set<String> sharesWritten = new HashSet<>();

	private Draft.Space zone(String name) {
		Draft.Space zone = new Draft.Space(indicators.unique(name), 0, 0, new ArrayList<>());
		draft.spaces.add(zone);
		return zone;
	}

	/** The first area stated is the element's own; every statement claims it. */
	private String claimArea(Draft.Space owner, Amount a) {
		if (owner.area().isEmpty()) {
			owner.area().add(a.plan());
		}
		return DraftWriter.q(owner.name()) + " 面积";
	}

	/** The year the last paragraph tied ended with: the next paragraph of the same chapter starts from it. */
	private int carriedYear;

	/**
	 * The paragraph's runs: text, and the amounts tied as claims. A paragraph that names no year
	 * before an amount takes the last year of the paragraphs before it in its chapter
	 * ({@code sameChapter}): a review says 2020年 once and lists the results after. The chapter's
	 * title tells a review; the innermost heading's may name the industry the paragraph is about.
	 */
	List<Inline> tie(String text, int line, boolean sameChapter, String chapterTitle, String headingTitle, boolean inTask) {
		review = chapterTitle != null && REVIEW.matcher(chapterTitle).matches();
		task = inTask;
		// a division headed by a place's name ((一)核心区。…): the areas its text states without a name are that place's
		Matcher headingPlace = headingTitle == null ? null : PLACE.matcher(HEADING_VERBS.matcher(headingTitle.strip()).replaceFirst(""));
		headedByAPlace = headingTitle != null && PLACE_LIKE.matcher(headingTitle.strip()).matches() && !namedByThePlan(headingTitle.strip());
		return tie(text, line, sameChapter ? carriedYear : 0, null, headingTitle == null ? null : industry(headingTitle, true),
				headingPlace != null && headingPlace.matches() ? headingPlace.group(1) : null);
	}

	/** Whether the paragraph being tied is in a chapter that looks back. */
	private boolean review;
	/** Whether its division's heading names a place other than the plan's ((一)起步区): a bare 规划面积 is that place's. */
	private boolean headedByAPlace;
	/** How the name of a place other than the plan's ends (起步区, 甲园, 北部组团, 某镇). */
	private static final String PLACE_ENDS = "区|园|基地|组团|板块|新城|镇|港";
	private static final Pattern PLACE_LIKE = Pattern.compile(".*(" + PLACE_ENDS + ")[。.]?");
	/**
	 * Whether the paragraph being tied is a task's (a division with lead units): what it adds
	 * (新增学位6000个) is the task's part of what the plan adds, not the plan's figure.
	 */
	private boolean task;

	/**
	 * The runs of a text that starts in {@code year} (0 for none); an amount with no words before
	 * it in its clause measures {@code hint} (a table row's label), if that names an indicator.
	 */
	List<Inline> tie(String text, int line, int startYear, String hint) {
		headedByAPlace = false;
		return tie(text, line, startYear, hint, null, null);
	}

	/**
	 * {@link #tie(String, int, int, String)} in a division whose heading is about {@code headingTopic}
	 * (an industry, or null) or names {@code headingPlace} (or null); from a run-in heading on, the
	 * text is about what it names.
	 * In one sentence, amounts of different words claim different values: of two that would
	 * claim the same, the first keeps it and the second names an indicator of its own
	 * (新三板挂牌企业5家，新四板挂牌企业20家).
	 */
	private List<Inline> tie(String text, int line, int startYear, String hint, String headingTopic, String headingPlace) {
		String topic = headingTopic;
		Matcher opening = PLACE_HEADING.matcher(text.substring(0, sentenceEnd(text, 0)));
		// a paragraph that opens on a place the plan's title does not name: its areas are that place's
		boolean elsewhere = opening.matches() && !namedByThePlan(opening.group(1));
		List<Inline> out = new ArrayList<>();
		int written = 0;
		int paragraphYear = startYear;
		int planAreaAt = -1; // where the plan's area was claimed in this paragraph (its parts may follow)
		Map<String, FirstClaim> claimedInParagraph = new HashMap<>();
		boolean ofWhichBefore = false; // a sentence before this one, since the last full stop, said 其中
		Matcher namedFirst = NAME_SENTENCE.matcher(text);
		boolean opensOnAnotherPlace = namedFirst.lookingAt() && !namedByThePlan(namedFirst.group(1));
		int partsBefore = draft.areaParts.size();
		Matcher labelled = LABEL.matcher(text);
		String place = labelled.find() ? labelled.group(1) : headingPlace;
		int sentenceStart = 0;
		while (sentenceStart < text.length()) {
			int end = sentenceEnd(text, sentenceStart);
			String sentence = text.substring(sentenceStart, end);
			// where the sentence says 其中, and 累计 after a span a review looks back on (“十三五”期间…累计), found once
			int ofWhichAt = sentence.indexOf("其中");
			Matcher span = LOOKED_BACK_ON.matcher(sentence);
			int summedAt = span.find() ? sentence.indexOf(CUMULATIVE, span.end()) : -1;
			String previousSubject = null;
			String previousIndicator = null; // the indicator the sentence's last amount claimed
			Amount previousClaim = null; // and its amount, while no amount left as text came after it
			Draft.OfWhich parts = null; // the parts 其中 lists of the indicator claimed before it
			int previousEnd = 0;
			if (RUN_IN.matcher(sentence).matches()) {
				topic = industry(sentence, false); // a run-in heading on something else ends the industry's run
			}
			Map<String, String> claimedBy = new HashMap<>();
			String addedBefore = null;
			for (Amount a : Amounts.in(sentence)) {
				int year = lastYear(sentence.substring(0, a.start()), paragraphYear);
				// a sentence that sets a target and names no year of its own is for the plan's last year,
				// unless its chapter looks back (a review's 建成, 实现 are of the past)
				boolean ownYear = lastYear(sentence.substring(0, a.start()), 0) != 0;
				if (!ownYear && !review && draft.periodTo > 0 && (year == 0 || year < draft.periodFrom)
						&& TARGET_VERB.matcher(sentence.substring(0, a.end())).matches()) {
					year = draft.periodTo;
				}
				int clauseStart = clauseStart(sentence, a.start(), previousEnd);
				String clause = sentence.substring(clauseStart, a.start());
				String named = subject(clause);
				boolean bareItem = clauseStart > 0 && sentence.charAt(clauseStart - 1) == '、' && named.equals(SPACE_AND_QUOTES.matcher(clause).replaceAll(""));
				if (bareItem && addedBefore != null) {
					// 新增规上企业10户、高新技术企业8家 (what a list's first item says is added, its other items are too)
					clause = addedBefore + clause;
					named = subject(clause);
				}
				Matcher added = Indicators.FLOW.matcher(clause);
				addedBefore = added.lookingAt() ? added.group() : null;
				previousEnd = a.end();
				String target = null;
				String ownName = null; // the words of an amount that names its indicator itself
				if (a.isRatio()) {
					// a ratio (三次产业结构调整为7:38:55) is a value only of an indicator that states ratios
					Indicators.Known k = indicators.named(named, null, year);
					target = k != null && k.ratioYears.contains(year) ? DraftWriter.q(k.name) + "@" + year : null;
				} else if (a.isPercent() && GROWTH.matcher(clause).matches()) {
					String subject = subject(GROWTH_WORDS.matcher(clause).replaceAll(""));
					int spanEnd = lastYear(sentence.substring(0, a.start()), 0);
					// a review's rate (“十三五”…年均增长7.2%) is of the span that ends in the year it looks back
					// from; with no year at all, of a span before the plan's, which no column holds
					spanEnd = spanEnd == 0 && review ? year : spanEnd;
					target = spanEnd == 0 && review ? null : growth(subject.length() >= 2 ? subject : previousSubject, a, year, spanEnd);
				} else if (elsewhere && a.dimension().filter(d -> d == Dimension.AREA).isPresent()) {
					// an area in a paragraph on another place than the plan's (邻县产业园。近期规划面积12平方公里)
				} else if ((target = area(sentence, named, a, place, planPartsWord(text, planAreaAt, sentenceStart + a.start()))) != null) {
					// the area of a phase or a zone
				} else if ((target = planArea(named, a, place, opensOnAnotherPlace, ofWhichAt >= 0 && ofWhichAt < a.start())) != null) {
					// the plan's own area (开发区规划面积32平方公里), which its header states
					planAreaAt = sentenceStart + a.end();
				} else if ((target = rateOfTheYear(clause, a, year, previousIndicator)) != null) {
					// a year's rate that the table states in a row of its own (同比增长5.8% beside 地区生产总值增速)
				} else if (!review && (target = relativeChange(clause, a, year)) != null) {
					// a rise or fall from the base (比2020年下降13.2%)
				} else if ((!RELATIVE.matcher(clause).matches() || TO_LEVEL.matcher(clause).matches()) && !clause.contains("每年") && !FROM.matcher(clause).matches()) {
					String subject = named;
					String shareOf = null;
					if (subject.startsWith("占") && previousSubject != null && !previousSubject.isEmpty()) {
						// 数字经济核心产业增加值突破300亿元，占地区生产总值比重达到8%: a share of the one before
						subject = previousSubject + subject;
						shareOf = previousIndicator;
					}
					if (GENERIC_MEASURE.matcher(subject).matches()) {
						// 做强电子信息产业，到2025年产值突破1000亿元: a bare measure is of what the clause before
						// names, else of the industry the last run-in heading or the heading names
						String owner = owner(sentence, clauseStart);
						subject = owner != null ? owner + subject : topic != null ? topic + subject : subject;
					}
					if (subject.isEmpty() && clauseStart > 0 && "：:".indexOf(sentence.charAt(clauseStart - 1)) >= 0) {
						// 营业收入（亿元）：2025年达到1200 — the run-in label names what follows its colon
						String before = sentence.substring(0, clauseStart - 1);
						int from = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')), Math.max(before.lastIndexOf('、'), before.lastIndexOf('：')));
						subject = subject(before.substring(from + 1).replaceAll("[（(][^（()）]*[）)]$", ""));
					}
					if (task && Indicators.FLOW.matcher(clause).lookingAt()) {
						// a task's part of what is added: neither the plan's figure nor an indicator of its own
					} else if (subject.isEmpty() && hint != null) {
						Indicators.Known k = indicators.named(hint, a.unit(), year);
						target = k != null && k.years.contains(year) ? DraftWriter.q(k.name) + "@" + year : null;
					} else {
						target = value(subject, a, year, clause.contains(CUMULATIVE) && a.dimension().filter(BROUGHT_IN_A_YEAR::contains).isPresent(),
								review && a.dimension().filter(BROUGHT_IN_A_YEAR::contains).isPresent() && summedAt >= 0 && summedAt < a.start());
						ownName = subject;
						if (target != null && shareOf != null && a.isPercent()) {
							share(DraftWriter.firstName(target), shareOf, named, year);
						}
					}
					previousSubject = subject;
				}
				FirstClaim first = target == null ? null : claimedInParagraph.get(target);
				if (first != null && first.words().equals(named) && !first.amount().equals(a.plan()) && (ofWhichBefore || ofWhichAt >= 0 && ofWhichAt < a.start())) {
					// the same words claiming it again with another figure in a list of 其中 are an item's: 年度计划投资210亿元。
					// 其中，产业项目85个，年度计划投资120亿元；基础设施项目40个，年度计划投资60亿元
					target = null;
				}
				if (target != null && claimedBy.containsKey(target) && !claimedBy.get(target).equals(named)) {
					// another amount of this sentence, of other words, claims it: these words name another
					// indicator (新三板挂牌企业5家，新四板挂牌企业32家), if they are a name
					target = ownName != null ? created(ownName, a, year) : null;
				}
				if (target == null) {
					untied.add(new Untied(line, a.written(), context(sentence, a)));
					previousClaim = null;
					parts = null;
					continue;
				}
				int at = sentenceStart + a.start();
				String claimed = target.startsWith("\"") && (target.endsWith("@" + year) || target.endsWith("@" + year + " 实际")) ? DraftWriter.firstName(target) : null;
				parts = partOf(parts, claimed, previousIndicator, previousClaim, a, sentence, clauseStart);
				previousClaim = claimed != null ? a : null;
				previousIndicator = claimed;
				out.add(new Text(text.substring(written, at)));
				out.add(new Claim(a.plan(), target, false));
				claimedBy.putIfAbsent(target, named);
				claimedInParagraph.putIfAbsent(target, new FirstClaim(named, a.plan()));
				written = sentenceStart + a.end();
				claims++;
			}
			paragraphYear = lastYear(sentence, paragraphYear);
			// a 其中 holds across semicolons: 其中，产业项目…；基础设施项目…。
			ofWhichBefore = (sentence.endsWith("；") || sentence.endsWith(";")) && (ofWhichBefore || ofWhichAt >= 0);
			sentenceStart = end;
		}
		out.add(new Text(text.substring(written)));
		carriedYear = paragraphYear;
		return planAreaAt >= 0 && draft.areaParts.size() > partsBefore ? countOfThePlansParts(out, partsBefore) : out;
	}

	/** The words and the amount that first claimed a value in a paragraph. */
	private record FirstClaim(String words, String amount) {
	}

	/** Words that state the plan's own area, after what the plan calls itself: 开发区规划面积, 全县国土总面积. */
	private static final Pattern PLAN_AREA = Pattern.compile("^(\\p{IsHan}{0,12}?)(" + Header.PLAN_AREA_WORDS + ")$");
	/** A paragraph that opens on a name alone (乐山国家高新区。规划面积42平方公里…) is about what it names. */
	private static final Pattern NAME_SENTENCE = Pattern.compile("[\\s“”\"]*([\\p{IsHan}A-Za-z0-9]{1,20}?(?:" + PLACE_ENDS + "|县|市))[。．]");
	/** The word that says what follows the plan's area ({@code planAreaAt}, or -1) up to {@code at} is its parts (包括, 分为); else null. */
	private static String planPartsWord(String text, int planAreaAt, int at) {
		if (planAreaAt < 0) {
			return null;
		}
		Matcher m = INCLUDES.matcher(text).region(Math.max(planAreaAt, at - LONGEST_SENTENCE), at);
		return m.find() ? m.group() : null;
	}

	/** What a plan calls itself before its area (园区规划面积), besides the place its title names. */
	private static final Set<String> ITSELF = Set.of("", "园区", "开发区", "高新区", "经开区", "新区", "基地", "全区", "全县", "全市", "全镇", "全域", "县域", "市域", "区域",
			"本区", "本园区", "规划区");

	/**
	 * The plan's area, when the clause names it as the header reads it: by a word only the whole plan's area
	 * has (总规划面积, 国土总面积), or a bare 规划面积 in a paragraph on no place of its own (under no heading of one); the words before
	 * are what the plan calls itself (开发区, 全县, or a place its title names), not a zone (北部片区规划面积). Not in a
	 * paragraph that opens on another place's name, nor after 其中 (其中中心城区规划面积 is a part's).
	 */
	private String planArea(String clauseSubject, Amount a, String paragraphPlace, boolean paragraphOnAnotherPlace, boolean afterOfWhich) {
		Matcher m = PLAN_AREA.matcher(clauseSubject);
		if (draft.area == null || draft.name == null || a.dimension().filter(d -> d == Dimension.AREA).isEmpty() || !m.matches()) {
			return null;
		}
		String itself = m.group(1);
		boolean byItsName = itself.length() >= 2 && namedByThePlan(itself);
		if (!ITSELF.contains(itself) && !byItsName || afterOfWhich || !byItsName && paragraphOnAnotherPlace
				|| m.group(2).equals("规划面积") && (paragraphPlace != null || headedByAPlace)) {
			return null;
		}
		return DraftWriter.q(draft.name) + " 面积";
	}

	/** 分为三个片区, 包括3个组团: the count of the zones the plan's area is made of. */
	private static final Pattern PARTS_COUNT = Pattern.compile("(?<=分为|划分为|分成|包括|包含|由)([一二三四五六七八九十两0-9]{1,3}个)(?=片区|组团|功能区|板块|园区|分区|区块|园)");

	/**
	 * The paragraph's runs with the count of the parts of the plan's area claimed, when the paragraph named
	 * them ({@code partsBefore}: how many were named before it): 分为[三个](数量 规划)片区. Not when it named
	 * fewer than the count says (分为三个片区 and the areas of two): the others have no area to read, and the
	 * count is not the draft's to contradict.
	 */
	private List<Inline> countOfThePlansParts(List<Inline> runs, int partsBefore) {
		List<Inline> out = new ArrayList<>();
		boolean claimed = partsBefore > 0;
		int named = draft.areaParts.size() - partsBefore;
		for (Inline i : runs) {
			Matcher m = !claimed && i instanceof Text t ? PARTS_COUNT.matcher(t.text()) : null;
			if (m == null || !m.find() || ChineseNumerals.parse(m.group(1).replace("个", "")).orElse(Long.MAX_VALUE) > named) {
				out.add(i);
				continue;
			}
			String text = ((Text) i).text();
			out.add(new Text(text.substring(0, m.start())));
			out.add(new Claim(m.group(1), DraftWriter.q(draft.name), true));
			out.add(new Text(text.substring(m.end())));
			claimed = true;
		}
		return out;
	}

	/**
	 * The growth rate of the indicator {@code subject} names; {@code spanEnd} is the last year its
	 * sentence names (0: none). A rate over a span that ends before the indicator's last year
	 * (由2015年的120亿元增长到2020年的200亿元，年均增长10.8%, where the table runs to 2025) is of
	 * another span than the indicator's, so it is not tied.
	 */
	private String growth(String subject, Amount a, int year, int spanEnd) {
		if (subject == null) {
			return null;
		}
		Indicators.Known k = indicators.named(subject, null, 0);
		if (k != null && RATE.matcher(k.name).matches()) {
			// the indicator is itself a rate (地区生产总值增长率): the percentage is its value for the year
			return k.years.contains(year) ? atYear(k, year) : null;
		}
		if (k != null && spanEnd > 0 && k.years.stream().anyMatch(y -> y > spanEnd)) {
			// 到2027年…年均增长12% of an indicator whose table goes on to 2035: the rate of the span to 2027
			return !review && k.years.contains(spanEnd) && k.years.first() < spanEnd ? DraftWriter.q(k.name) + "@" + spanEnd + " 增速" : null;
		}
		if (k == null && SUBJECT.matcher(subject).matches() && subject.replaceAll("[^\\p{IsHan}]", "").length() >= 2) {
			// a growth rate stated for something no table holds: the indicator, with its rate
			StatedIndicator s = new StatedIndicator(indicators.unique(subject), null, new ArrayList<>());
			k = indicators.add(s.name(), null, s);
			draft.stated.add(s);
			stated++;
		}
		if (k == null) {
			return null;
		}
		if (k.stated != null && !k.growth) {
			k.stated.properties().add("年均增速 " + a.plan());
			k.growth = true;
		}
		return k.growth || k.years.size() >= 2 ? DraftWriter.q(k.name) + " 增速" : null;
	}

	/**
	 * The parts 其中 names (新增装机290万千瓦，其中光伏发电180万千瓦、风电110万千瓦) after {@code parts}, those named
	 * so far: the amount claiming {@code claimed} in a clause that opens on 其中 begins them, of the indicator the
	 * amount before it claimed ({@code total}, in a unit of the same measure); one after an enumeration comma
	 * adds to them. Null when the amount is no such part.
	 */
	private Draft.OfWhich partOf(Draft.OfWhich parts, String claimed, String total, Amount totalAmount, Amount a, String sentence, int clauseStart) {
		if (claimed == null) {
			return null;
		}
		boolean sameMeasure = totalAmount != null && a.unit() != null && totalAmount.unit() != null && !a.isPercent()
				&& Amounts.compatible(a.unit(), totalAmount.unit());
		boolean listed = clauseStart > 0 && sentence.charAt(clauseStart - 1) == '、';
		if (parts != null && listed && sameMeasure && !parts.total().equals(claimed) && !parts.parts().contains(claimed)) {
			parts.parts().add(claimed);
			return parts;
		}
		boolean opensOnOfWhich = OF_WHICH.matcher(sentence).region(clauseStart, sentence.length()).lookingAt()
				|| OF_WHICH_BEFORE.matcher(sentence.substring(Math.max(0, clauseStart - 4), clauseStart)).find();
		if (!opensOnOfWhich || total == null || total.equals(claimed) || !sameMeasure) {
			return null;
		}
		Draft.OfWhich started = new Draft.OfWhich(total, new ArrayList<>(List.of(claimed)));
		draft.partsOf.add(started);
		return started;
	}

	private static final Pattern OF_WHICH = Pattern.compile("\\s*其中");
	/** 其中： before the clause (which starts after the colon). */
	private static final Pattern OF_WHICH_BEFORE = Pattern.compile("其中\\s*[：:]$");

	/**
	 * A percentage by which what the clause names rose or fell: the 降幅 or 增幅 of its indicator from the
	 * base to {@code year} (PM2.5平均浓度比2020年下降13.2%), or the stated change of an indicator that is itself
	 * the fall or the rise (单位地区生产总值能耗比2020年下降14% beside 单位地区生产总值能耗降低 [14]). Null when the
	 * year compared with is not the indicator's base, or the indicator is a percentage (its change may be
	 * in points).
	 */
	private String relativeChange(String clause, Amount a, int year) {
		Matcher verb = a.isPercent() ? CHANGE_VERB.matcher(clause) : null;
		if (verb == null || !verb.find()) {
			return null;
		}
		String before = clause.substring(0, verb.start());
		Matcher from = SINCE.matcher(before);
		boolean since = from.find();
		String words = since ? before.substring(0, from.start()) : before;
		if (!since && COMPARED_WITH_ANOTHER.matcher(words).find()) {
			return null; // 比上年增长, 同比下降: of another span than the base's
		}
		String subject = subject(words);
		Indicators.Known k = subject.length() >= 2 ? indicators.named(subject, null, year) : null;
		if (k == null) {
			return null;
		}
		boolean fall = FALL.matcher(verb.group(1)).matches();
		boolean percent = "%".equals(k.unit) || "％".equals(k.unit);
		if (percent) {
			// 单位地区生产总值能耗降低（%）：— | [14], named for the way it goes
			boolean sameWay = (fall ? FALL : RISE).matcher(k.name).find();
			return k.change && sameWay && (year == 0 || year >= draft.periodFrom) ? DraftWriter.q(k.name) + " 变化" : null;
		}
		int base = !since ? 0 : from.group(1) != null ? Integer.parseInt(from.group(1)) : fiveYearPlanEnd(from.group(2));
		if (k.years.isEmpty() || base != 0 && base != k.years.first() || year <= k.years.first() || !k.years.contains(year)) {
			return null;
		}
		return DraftWriter.q(k.name) + "@" + year + (fall ? " 降幅" : " 增幅");
	}

	/**
	 * The value of the indicator {@code subject} names for {@code year}; an indicator created for it
	 * when none is named. A {@code cumulative} amount (累计, of what a year brings in: {@link #BROUGHT_IN_A_YEAR}) is a sum over
	 * years: only an indicator that says it counts so (累计…) may take it, else one is created.
	 */
	private String value(String subject, Amount a, int year, boolean cumulative, boolean summedOverASpan) {
		if (year == 0) {
			return null;
		}
		if (cumulative && !subject.startsWith(CUMULATIVE)) {
			// 累计完成固定资产投资 beside the year's 固定资产投资: the sum over years is an indicator of its own
			subject = CUMULATIVE + subject;
		}
		Indicators.Known k = indicators.named(subject, a.unit(), year);
		if (cumulative && k != null && !k.name.contains(CUMULATIVE)) {
			return created(subject, a, year);
		}
		if (summedOverASpan && k != null && k.stated == null) {
			// a review's sum over a span (“十三五”期间，累计接待游客1.2亿人次，实现旅游总收入980亿元) is not the table's value of its last year
			return null;
		}
		if (k != null && k.years.contains(year)) {
			return atYear(k, year);
		}
		if (k != null && k.stated != null) {
			k.stated.properties().add(property(k, year) + " " + year + "：" + a.plan());
			k.years.add(year);
			return DraftWriter.q(k.name) + "@" + year;
		}
		return k != null ? null : created(subject, a, year);
	}

	/** The value of an indicator for a year; of a year planned and achieved (2024年计划, 2024年预计完成), a review says what was achieved. */
	private String atYear(Indicators.Known k, int year) {
		return DraftWriter.q(k.name) + "@" + year + (review && k.plannedAndAchieved(year) ? " 实际" : "");
	}

	/** The rows that state an indicator's rate: its name and one of these. */
	private static final List<String> RATE_ROWS = List.of("增速", "增长率", "增长", "增幅");

	/**
	 * A percentage by which what the clause names grew in {@code year} (地区生产总值增长5.5%左右; 同比增长5.8% after
	 * the amount of {@code previous}, the indicator the sentence named last), when the table states that rate in a
	 * row of its own (地区生产总值增速: 5.5 | 5.8 | 5.5左右), as annual plans do: the row's value for the year.
	 */
	private String rateOfTheYear(String clause, Amount a, int year, String previous) {
		Matcher verb = a.isPercent() && year != 0 ? CHANGE_VERB.matcher(clause) : null;
		if (verb == null || !verb.find() || FALL.matcher(verb.group(1)).matches()) {
			return null;
		}
		String words = COMPARED_WITH_ANOTHER.matcher(clause.substring(0, verb.start()).replaceAll("同比|比上年|较上年", "")).replaceAll("");
		String subject = subject(words);
		if (subject.length() < 2) {
			subject = previous;
		}
		for (String rate : subject == null ? List.<String>of() : RATE_ROWS) {
			Indicators.Known row = indicators.known(subject + rate);
			if (row != null && row.years.contains(year)) {
				return atYear(row, year);
			}
		}
		return null;
	}

	/** A new indicator named {@code subject}, with the amount as its value for {@code year}; null if the words are no name. */
	private String created(String subject, Amount a, int year) {
		if (a.unit() == null || a.unit().contains("百分点") || !SUBJECT.matcher(subject).matches() || subject.replaceAll("[^\\p{IsHan}]", "").length() < 2
				|| AREA_WORD.matcher(subject).matches()) {
			return null;
		}
		String unit = a.unit().replace('％', '%');
		StatedIndicator s = new StatedIndicator(indicators.unique(subject), unit, new ArrayList<>());
		Indicators.Known created = indicators.add(s.name(), unit, s);
		s.properties().add(property(created, year) + " " + year + "：" + a.plan());
		created.years.add(year);
		draft.stated.add(s);
		stated++;
		return DraftWriter.q(s.name()) + "@" + year;
	}

	/** A year before the plan's period is its base (the first) or an actual; later years are targets. */
	private String property(Indicators.Known k, int year) {
		if (draft.periodFrom > 0 && year < draft.periodFrom) {
			boolean hasBase = k.stated.properties().stream().anyMatch(p -> p.startsWith("基期"));
			return hasBase ? "实际" : "基期";
		}
		// what a review says a year of the period achieved (an annual report's last year)
		return review ? "实际" : "目标";
	}

	/** The clause's words that name what the amount measures: without time words, verbs and connectives. */
	static String subject(String clause) {
		String s = WHEN.matcher(clause).replaceAll("");
		s = FIVE_YEAR_PLAN.matcher(s).replaceAll("");
		s = SPACE_AND_QUOTES.matcher(s).replaceAll("");
		// a verb inside (高新区实现主营业务收入): the place and the measure are the name
		s = VERB_INSIDE.matcher(s).replaceAll("");
		for (int i = 0; i < 3; i++) {
			s = LEADING.matcher(s).replaceAll("");
			s = TRAILING.matcher(s).replaceAll("");
		}
		return s.strip();
	}

	/** Whether the plan's name or title names {@code place}. */
	private boolean namedByThePlan(String place) {
		return draft.title != null && draft.title.contains(place) || draft.name != null && draft.name.contains(place);
	}

	/**
	 * The industry a run-in heading opens on, or that a division's heading ({@code whole}) names and
	 * no more (优化产业布局 names a task, not an industry); null if none (see {@link #INDUSTRY}).
	 */
	static String industry(String text, boolean whole) {
		Matcher m = INDUSTRY.matcher(text);
		if (!m.find() || whole && !text.substring(m.end()).replaceAll("[\\s。.；;：:]", "").isEmpty()) {
			return null;
		}
		return m.group(1);
	}

	/**
	 * What the clause before the one starting at {@code clauseStart} names, when it names an
	 * industry, a sector, the enterprises or a park after a verb of the plan (做强电子信息产业), else null.
	 */
	private static String owner(String sentence, int clauseStart) {
		if (clauseStart < 1 || "，,；;".indexOf(sentence.charAt(clauseStart - 1)) < 0) {
			return null;
		}
		int end = clauseStart - 1;
		String before = sentence.substring(clauseStart(sentence, end, 0), end).strip();
		Matcher m = OWNER.matcher(before);
		return m.matches() ? m.group(1) : null;
	}

	/**
	 * Where the clause of the amount at {@code at} starts: after the last comma, colon or enumeration
	 * comma before it, or after a bracket it stands in (建成5G基站（累计1.2万个）). A bracket closed
	 * before the amount is part of the name (每千人口执业（助理）医师数达到3.4人), and so is an enumeration
	 * comma after verbs alone (新建、改扩建中小学校26所).
	 */
	private static int clauseStart(String sentence, int at, int previousEnd) {
		int depth = 0;
		for (int i = at - 1; i >= previousEnd; i--) {
			char c = sentence.charAt(i);
			if (c == '）' || c == ')') {
				depth++;
			} else if (depth > 0 && (c == '（' || c == '(')) {
				depth--;
			} else if (depth == 0 && "，,；;：:、（(".indexOf(c) >= 0 && !(c == '、' && verbsBefore(sentence, i, previousEnd))) {
				return i + 1;
			}
		}
		return previousEnd;
	}

	/**
	 * 新建、改扩建中小学校: verbs alone (after words of scope: 全市新建、) before the enumeration comma at
	 * {@code comma} list the ways of one thing, not things.
	 */
	private static boolean verbsBefore(String sentence, int comma, int previousEnd) {
		int from = comma;
		while (from > previousEnd && "，,；;：:、（(".indexOf(sentence.charAt(from - 1)) < 0) {
			from--;
		}
		String words = SPACE_AND_QUOTES.matcher(sentence.substring(from, comma)).replaceAll("");
		return BUILDING_VERBS.matcher(LEADING.matcher(words).replaceAll("")).matches();
	}

	private static final Pattern BUILDING_VERBS = Pattern.compile("新建|改建|扩建|改扩建|续建|迁建|新改建|新扩建|提升|改造|提质");

	/**
	 * The last year {@code text} says a statement is of (2020年), else {@code otherwise}. A five-year
	 * plan that ended before the plan's period (“十三五”期间 in a plan of 2021—2025) is its last year;
	 * the plan's own (“十四五”时期) says no more than a sentence without a year.
	 */
	private int lastYear(String text, int otherwise) {
		int year = otherwise;
		int at = -1;
		Matcher m = YEAR.matcher(text);
		while (m.find()) {
			year = Integer.parseInt(m.group(1));
			at = m.start();
		}
		Matcher plan = FIVE_YEAR_PLAN_YEAR.matcher(text);
		while (plan.find()) {
			int end = fiveYearPlanEnd(plan.group(1));
			if (plan.start() > at && end < draft.periodFrom) {
				year = end;
				at = plan.start();
			}
		}
		if (draft.date != null) {
			// a report of a dated day: 过去一年 is the year before it, 今年 its year
			Matcher relative = RELATIVE_YEAR.matcher(text);
			while (relative.find()) {
				if (relative.start() > at) {
					year = draft.date[0] - (relative.group().equals("今年") || relative.group().equals("本年") ? 0 : 1);
					at = relative.start();
				}
			}
		}
		return year;
	}

	/** A year named from the day of a report; not a comparison (比去年, 较上年). */
	private static final Pattern RELATIVE_YEAR = Pattern.compile("(?<![比较同])(过去一年|去年|今年|本年)");

	/** The last year of the five-year plan 十{ordinal}五 (the 11th to 19th; the 3rd ran 1966—1970, each since five years). */
	static int fiveYearPlanEnd(String ordinal) {
		int n = ORDINALS.indexOf(ordinal) + 11;
		return 1970 + 5 * (n - 3);
	}

	/**
	 * Where the sentence from {@code from} ends: after its full stop, semicolon or line. One longer than any
	 * a plan has ({@link #LONGEST_SENTENCE}) ends at its next comma, and at twice that at the latest: what is
	 * read for each amount is the sentence before it, so a file of one endless sentence of amounts is read in
	 * time linear in its length, not in its square.
	 */
	private static int sentenceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("。；;！？!?\n".indexOf(c) >= 0 || i - from >= LONGEST_SENTENCE && (c == '，' || c == ',') || i - from >= 2 * LONGEST_SENTENCE) {
				return i + 1;
			}
		}
		return text.length();
	}

	/** The longest sentence read whole (the seeds' longest has about 300 characters). */
	private static final int LONGEST_SENTENCE = 1000;

	private static String context(String sentence, Amount a) {
		int from = Math.max(0, a.start() - 12);
		int to = Math.min(sentence.length(), a.end() + 4);
		return sentence.substring(from, to).strip();
	}
}
