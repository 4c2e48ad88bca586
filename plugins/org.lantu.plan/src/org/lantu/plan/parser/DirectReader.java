package org.lantu.plan.parser;

import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ANY_OTHER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ID;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ML_COMMENT;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_NUMBER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_PER_NUMBER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_SL_COMMENT;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_STRING;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_WS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;

import org.antlr.runtime.ANTLRStringStream;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.naming.QualifiedName;
import org.lantu.plan.conversion.PlanValueConverters;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanFactory;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.PlanPackage.Literals;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Target;
import org.lantu.plan.plan.YearRange;
import org.lantu.plan.util.Workers;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Reads a plan into its model without Xtext's node model, for plans read once and checked (the
 * command line, the Maven plugin): a recursive descent over the tokens of {@link PlanLexer} that
 * builds the objects the grammar's parser would build, with the same values, and keeps where each
 * stands in a {@link SourceMap} instead of a node per token. It reads only plans the grammar reads
 * without an error, and only by decisions it can make for certain: at a syntax error, a value
 * that does not convert, a token the lexer left to the generated one, a construct where the
 * grammar is ambiguous (a dash or a slash after a number in a table cell) or nesting beyond
 * {@link #MAX_DEPTH}, it gives up and returns null, and the plan is parsed by Xtext, which reports
 * what is wrong as it always has. Its references are returned unlinked, as names to resolve
 * ({@link Link}). {@code DirectReaderTest} compares its models, and the findings on them, with
 * Xtext's on every plan of the project and on mutated ones. A change of the grammar must be made
 * here too: that test fails until it is.
 */
@Singleton
public class DirectReader {

	/** Load option of a resource set whose plans this reader reads where it can ({@link #ask}). */
	public static final String OPTION = DirectReader.class.getName() + ".asked";

	/**
	 * Has {@code set}'s plans read by this reader where it can: plans read once and checked, never
	 * edited or formatted (those need Xtext's node model). {@code -Dlantu.reader=xtext} turns it off,
	 * to compare or as a way out.
	 */
	public static void ask(ResourceSet set) {
		ask(set, 1);
	}

	/** {@link #ask(ResourceSet)}, reading a large plan on up to {@code threads} threads (two parts at most). */
	public static void ask(ResourceSet set, int threads) {
		if (!"xtext".equals(System.getProperty("lantu.reader"))) {
			set.getLoadOptions().put(OPTION, Math.max(1, threads));
		}
	}

	/** Whether load options ask for this reader. */
	public static boolean isAsked(Map<?, ?> options) {
		return options != null && options.get(OPTION) instanceof Integer;
	}

	/** How many threads load options let this reader use. */
	public static int threads(Map<?, ?> options) {
		return options != null && options.get(OPTION) instanceof Integer threads ? threads : 1;
	}

	/**
	 * A plan whose elements hold at least this many tokens (about 80 KB of text) is read in two parts
	 * at once when two threads are allowed: its elements from the top-level element nearest the
	 * middle on, on a second thread. Below it, starting a thread costs about what it saves.
	 */
	public static final int SPLIT_TOKENS = 20_000;

	/** How deeply elements may nest before this reader leaves the plan to Xtext's parser (and its depth guard). */
	static final int MAX_DEPTH = 90;

	/** A reference read and not yet linked: its owner, the reference, and the name written. */
	public record Link(EObject owner, EReference reference, QualifiedName name) {
	}

	/** A plan read: the model, where its elements stand, the references to link, and in how many parts it was read (1 or 2). */
	public record Read(Plan plan, SourceMap map, List<Link> links, int parts) {
	}

	@Inject
	private IValueConverterService converters;

	@Inject
	private IGrammarAccess grammarAccess;

	/** The literal of every keyword of an enum rule, by rule name (from the grammar, so none is restated here). */
	private volatile Map<String, Map<String, Enumerator>> enums;

	/** The plan in {@code text}, or null when this reader leaves it to Xtext's parser. */
	public Read read(String text) {
		return read(text, 1, SPLIT_TOKENS);
	}

	/** {@link #read(String)} on up to {@code threads} threads: a large plan in two parts at once. */
	public Read read(String text, int threads) {
		return read(text, threads, SPLIT_TOKENS);
	}

	/**
	 * {@link #read(String, int)}, splitting a plan whose elements hold at least {@code splitTokens}
	 * tokens (tests split every plan of more than one element). The model, its source map and the
	 * links are those of a reading in one part: the second part is taken only when the first ended
	 * exactly where it began, and then it read what one reading would have read from there.
	 */
	public Read read(String text, int threads, int splitTokens) {
		try {
			return new Parse(text, threads >= 2 ? Math.max(1, splitTokens) : Integer.MAX_VALUE).plan();
		} catch (GiveUp | ValueConverterException | NumberFormatException | StackOverflowError e) {
			return null;
		}
	}

	private Map<String, Map<String, Enumerator>> enums() {
		Map<String, Map<String, Enumerator>> e = enums;
		if (e == null) {
			e = new HashMap<>();
			for (EnumRule rule : GrammarUtil.allEnumRules(grammarAccess.getGrammar())) {
				Map<String, Enumerator> literals = new HashMap<>();
				for (EnumLiteralDeclaration d : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
					literals.put(d.getLiteral().getValue(), d.getEnumLiteral().getInstance());
				}
				e.put(rule.getName(), literals);
			}
			enums = e;
		}
		return e;
	}

	/** Thrown where the reader leaves the plan to Xtext's parser; no stack trace is taken. */
	private static final class GiveUp extends RuntimeException {
		private static final long serialVersionUID = 1L;

		GiveUp() {
			super(null, null, false, false);
		}
	}

	private static final GiveUp GIVE_UP = new GiveUp();

	private static final int ID = 1;
	private static final int NUMBER = 2;
	private static final int STRING = 3;
	private static final int PER_NUMBER = 4;
	private static final int KEYWORD = 5;

	private static final Set<String> RANGE_DASH = Set.of("—", "–", "-", "~", "～", "至", "to");
	private static final Set<String> RATIO_SIGN = Set.of(":", "：", "∶");
	private static final Set<String> COLON = Set.of(":", "：");
	private static final Set<String> COMMA = Set.of(",", "，", "、");
	private static final Set<String> LPAREN = Set.of("(", "（");
	private static final Set<String> RPAREN = Set.of(")", "）");
	private static final Set<String> MINUS = Set.of("-", "－");
	private static final Set<String> UNIT_WORD = Set.of("%", "％", "‰", "年", "月");
	private static final Set<String> PER_WORD = Set.of("年", "月", "日");
	private static final Set<String> NOT_APPLICABLE = Set.of("—", "/", "－");
	/** The keywords a check id may hold besides words (the grammar's CheckWord). */
	private static final Set<String> CHECK_KEYWORDS = Set.of("ack", "actual", "change", "count", "dimension", "growth", "import", "kind", "numbering",
			"of-which", "parts", "period", "points", "project", "ratio", "share", "span", "sum", "table", "unit", "years");
	private static final Set<String> DIMENSION_KEYWORDS = Set.of("count", "数量", "area", "面积");

	private static final PlanFactory F = PlanFactory.eINSTANCE;

	/**
	 * Works out, before a second thread builds or links objects too, what EMF works out lazily and
	 * without a lock on first use about each type of the plan's model (its features and their ids).
	 */
	public static void settleModel() {
		for (var classifier : PlanPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c) {
				c.getFeatureCount();
				c.getEAllContainments();
				c.getEAllReferences();
				c.getEAllAttributes();
				for (EStructuralFeature f : c.getEAllStructuralFeatures()) {
					c.getFeatureID(f);
					f.getContainerClass();
				}
			}
		}
	}

	/** The text as the lexer reads it, moved on by a token's length without reading it again. */
	private static final class Cursor extends ANTLRStringStream {
		Cursor(String text) {
			super(text);
		}

		void to(int index) {
			p = index;
		}
	}

	/**
	 * Where the lexing of a long text may be split: the first line past the middle that begins with
	 * something other than white space (a token must begin there unless a string or a comment runs
	 * on across the line), or -1 for a text of fewer than about {@code splitTokens} tokens.
	 */
	private static int lexingSplit(String text, int splitTokens) {
		if (text.length() / 4 < splitTokens) {
			return -1;
		}
		for (int i = text.indexOf('\n', text.length() / 2); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
			char c = text.charAt(i + 1);
			if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\u3000') {
				return i + 1;
			}
		}
		return -1;
	}

	/** The significant tokens of a text, scanned from an offset: kind, span, hidden text before, a keyword's spelling. */
	private static final class Tokens {
		int[] kind;
		int[] start;
		int[] end;
		boolean[] gap;
		String[] spelled;
		int count;
		/** Whether hidden text (white space, a comment) stands after the last token. */
		boolean hidden;
		/** Where the scan stopped. */
		int at;

		Tokens(int size) {
			kind = new int[size];
			start = new int[size];
			end = new int[size];
			gap = new boolean[size];
			spelled = new String[size];
		}

		/**
		 * The tokens of {@code text}; when {@code split} is a line start, those from it on are scanned on a
		 * second thread and taken when the scan of the first half ends exactly there (a token begins at
		 * {@code split} in one scan too, and the lexer reads a token from where it begins, nothing before);
		 * otherwise the scan goes on from where it stands.
		 */
		static Tokens of(String text, int split) {
			if (split <= 0) {
				return new Tokens(Math.max(16, text.length() / 3)).scan(text, 0, text.length());
			}
			Future<Tokens> rest = Workers.beside("lantu-lex", () -> new Tokens(Math.max(16, (text.length() - split) / 3)).scan(text, split, text.length()));
			Tokens tokens = new Tokens(Math.max(16, text.length() / 3)).scan(text, 0, split);
			if (tokens.at != split) {
				Workers.await(rest); // a token ran on across the line: the second half is not needed
				return tokens.scan(text, tokens.at, text.length());
			}
			tokens.append(Workers.result(rest));
			return tokens;
		}

		/** Scans from {@code from} until the end of a token at or past {@code to}. */
		Tokens scan(String text, int from, int to) {
			Cursor in = new Cursor(text);
			in.to(from);
			for (at = from; at < to;) {
				long token = PlanLexer.scan(in);
				if (token < 0) {
					throw GIVE_UP; // a token the generated lexer must read: it may not be read at all
				}
				int type = (int) (token >>> 32);
				int length = (int) token;
				int first = at;
				at += length;
				in.to(at);
				if (type == RULE_WS || type == RULE_ML_COMMENT || type == RULE_SL_COMMENT) {
					hidden = true;
					continue;
				}
				if (type == RULE_ANY_OTHER) {
					throw GIVE_UP;
				}
				room(count + 1);
				kind[count] = switch (type) {
				case RULE_ID -> ID;
				case RULE_NUMBER -> NUMBER;
				case RULE_STRING -> STRING;
				case RULE_PER_NUMBER -> PER_NUMBER;
				default -> KEYWORD;
				};
				if (kind[count] == KEYWORD) {
					spelled[count] = PlanLexer.keywordOf(type);
				}
				start[count] = first;
				end[count] = at;
				gap[count] = hidden;
				hidden = false;
				count++;
			}
			return this;
		}

		/** Adds the tokens of the text's rest, scanned from where this scan stopped. */
		void append(Tokens rest) {
			room(count + rest.count);
			System.arraycopy(rest.kind, 0, kind, count, rest.count);
			System.arraycopy(rest.start, 0, start, count, rest.count);
			System.arraycopy(rest.end, 0, end, count, rest.count);
			System.arraycopy(rest.gap, 0, gap, count, rest.count);
			System.arraycopy(rest.spelled, 0, spelled, count, rest.count);
			if (rest.count > 0) {
				gap[count] |= hidden;
			}
			count += rest.count;
			hidden = rest.count > 0 ? rest.hidden : hidden || rest.hidden;
			at = rest.at;
		}

		private void room(int needed) {
			if (needed > kind.length) {
				int size = Math.max(needed, kind.length * 2);
				kind = Arrays.copyOf(kind, size);
				start = Arrays.copyOf(start, size);
				end = Arrays.copyOf(end, size);
				gap = Arrays.copyOf(gap, size);
				spelled = Arrays.copyOf(spelled, size);
			}
		}
	}

	/** One reading of one text. */
	private final class Parse {
		private final String text;
		private final int[] kinds;
		private final String[] texts;
		private final int[] starts;
		private final int[] ends;
		private final boolean[] gaps;
		private final int n;
		private final SourceMap map;
		private final List<Link> links = new ArrayList<>();
		private final Map<String, Map<String, Enumerator>> enumLiterals;
		/** Elements holding at least this many tokens are read in two parts at once. */
		private final int splitTokens;
		private int p;
		private int depth;
		private int parts = 1;

		/** The second part of a plan read in two: the same tokens, its own source map and links. */
		Parse(Parse whole, int from) {
			this.text = whole.text;
			this.kinds = whole.kinds;
			this.texts = whole.texts;
			this.starts = whole.starts;
			this.ends = whole.ends;
			this.gaps = whole.gaps;
			this.n = whole.n;
			this.map = whole.map.part();
			this.enumLiterals = whole.enumLiterals;
			this.splitTokens = Integer.MAX_VALUE;
			this.p = from;
		}

		Parse(String text, int splitTokens) {
			this.text = text;
			this.splitTokens = splitTokens;
			this.enumLiterals = enums();
			Tokens tokens = Tokens.of(text, splitTokens == Integer.MAX_VALUE ? -1 : lexingSplit(text, splitTokens));
			this.kinds = tokens.kind;
			this.starts = tokens.start;
			this.ends = tokens.end;
			this.gaps = tokens.gap;
			this.n = tokens.count;
			this.texts = tokens.spelled;
			this.map = new SourceMap(text, tokens.start, tokens.end, tokens.gap, tokens.count);
		}

		/** A token's text: a keyword's shared spelling, another token's made when first asked for. */
		private String text(int i) {
			String t = texts[i];
			if (t == null) {
				t = text.substring(starts[i], ends[i]);
				texts[i] = t;
			}
			return t;
		}

		// ------------------------------------------------------------ tokens

		private boolean is(int i, String keyword) {
			return i < n && kinds[i] == KEYWORD && text(i).equals(keyword);
		}

		private boolean at(String keyword) {
			return is(p, keyword);
		}

		private boolean at(String english, String chinese) {
			return p < n && kinds[p] == KEYWORD && (text(p).equals(english) || text(p).equals(chinese));
		}

		private boolean in(int i, Set<String> keywords) {
			return i < n && kinds[i] == KEYWORD && keywords.contains(text(i));
		}

		private boolean kind(int i, int kind) {
			return i < n && kinds[i] == kind;
		}

		private void expect(String keyword) {
			if (!at(keyword)) {
				throw GIVE_UP;
			}
			p++;
		}

		private void expect(String english, String chinese) {
			if (!at(english, chinese)) {
				throw GIVE_UP;
			}
			p++;
		}

		private void expect(Set<String> keywords) {
			if (!in(p, keywords)) {
				throw GIVE_UP;
			}
			p++;
		}

		private int token(int kind) {
			if (!kind(p, kind)) {
				throw GIVE_UP;
			}
			return p++;
		}

		// ------------------------------------------------------------ building

		/** Ends an object begun at token {@code first}: its span is its tokens (an empty one stands where it was read). */
		private <T extends EObject> T done(T o, int first) {
			if (p > first) {
				map.object(o, starts[first], ends[p - 1]);
			} else {
				int at = first > 0 ? ends[first - 1] : 0;
				map.object(o, at, at);
			}
			return o;
		}

		/** Assigns a value read from token {@code first} on: set, or added to a list. */
		@SuppressWarnings("unchecked")
		private void set(EObject o, EStructuralFeature feature, Object value, int first) {
			if (feature.isMany()) {
				((List<Object>) o.eGet(feature)).add(value);
			} else {
				o.eSet(feature, value);
			}
			if (p > first) {
				map.feature(o, feature, starts[first], ends[p - 1]);
			}
		}

		private String string() {
			int i = token(STRING);
			return (String) converters.toValue(text(i), "STRING", null);
		}

		private String number() {
			return PlanValueConverters.normalizeDigits(text(token(NUMBER)));
		}

		/** Name: ID | STRING. */
		private String name() {
			if (kind(p, ID)) {
				return text(p++);
			}
			return string();
		}

		private Enumerator enumAt(String rule) {
			Map<String, Enumerator> literals = enumLiterals.get(rule);
			return p < n && kinds[p] == KEYWORD ? literals.get(text(p)) : null;
		}

		private Enumerator enumValue(String rule) {
			Enumerator e = enumAt(rule);
			if (e == null) {
				throw GIVE_UP;
			}
			p++;
			return e;
		}

		// ------------------------------------------------------------ the plan and its header

		Read plan() {
			int s = p;
			expect("plan", "规划");
			Plan plan = F.createPlan();
			int v = p;
			set(plan, Literals.PLAN__NAME, name(), v);
			if (kind(p, STRING)) {
				v = p;
				set(plan, Literals.PLAN__TITLE, string(), v);
			}
			while (header(plan)) {
				// the header's lines in any order
			}
			int split = n - p >= splitTokens ? split() : -1;
			if (split > p) {
				readInTwo(plan, split);
			}
			while (p < n) {
				v = p;
				set(plan, Literals.PLAN__ELEMENTS, element(), v);
			}
			done(plan, s);
			return new Read(plan, map, links, parts);
		}

		/**
		 * Where a second part may begin: the first token from the middle on that follows a brace
		 * closing an element at the top level (a chapter's, a zone's), or -1. A guess: the part before
		 * it is taken only if its last element ends right there.
		 */
		private int split() {
			int middle = p + (n - p) / 2;
			int braces = 0;
			for (int i = p; i < n - 1; i++) {
				if (kinds[i] == KEYWORD) {
					String t = text(i);
					if (t.equals("{")) {
						braces++;
					} else if (t.equals("}") && --braces == 0 && i >= middle) {
						return i + 1;
					}
				}
			}
			return -1;
		}

		/**
		 * Reads the plan's elements before {@code split} here and those from it on beside, on a second
		 * thread, into a part of their own (objects, source map, links). The part is added when the
		 * elements read here end exactly at {@code split}: one reading would then have begun an element
		 * there too, with nothing else in its state, and read what the part read (or given up where it
		 * gave up). Otherwise the reading goes on here from where it stands, as if in one part.
		 */
		private void readInTwo(Plan plan, int split) {
			settleModel();
			Parse rest = new Parse(this, split);
			Future<int[]> restRead = Workers.beside("lantu-read", rest::elementsToEnd);
			while (p < split) {
				int v = p;
				set(plan, Literals.PLAN__ELEMENTS, element(), v);
			}
			if (p != split) {
				Workers.await(restRead); // its result is not needed: the part before went past where it began
				return;
			}
			int[] bounds = Workers.result(restRead);
			for (int i = 0; i < rest.elements.size(); i++) {
				p = bounds[2 * i + 1];
				set(plan, Literals.PLAN__ELEMENTS, rest.elements.get(i), bounds[2 * i]); // as if read here
			}
			map.add(rest.map);
			links.addAll(rest.links);
			parts = 2;
		}

		/** The elements of a second part, in order. */
		private final List<EObject> elements = new ArrayList<>();

		/** Reads elements from here to the end; returns each one's first and end token, in pairs. */
		private int[] elementsToEnd() {
			int[] bounds = new int[16];
			int count = 0;
			while (p < n) {
				int v = p;
				elements.add(element());
				if (count + 2 > bounds.length) {
					bounds = Arrays.copyOf(bounds, bounds.length * 2);
				}
				bounds[count++] = v;
				bounds[count++] = p;
			}
			return Arrays.copyOf(bounds, count);
		}

		private boolean header(Plan plan) {
			int s = p;
			if (at("import", "引用")) {
				p++;
				var imp = F.createImport();
				int v = p;
				set(imp, Literals.IMPORT__IMPORT_URI, string(), v);
				set(plan, Literals.PLAN__IMPORTS, done(imp, s), s);
			} else if (at("kind", "文种")) {
				stringOf(plan, Literals.PLAN__KIND);
			} else if (at("issuer", "发文机关")) {
				stringOf(plan, Literals.PLAN__ISSUER);
			} else if (at("number", "文号")) {
				stringOf(plan, Literals.PLAN__NUMBER);
			} else if (at("date", "成文日期")) {
				p++;
				int v = p;
				set(plan, Literals.PLAN__DATE, date(), v);
			} else if (at("period", "规划期限")) {
				p++;
				int v = p;
				set(plan, Literals.PLAN__PERIOD, period(), v);
			} else if (at("outlook", "展望")) {
				p++;
				do {
					int v = p;
					set(plan, Literals.PLAN__OUTLOOK, year(), v);
				} while (comma());
			} else if (at("as-of", "截至")) {
				p++;
				int v = p;
				set(plan, Literals.PLAN__AS_OF, year(), v);
			} else if (at("area", "规划范围")) {
				p++;
				int v = p;
				set(plan, Literals.PLAN__SCOPE, scope(), v);
			} else if (at("to", "主送")) {
				p++;
				do {
					int v = p;
					set(plan, Literals.PLAN__ADDRESSEES, string(), v);
				} while (comma());
			} else if (at("basis", "规划依据")) {
				p++;
				expect("{");
				while (!at("}")) {
					int v = p;
					set(plan, Literals.PLAN__BASIS, basisItem(), v);
				}
				p++;
			} else if (at("numbering", "编号")) {
				p++;
				do {
					int v = p;
					set(plan, Literals.PLAN__NUMBERING, string(), v);
				} while (kind(p, STRING));
			} else if (at("signed", "落款")) {
				stringOf(plan, Literals.PLAN__SIGNED_BY);
				if (kind(p, NUMBER)) {
					int v = p;
					set(plan, Literals.PLAN__SIGNED_DATE, date(), v);
				}
			} else if (at("tolerance", "容差")) {
				p++;
				int v = p;
				set(plan, Literals.PLAN__TOLERANCE, quantity(false), v);
			} else {
				return false;
			}
			return true;
		}

		/** A keyword and the string that follows it. */
		private void stringOf(EObject o, EStructuralFeature feature) {
			p++;
			int v = p;
			set(o, feature, string(), v);
		}

		private boolean comma() {
			if (in(p, COMMA)) {
				p++;
				return true;
			}
			return false;
		}

		private EObject basisItem() {
			int s = p;
			var item = F.createBasisItem();
			if (kind(p, NUMBER)) {
				int v = p;
				set(item, Literals.BASIS_ITEM__NUMBER, number(), v);
			}
			int v = p;
			set(item, Literals.BASIS_ITEM__TITLE, string(), v);
			if (at("number", "文号")) {
				stringOf(item, Literals.BASIS_ITEM__DOC_NUMBER);
			}
			return done(item, s);
		}

		private EObject scope() {
			int s = p;
			var scope = F.createPlanScope();
			int v = p;
			set(scope, Literals.PLAN_SCOPE__AREA, quantity(false), v);
			if (kind(p, STRING)) {
				v = p;
				set(scope, Literals.PLAN_SCOPE__TEXT, string(), v);
			}
			if (at("parts", "组成")) {
				p++;
				references(scope, Literals.PLAN_SCOPE__PARTS);
				if (at("complete", "全覆盖")) {
					v = p++;
					set(scope, Literals.PLAN_SCOPE__COMPLETE, true, v);
				}
			}
			return done(scope, s);
		}

		/** Date: year=Int ('-' | '年') month=Int ('-' | '月') day=Int '日'?. */
		private EObject date() {
			int s = p;
			var date = F.createDate();
			int v = p;
			set(date, Literals.DATE__YEAR, whole(), v);
			if (!at("-") && !at("年")) {
				throw GIVE_UP;
			}
			p++;
			v = p;
			set(date, Literals.DATE__MONTH, whole(), v);
			if (!at("-") && !at("月")) {
				throw GIVE_UP;
			}
			p++;
			v = p;
			set(date, Literals.DATE__DAY, whole(), v);
			if (at("日")) {
				p++;
			}
			return done(date, s);
		}

		/** PlanPeriod: from=Year RangeDash to=Year | (RangeDash | '到' | 'until') to=Year. */
		private EObject period() {
			if (in(p, RANGE_DASH) || at("到") || at("until")) {
				int s = p++;
				YearRange range = F.createYearRange();
				int v = p;
				set(range, Literals.YEAR_RANGE__TO, year(), v);
				return done(range, s);
			}
			return yearRange();
		}

		private YearRange yearRange() {
			int s = p;
			YearRange range = F.createYearRange();
			int v = p;
			set(range, Literals.YEAR_RANGE__FROM, year(), v);
			expect(RANGE_DASH);
			v = p;
			set(range, Literals.YEAR_RANGE__TO, year(), v);
			return done(range, s);
		}

		/** Year: NUMBER '年'?, four digits. */
		private Integer year() {
			String digits = number();
			if (at("年")) {
				p++;
			}
			if (digits.length() != 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw GIVE_UP;
			}
			return Integer.valueOf(digits);
		}

		/** Int: NUMBER, a whole number of up to nine digits. */
		private Integer whole() {
			String digits = number();
			if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw GIVE_UP;
			}
			return Integer.valueOf(digits);
		}

		// ------------------------------------------------------------ elements

		private EObject element() {
			if (++depth > MAX_DEPTH) {
				throw GIVE_UP;
			}
			try {
				return elementHere();
			} finally {
				depth--;
			}
		}

		private EObject elementHere() {
			if (p >= n || kinds[p] != KEYWORD) {
				throw GIVE_UP;
			}
			return switch (text(p)) {
			case "chapter", "章" -> titled(F.createChapter(), Literals.CHAPTER__NUMBER, Literals.CHAPTER__TITLE, Literals.CHAPTER__TITLE_CLAIMS,
					Literals.CHAPTER__ELEMENTS);
			case "section", "节" -> titled(F.createSection(), Literals.SECTION__NUMBER, Literals.SECTION__TITLE, Literals.SECTION__TITLE_CLAIMS,
					Literals.SECTION__ELEMENTS);
			case "box", "专栏" -> titled(F.createBox(), Literals.BOX__NUMBER, Literals.BOX__TITLE, Literals.BOX__TITLE_CLAIMS, Literals.BOX__ELEMENTS);
			case "annex", "附" -> titled(F.createAnnex(), Literals.ANNEX__NUMBER, Literals.ANNEX__TITLE, null, Literals.ANNEX__ELEMENTS);
			case "para", "段" -> paragraph();
			case "note", "注" -> note();
			case "figure", "图" -> figure();
			case "table", "表" -> table();
			case "indicators", "指标表" -> indicatorTable();
			case "indicator", "指标" -> indicator();
			case "sum", "合计", "of-which", "其中", "share", "占比", "ratio", "比例" -> composition();
			case "group", "列表" -> group();
			case "phase", "阶段" -> phase();
			case "zone", "功能区" -> zone();
			case "industry", "产业" -> industry();
			case "project", "项目" -> project();
			case "task", "任务" -> task();
			case "org", "机构" -> organisation();
			case "unit", "计量单位" -> unitDecl();
			case "ack", "认可" -> ack();
			default -> throw GIVE_UP;
			};
		}

		/** Chapter, Section, Box, Annex: keyword number=NUMBER? title=STRING titleClaims+=Claim* '{' elements+=Element* '}'. */
		private EObject titled(EObject o, EStructuralFeature number, EStructuralFeature title, EStructuralFeature claims, EStructuralFeature elements) {
			int s = p++;
			if (kind(p, NUMBER)) {
				int v = p;
				set(o, number, number(), v);
			}
			int v = p;
			set(o, title, string(), v);
			while (claims != null && at("[")) {
				v = p;
				set(o, claims, claim(), v);
			}
			expect("{");
			while (!at("}")) {
				v = p;
				set(o, elements, element(), v);
			}
			p++;
			return done(o, s);
		}

		/** Paragraph: keyword (label=STRING Colon)? content+=Inline+. */
		private EObject paragraph() {
			int s = p++;
			var para = F.createParagraph();
			if (kind(p, STRING) && in(p + 1, COLON)) {
				int v = p;
				set(para, Literals.PARAGRAPH__LABEL, string(), v);
				p++;
			}
			inlines(para, Literals.PARAGRAPH__CONTENT);
			return done(para, s);
		}

		private EObject note() {
			int s = p++;
			var note = F.createNote();
			inlines(note, Literals.NOTE__CONTENT);
			return done(note, s);
		}

		/** Inline+: Text | ValueRef | Claim. */
		private void inlines(EObject o, EStructuralFeature feature) {
			int count = 0;
			while (true) {
				int v = p;
				EObject inline;
				if (kind(p, STRING)) {
					inline = text();
				} else if (at("{")) {
					inline = valueRef();
				} else if (at("[")) {
					inline = claim();
				} else {
					break;
				}
				set(o, feature, inline, v);
				count++;
			}
			if (count == 0) {
				throw GIVE_UP;
			}
		}

		private EObject text() {
			int s = p;
			var t = F.createText();
			set(t, Literals.TEXT__VALUE, string(), s);
			return done(t, s);
		}

		/** ValueRef: '{' target=Target '}'. */
		private EObject valueRef() {
			int s = p++;
			var ref = F.createValueRef();
			int v = p;
			set(ref, Literals.VALUE_REF__TARGET, target(), v);
			expect("}");
			return done(ref, s);
		}

		/** Claim: '[' (value=Quantity | count=CountWord) ']' ('(' target=Target ')')?. */
		private Claim claim() {
			int s = p++;
			Claim claim = F.createClaim();
			int v = p;
			if (kind(p, ID)) {
				var word = F.createCountWord();
				set(word, Literals.COUNT_WORD__WORD, text(p++), v);
				set(claim, Literals.CLAIM__COUNT, done(word, v), v);
			} else {
				set(claim, Literals.CLAIM__VALUE, quantity(false), v);
			}
			expect("]");
			if (at("(")) {
				p++;
				v = p;
				set(claim, Literals.CLAIM__TARGET, target(), v);
				expect(")");
			}
			return done(claim, s);
		}

		/** Target: count?=('count' | '数量')? subject=[Referable|QName] ('@' year=Year)? (aspect=Aspect)?. */
		private Target target() {
			int s = p;
			Target target = F.createTarget();
			if (at("count", "数量")) {
				int v = p++;
				set(target, Literals.TARGET__COUNT, true, v);
			}
			reference(target, Literals.TARGET__SUBJECT);
			if (at("@")) {
				p++;
				int v = p;
				set(target, Literals.TARGET__YEAR, year(), v);
			}
			if (enumAt("Aspect") != null) {
				int v = p;
				set(target, Literals.TARGET__ASPECT, enumValue("Aspect"), v);
			}
			return done(target, s);
		}

		private EObject figure() {
			int s = p++;
			var figure = F.createFigure();
			if (kind(p, NUMBER)) {
				int v = p;
				set(figure, Literals.FIGURE__NUMBER, number(), v);
			}
			int v = p;
			set(figure, Literals.FIGURE__TITLE, string(), v);
			if (at("source", "图源")) {
				stringOf(figure, Literals.FIGURE__SOURCE);
			}
			return done(figure, s);
		}

		// ------------------------------------------------------------ tables

		/** Table: keyword number? title '{' (indicators=IndicatorTable | (header Cell ('|' Cell)*)? rows+=Row*) notes+=Note* '}'. */
		private EObject table() {
			int s = p++;
			var table = F.createTable();
			if (kind(p, NUMBER)) {
				int v = p;
				set(table, Literals.TABLE__NUMBER, number(), v);
			}
			int v = p;
			set(table, Literals.TABLE__TITLE, string(), v);
			expect("{");
			if (at("indicators", "指标表")) {
				v = p;
				set(table, Literals.TABLE__INDICATORS, indicatorTable(), v);
			} else {
				if (at("header", "表头")) {
					p++;
					cells(table, Literals.TABLE__HEADER);
				}
				while (at("row", "行")) {
					int r = p++;
					var row = F.createRow();
					cells(row, Literals.ROW__CELLS);
					set(table, Literals.TABLE__ROWS, done(row, r), r);
				}
			}
			while (at("note", "注")) {
				v = p;
				set(table, Literals.TABLE__NOTES, note(), v);
			}
			expect("}");
			return done(table, s);
		}

		/** Cell ('|' Cell)*. */
		private void cells(EObject o, EStructuralFeature feature) {
			while (true) {
				int v = p;
				set(o, feature, cell(), v);
				if (!at("|")) {
					return;
				}
				p++;
			}
		}

		/** Cell: items+=CellItem*, CellItem: Text | ValueRef | Claim | QuantityItem | NotApplicable. */
		private EObject cell() {
			int s = p;
			var cell = F.createCell();
			while (true) {
				int v = p;
				EObject item;
				if (kind(p, STRING)) {
					item = text();
				} else if (at("{")) {
					item = valueRef();
				} else if (at("[")) {
					item = claim();
				} else if (at("－") && kind(p + 1, NUMBER)) {
					throw GIVE_UP; // a negative number, or n/a before a number: the grammar reads both
				} else if (startsQuantity(p)) {
					var q = F.createQuantityItem();
					set(q, Literals.QUANTITY_ITEM__VALUE, quantity(true), v);
					item = done(q, v);
				} else if (in(p, NOT_APPLICABLE)) {
					var na = F.createNotApplicable();
					set(na, Literals.NOT_APPLICABLE__MARKER, text(p++), v);
					item = done(na, v);
				} else {
					break;
				}
				set(cell, Literals.CELL__ITEMS, item, v);
			}
			return done(cell, s);
		}

		/** IndicatorTable: keyword number? title? '{' columns … computed? groups+=Category* notes+=Note* '}'. */
		private EObject indicatorTable() {
			int s = p++;
			var table = F.createIndicatorTable();
			if (kind(p, NUMBER)) {
				int v = p;
				set(table, Literals.INDICATOR_TABLE__NUMBER, number(), v);
			}
			if (kind(p, STRING)) {
				int v = p;
				set(table, Literals.INDICATOR_TABLE__TITLE, string(), v);
			}
			expect("{");
			expect("columns", "列");
			do {
				int v = p;
				var column = F.createColumn();
				set(column, Literals.COLUMN__KIND, enumValue("ColumnKind"), v);
				if (kind(p, NUMBER)) {
					int y = p;
					set(column, Literals.COLUMN__YEAR, year(), y);
				}
				if (kind(p, STRING)) {
					int l = p;
					set(column, Literals.COLUMN__LABEL, string(), l);
				}
				set(table, Literals.INDICATOR_TABLE__COLUMNS, done(column, v), v);
			} while (bar());
			if (at("computed", "计算列")) {
				p++;
				do {
					int v = p;
					set(table, Literals.INDICATOR_TABLE__COMPUTED, enumValue("Computed"), v);
				} while (bar());
			}
			while (at("category", "类别") || at("indicator", "指标")) {
				int v = p;
				var category = F.createCategory();
				if (at("category", "类别")) {
					p++;
					int t = p;
					set(category, Literals.CATEGORY__TITLE, string(), t);
					expect("{");
					while (at("indicator", "指标")) {
						int i = p;
						set(category, Literals.CATEGORY__INDICATORS, indicator(), i);
					}
					expect("}");
				} else {
					while (at("indicator", "指标")) {
						int i = p;
						set(category, Literals.CATEGORY__INDICATORS, indicator(), i);
					}
				}
				set(table, Literals.INDICATOR_TABLE__GROUPS, done(category, v), v);
			}
			while (at("note", "注")) {
				int v = p;
				set(table, Literals.INDICATOR_TABLE__NOTES, note(), v);
			}
			expect("}");
			return done(table, s);
		}

		private boolean bar() {
			if (at("|")) {
				p++;
				return true;
			}
			return false;
		}

		/** Indicator: keyword number? (of-which Colon)? name (title)? (LParen unit RParen)? '*'? (Colon cells)? ('{' properties '}')?. */
		private EObject indicator() {
			int s = p++;
			var indicator = F.createIndicator();
			if (kind(p, NUMBER)) {
				int v = p;
				set(indicator, Literals.INDICATOR__NUMBER, number(), v);
			}
			if (at("of-which", "其中")) {
				int v = p++;
				set(indicator, Literals.INDICATOR__OF_WHICH, true, v);
				expect(COLON);
			}
			int v = p;
			set(indicator, Literals.INDICATOR__NAME, indicatorName(), v);
			if (kind(p, STRING)) {
				v = p;
				set(indicator, Literals.INDICATOR__TITLE, string(), v);
			}
			if (in(p, LPAREN)) {
				p++;
				v = p;
				set(indicator, Literals.INDICATOR__UNIT, unitOfItsOwn(), v);
				expect(RPAREN);
			}
			if (at("*")) {
				v = p++;
				set(indicator, Literals.INDICATOR__STAR, true, v);
			}
			if (in(p, COLON)) {
				p++;
				do {
					v = p;
					set(indicator, Literals.INDICATOR__CELLS, indicatorCell(), v);
				} while (bar());
			}
			if (at("{")) {
				p++;
				while (!at("}")) {
					v = p;
					set(indicator, Literals.INDICATOR__PROPERTIES, property(), v);
				}
				p++;
			}
			return done(indicator, s);
		}

		/** IndicatorCell: Quantity | '[' Quantity ']' | n/a | STRING (span NUMBER)? | Attribute. */
		private EObject indicatorCell() {
			int s = p;
			if (at("[")) {
				p++;
				var cell = F.createCumulativeCell();
				int v = p;
				set(cell, Literals.CUMULATIVE_CELL__VALUE, quantity(false), v);
				expect("]");
				return done(cell, s);
			}
			if (at("—") || at("/") || (at("－") && !kind(p + 1, NUMBER))) {
				p++;
				return done(F.createNotApplicableCell(), s);
			}
			if (kind(p, STRING)) {
				var cell = F.createTextCell();
				set(cell, Literals.TEXT_CELL__TEXT, string(), s);
				if (at("span", "跨")) {
					p++;
					int v = p;
					set(cell, Literals.TEXT_CELL__SPAN, number(), v);
				}
				return done(cell, s);
			}
			if (enumAt("Attribute") != null) {
				var cell = F.createAttributeCell();
				set(cell, Literals.ATTRIBUTE_CELL__ATTRIBUTE, enumValue("Attribute"), s);
				return done(cell, s);
			}
			var cell = F.createValueCell();
			set(cell, Literals.VALUE_CELL__VALUE, quantity(false), s);
			return done(cell, s);
		}

		private EObject property() {
			int s = p;
			if (p >= n || kinds[p] != KEYWORD) {
				throw GIVE_UP;
			}
			EObject property;
			switch (text(p)) {
			case "category", "类别" -> {
				property = F.createCategoryProperty();
				stringOf(property, Literals.CATEGORY_PROPERTY__TITLE);
			}
			case "base", "基期" -> {
				p++;
				property = F.createBaseProperty();
				int v = p;
				set(property, Literals.BASE_PROPERTY__YEAR, year(), v);
				expect(COLON);
				v = p;
				set(property, Literals.BASE_PROPERTY__VALUE, quantity(false), v);
			}
			case "target", "目标" -> {
				p++;
				property = F.createTargetProperty();
				yearValues(property, Literals.TARGET_PROPERTY__VALUES);
			}
			case "actual", "实际" -> {
				p++;
				property = F.createActualProperty();
				yearValues(property, Literals.ACTUAL_PROPERTY__VALUES);
			}
			case "growth", "年均增速" -> {
				property = F.createGrowthProperty();
				quantityOf(property, Literals.GROWTH_PROPERTY__VALUE);
			}
			case "change", "累计" -> {
				p++;
				property = F.createChangeProperty();
				int v = p;
				if (at("[")) {
					p++;
					int q = p;
					set(property, Literals.CHANGE_PROPERTY__VALUE, quantity(false), q);
					expect("]");
				} else {
					set(property, Literals.CHANGE_PROPERTY__VALUE, quantity(false), v);
				}
			}
			case "points", "年均提高" -> {
				property = F.createPointsProperty();
				quantityOf(property, Literals.POINTS_PROPERTY__VALUE);
			}
			case "attribute", "属性" -> {
				p++;
				property = F.createAttributeProperty();
				int v = p;
				set(property, Literals.ATTRIBUTE_PROPERTY__ATTRIBUTE, enumValue("Attribute"), v);
			}
			case "declining", "逆向指标" -> {
				p++;
				property = F.createDecliningProperty();
			}
			case "note", "注" -> {
				property = F.createNoteProperty();
				stringOf(property, Literals.NOTE_PROPERTY__TEXT);
			}
			default -> throw GIVE_UP;
			}
			return done(property, s);
		}

		/** YearValue (Comma YearValue)*, YearValue: year=Year Colon value=Quantity. */
		private void yearValues(EObject o, EStructuralFeature feature) {
			do {
				int v = p;
				var yv = F.createYearValue();
				set(yv, Literals.YEAR_VALUE__YEAR, year(), v);
				expect(COLON);
				int q = p;
				set(yv, Literals.YEAR_VALUE__VALUE, quantity(false), q);
				set(o, feature, done(yv, v), v);
			} while (comma());
		}

		/** A keyword and the quantity that follows it. */
		private void quantityOf(EObject o, EStructuralFeature feature) {
			p++;
			int v = p;
			set(o, feature, quantity(false), v);
		}

		// ------------------------------------------------------------ compositions and groups

		private EObject composition() {
			int s = p;
			String keyword = text(p++);
			EObject c;
			switch (keyword) {
			case "sum", "合计" -> {
				c = F.createSum();
				reference(c, Literals.SUM__TOTAL);
				expect("=");
				reference(c, Literals.SUM__PARTS);
				while (at("+")) {
					p++;
					reference(c, Literals.SUM__PARTS);
				}
			}
			case "of-which", "其中" -> {
				c = F.createOfWhich();
				reference(c, Literals.OF_WHICH__TOTAL);
				expect(COLON);
				references(c, Literals.OF_WHICH__PARTS);
			}
			case "share", "占比" -> {
				c = F.createShare();
				reference(c, Literals.SHARE__SHARE);
				expect("=");
				reference(c, Literals.SHARE__PART);
				expect("/");
				reference(c, Literals.SHARE__WHOLE);
			}
			default -> {
				c = F.createRatio();
				reference(c, Literals.RATIO__RATIO);
				expect("=");
				reference(c, Literals.RATIO__TERMS);
				if (!in(p, RATIO_SIGN)) {
					throw GIVE_UP;
				}
				while (in(p, RATIO_SIGN)) {
					p++;
					reference(c, Literals.RATIO__TERMS);
				}
			}
			}
			return done(c, s);
		}

		/** Group: keyword name=Name (title=STRING)? Colon members+=Name (Comma members+=Name)*. */
		private EObject group() {
			int s = p++;
			var group = F.createGroup();
			int v = p;
			set(group, Literals.GROUP__NAME, name(), v);
			if (kind(p, STRING)) {
				v = p;
				set(group, Literals.GROUP__TITLE, string(), v);
			}
			expect(COLON);
			do {
				v = p;
				set(group, Literals.GROUP__MEMBERS, name(), v);
			} while (comma());
			return done(group, s);
		}

		// ------------------------------------------------------------ space, time, industry, projects, tasks

		/** keyword name=Name (title=STRING)?, the start of a phase, zone, industry, project, stage, organisation. */
		private void named(EObject o, EStructuralFeature name, EStructuralFeature title) {
			p++;
			int v = p;
			set(o, name, name(), v);
			if (kind(p, STRING)) {
				v = p;
				set(o, title, string(), v);
			}
		}

		private EObject phase() {
			int s = p;
			var phase = F.createPhase();
			named(phase, Literals.PHASE__NAME, Literals.PHASE__TITLE);
			int v = p;
			set(phase, Literals.PHASE__RANGE, yearRange(), v);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("area", "面积")) {
						quantityOf(phase, Literals.PHASE__AREA);
					} else if (at("zones", "范围")) {
						p++;
						references(phase, Literals.PHASE__ZONES);
					} else {
						v = p;
						set(phase, Literals.PHASE__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(phase, s);
		}

		private EObject zone() {
			int s = p;
			var zone = F.createZone();
			named(zone, Literals.ZONE__NAME, Literals.ZONE__TITLE);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("kind", "类型")) {
						stringOf(zone, Literals.ZONE__KIND);
					} else if (at("area", "面积")) {
						quantityOf(zone, Literals.ZONE__AREA);
					} else if (at("complete", "全覆盖")) {
						int v = p++;
						set(zone, Literals.ZONE__COMPLETE, true, v);
					} else if (at("parts", "组成")) {
						p++;
						references(zone, Literals.ZONE__PARTS);
					} else if (at("industries", "主导产业")) {
						p++;
						references(zone, Literals.ZONE__INDUSTRIES);
					} else if (at("in-phase", "建设阶段")) {
						p++;
						reference(zone, Literals.ZONE__PHASE);
					} else if (at("aka", "又称")) {
						stringOf(zone, Literals.ZONE__ALIASES);
					} else {
						int v = p;
						set(zone, Literals.ZONE__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(zone, s);
		}

		private EObject industry() {
			int s = p;
			var industry = F.createIndustry();
			named(industry, Literals.INDUSTRY__NAME, Literals.INDUSTRY__TITLE);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("kind", "定位")) {
						stringOf(industry, Literals.INDUSTRY__KIND);
					} else if (at("output", "产值")) {
						p++;
						reference(industry, Literals.INDUSTRY__OUTPUT);
					} else if (at("zones", "布局")) {
						p++;
						references(industry, Literals.INDUSTRY__ZONES);
					} else if (at("aka", "又称")) {
						stringOf(industry, Literals.INDUSTRY__ALIASES);
					} else {
						int v = p;
						set(industry, Literals.INDUSTRY__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(industry, s);
		}

		private EObject project() {
			int s = p;
			var project = F.createProject();
			named(project, Literals.PROJECT__NAME, Literals.PROJECT__TITLE);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (projectFact(project)) {
						continue;
					}
					if (at("in-zone", "所在园区")) {
						p++;
						reference(project, Literals.PROJECT__ZONE);
					} else if (at("of-industry", "所属产业")) {
						p++;
						reference(project, Literals.PROJECT__INDUSTRY);
					} else if (at("status", "状态")) {
						p++;
						int v = p;
						set(project, Literals.PROJECT__STATUS, enumValue("Status"), v);
					} else if (at("stage", "分期")) {
						int v = p;
						set(project, Literals.PROJECT__STAGES, stage(), v);
					} else {
						int v = p;
						set(project, Literals.PROJECT__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(project, s);
		}

		private EObject stage() {
			int s = p;
			var stage = F.createStage();
			named(stage, Literals.STAGE__NAME, Literals.STAGE__TITLE);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("scope", "内容")) {
						stringOf(stage, Literals.STAGE__SCOPE);
					} else if (!projectFact(stage)) {
						throw GIVE_UP;
					}
				}
				p++;
			}
			return done(stage, s);
		}

		/** fragment ProjectFact: investment, land, floor area, capacity, output, years. */
		private boolean projectFact(EObject o) {
			if (at("investment", "总投资")) {
				quantityOf(o, Literals.PROJECT_FACT__INVESTMENT);
			} else if (at("land", "占地")) {
				quantityOf(o, Literals.PROJECT_FACT__LAND);
			} else if (at("floor", "建筑面积")) {
				quantityOf(o, Literals.PROJECT_FACT__FLOOR_AREA);
			} else if (at("capacity", "产能")) {
				p++;
				do {
					int v = p;
					set(o, Literals.PROJECT_FACT__CAPACITY, quantity(false), v);
				} while (comma());
			} else if (at("output", "年产值")) {
				quantityOf(o, Literals.PROJECT_FACT__OUTPUT);
			} else if (at("years", "建设期")) {
				p++;
				int v = p;
				set(o, Literals.PROJECT_FACT__YEARS, yearRange(), v);
			} else {
				return false;
			}
			return true;
		}

		/** Task: keyword number=NUMBER? (name=ID)? title=STRING ('{' … '}')?. */
		private EObject task() {
			int s = p++;
			var task = F.createTask();
			if (kind(p, NUMBER)) {
				int v = p;
				set(task, Literals.TASK__NUMBER, number(), v);
			}
			if (kind(p, ID)) {
				int v = p;
				set(task, Literals.TASK__NAME, text(p++), v);
			}
			int v = p;
			set(task, Literals.TASK__TITLE, string(), v);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("lead", "牵头单位")) {
						p++;
						references(task, Literals.TASK__LEAD);
					} else if (at("support", "配合单位")) {
						p++;
						references(task, Literals.TASK__SUPPORT);
					} else if (at("deadline", "完成时限")) {
						p++;
						v = p;
						set(task, Literals.TASK__DEADLINE, year(), v);
					} else if (at("targets", "相关指标")) {
						p++;
						references(task, Literals.TASK__TARGETS);
					} else {
						v = p;
						set(task, Literals.TASK__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(task, s);
		}

		private EObject organisation() {
			int s = p;
			var org = F.createOrganisation();
			named(org, Literals.ORGANISATION__NAME, Literals.ORGANISATION__TITLE);
			if (at("{")) {
				p++;
				while (!at("}")) {
					if (at("kind", "类型")) {
						stringOf(org, Literals.ORGANISATION__KIND);
					} else if (at("head", "组长")) {
						stringOf(org, Literals.ORGANISATION__HEAD);
					} else if (at("deputy", "副组长")) {
						stringOf(org, Literals.ORGANISATION__DEPUTY);
					} else if (at("office", "办公室设在")) {
						p++;
						reference(org, Literals.ORGANISATION__OFFICE);
					} else if (at("members", "成员单位")) {
						p++;
						references(org, Literals.ORGANISATION__MEMBERS);
					} else if (at("meets", "会议")) {
						stringOf(org, Literals.ORGANISATION__CADENCE);
					} else {
						int v = p;
						set(org, Literals.ORGANISATION__ELEMENTS, element(), v);
					}
				}
				p++;
			}
			return done(org, s);
		}

		/** UnitDecl: keyword name=UnitOfItsOwn ('=' factor=Decimal base=UnitOfItsOwn)? (('dimension' | '量纲') dimension=DimensionName)?. */
		private EObject unitDecl() {
			int s = p++;
			var unit = F.createUnitDecl();
			int v = p;
			set(unit, Literals.UNIT_DECL__NAME, unitOfItsOwn(), v);
			if (at("=")) {
				p++;
				v = p;
				set(unit, Literals.UNIT_DECL__FACTOR, decimal(), v);
				v = p;
				set(unit, Literals.UNIT_DECL__BASE, unitOfItsOwn(), v);
			}
			if (at("dimension", "量纲")) {
				p++;
				v = p;
				if (!kind(p, ID) && !in(p, DIMENSION_KEYWORDS)) {
					throw GIVE_UP;
				}
				set(unit, Literals.UNIT_DECL__DIMENSION, text(p++), v);
			}
			return done(unit, s);
		}

		/** Ack: keyword check=CheckId subject=[Referable|QName] reason=STRING. */
		private EObject ack() {
			int s = p++;
			var ack = F.createAck();
			int v = p;
			checkWord();
			while (at(".") && startsCheckWord(p + 1)) {
				p++;
				checkWord();
			}
			for (int i = v + 1; i < p; i++) {
				if (gaps[i]) {
					throw GIVE_UP; // Xtext keeps a space where hidden text stood inside a check id
				}
			}
			StringBuilder id = new StringBuilder();
			for (int i = v; i < p; i++) {
				id.append(text(i));
			}
			set(ack, Literals.ACK__CHECK, id.toString(), v);
			reference(ack, Literals.ACK__SUBJECT);
			v = p;
			set(ack, Literals.ACK__REASON, string(), v);
			return done(ack, s);
		}

		private boolean startsCheckWord(int i) {
			return kind(i, ID) || in(i, CHECK_KEYWORDS);
		}

		/** CheckWord: (ID | the keywords a check id may hold) ('-' (ID | 'kind'))*. */
		private void checkWord() {
			if (!startsCheckWord(p)) {
				throw GIVE_UP;
			}
			p++;
			while (at("-") && (kind(p + 1, ID) || is(p + 1, "kind"))) {
				p += 2;
			}
		}

		// ------------------------------------------------------------ references and names

		/** One reference: QName, kept to be linked. */
		private void reference(EObject o, EReference reference) {
			int v = p;
			List<String> segments = new ArrayList<>(1);
			StringBuilder segment = new StringBuilder();
			while (true) {
				indicatorName(segment);
				if (segment.isEmpty()) {
					throw GIVE_UP;
				}
				segments.add(segment.toString());
				segment.setLength(0);
				if (at(".") && (kind(p + 1, ID) || kind(p + 1, STRING))) {
					p++;
					continue;
				}
				break;
			}
			links.add(new Link(o, reference, QualifiedName.create(segments)));
			if (p > v) {
				map.feature(o, reference, starts[v], ends[p - 1]);
			}
		}

		/** References: QName (Comma QName)*. */
		private void references(EObject o, EReference reference) {
			do {
				reference(o, reference);
			} while (comma());
		}

		private String indicatorName() {
			StringBuilder b = new StringBuilder();
			indicatorName(b);
			return b.toString();
		}

		/**
		 * IndicatorName, read with no hidden text inside: Name (NUMBER ID? | LParen NameWord+ RParen NameWord)*. A
		 * bracket continues the name only if a word follows its closing bracket at once; otherwise it is the unit.
		 */
		private void indicatorName(StringBuilder b) {
			b.append(name());
			while (p < n && !gaps[p]) {
				if (kinds[p] == NUMBER) {
					b.append(text(p++));
					if (kind(p, ID) && !gaps[p]) {
						b.append(text(p++));
					}
				} else if (in(p, LPAREN)) {
					int j = p + 1;
					while (j < n && !gaps[j] && (kinds[j] == ID || kinds[j] == NUMBER)) {
						j++;
					}
					if (j == p + 1 || !in(j, RPAREN) || gaps[j] || j + 1 >= n || gaps[j + 1] || (kinds[j + 1] != ID && kinds[j + 1] != NUMBER)) {
						return;
					}
					for (int i = p; i <= j + 1; i++) {
						b.append(text(i));
					}
					p = j + 2;
				} else {
					return;
				}
			}
		}

		// ------------------------------------------------------------ quantities and units

		private boolean startsDecimal(int i) {
			return kind(i, NUMBER) || (in(i, MINUS) && kind(i + 1, NUMBER));
		}

		private boolean startsQuantity(int i) {
			return startsDecimal(i) || (i < n && kinds[i] == KEYWORD && enumLiterals.get("Prefix").containsKey(text(i)));
		}

		/** Decimal: ('-' | '－')? NUMBER. */
		private BigDecimal decimal() {
			String sign = "";
			if (in(p, MINUS)) {
				sign = "-";
				p++;
			}
			String digits = sign + number();
			if (digits.length() > 200) {
				throw GIVE_UP;
			}
			return new BigDecimal(digits);
		}

		/**
		 * Quantity: prefix? value=Decimal (RangeDash upper=Decimal | (RatioSign terms+=Decimal)+)? unit=UnitName?
		 * suffix=Suffix? (('±' | '+-') tolerance=Decimal relative?=('%' | '％')?)?. In a table's cell a dash or a
		 * slash after the number may also begin the next item: left to Xtext.
		 */
		private Quantity quantity(boolean inCell) {
			int s = p;
			Quantity q = F.createQuantity();
			Enumerator prefix = enumAt("Prefix");
			if (prefix != null) {
				set(q, Literals.QUANTITY__PREFIX, prefix, p++);
			}
			if (!startsDecimal(p)) {
				throw GIVE_UP;
			}
			int v = p;
			set(q, Literals.QUANTITY__VALUE, decimal(), v);
			if (inCell && (in(p, RANGE_DASH) || at("/") || at("－"))) {
				throw GIVE_UP;
			}
			if (in(p, RANGE_DASH) && startsDecimal(p + 1)) {
				p++;
				v = p;
				set(q, Literals.QUANTITY__UPPER, decimal(), v);
			} else if (in(p, RATIO_SIGN) && startsDecimal(p + 1)) {
				while (in(p, RATIO_SIGN) && startsDecimal(p + 1)) {
					p++;
					v = p;
					set(q, Literals.QUANTITY__TERMS, decimal(), v);
				}
			}
			if (kind(p, ID) || in(p, UNIT_WORD) || (at("/") && kind(p + 1, NUMBER) && kind(p + 2, ID))) {
				v = p;
				set(q, Literals.QUANTITY__UNIT, unitName(), v);
			}
			Enumerator suffix = enumAt("Suffix");
			if (suffix != null) {
				set(q, Literals.QUANTITY__SUFFIX, suffix, p++);
			}
			if (at("±") || at("+-")) {
				p++;
				v = p;
				set(q, Literals.QUANTITY__TOLERANCE, decimal(), v);
				if (at("%") || at("％")) {
					v = p++;
					set(q, Literals.QUANTITY__RELATIVE, true, v);
				}
			}
			return done(q, s);
		}

		/** UnitName: (ID | '%' | '％' | '‰' | '年' | '月') ('/' (ID | '年' | '月' | '日'))? | '/' NUMBER ID. */
		private String unitName() {
			int s = p;
			if (at("/")) {
				p++;
				token(NUMBER);
				token(ID);
			} else {
				if (!kind(p, ID) && !in(p, UNIT_WORD)) {
					throw GIVE_UP;
				}
				p++;
				if (at("/") && (kind(p + 1, ID) || in(p + 1, PER_WORD))) {
					p += 2;
				}
			}
			StringBuilder b = new StringBuilder();
			for (int i = s; i < p; i++) {
				b.append(text(i));
			}
			return PlanValueConverters.normalizeDigits(b.toString()).replace('％', '%');
		}

		/** UnitOfItsOwn: UnitName | PER_NUMBER. */
		private String unitOfItsOwn() {
			if (kind(p, PER_NUMBER)) {
				return PlanValueConverters.normalizeDigits(text(p++)).replace('％', '%');
			}
			return unitName();
		}
	}
}
