package org.lantu.plan.parser;

import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ANY_OTHER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ID;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_ML_COMMENT;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_NUMBER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_PER_NUMBER;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_SL_COMMENT;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_STRING;
import static org.lantu.plan.parser.antlr.internal.InternalPlanLexer.RULE_WS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.lantu.plan.parser.antlr.internal.InternalPlanLexer;

/**
 * The plan's lexer: a hand-written path for every token whose end and kind it can tell for
 * certain, and the lexer generated from the grammar for the rest. The generated lexer predicts a
 * token's kind with tables of states for hundreds of keywords in two scripts: unpacking those
 * tables when its class is first used, and walking them for every token, took much of a cold
 * check's reading (docs/performance.md). This one reads the longest keyword with a trie and the
 * terminals by their rules in {@code Plan.xtext}, and gives the same tokens: same kind, span, line
 * and column. Where the generated lexer may commit to a token and then fail (a keyword begun and
 * not finished, {@code 3.} without its digits, {@code 1/} without a number, an unclosed quote or
 * comment), this one does not guess: it hands that token to the generated lexer (created only
 * then), which reads it and reports its error as it always has. {@code PlanLexerTest} compares the
 * two on every plan of the project and on random text. Keywords come from the generated token file,
 * so a new keyword needs nothing here; a changed terminal rule (ID, NUMBER, WORD_CHAR…) must be
 * changed here as well, and its characters added to the test's random pieces.
 */
public class PlanLexer extends Lexer {

	private static final String TOKENS = "InternalPlan.tokens";

	/** The keywords, from the token file the parser's generator writes beside the lexer. */
	private static final List<String[]> KEYWORD_LIST = Trie.keywords(InternalPlanLexer.class, TOKENS);
	private static final Trie KEYWORDS = Trie.of(KEYWORD_LIST);
	/** Each keyword's spelling by its token type (interned); null for the terminals' types. */
	private static final String[] KEYWORD_OF_TYPE = keywordsByType(KEYWORD_LIST);

	private static String[] keywordsByType(List<String[]> keywords) {
		int max = 0;
		for (String[] k : keywords) {
			max = Math.max(max, Integer.parseInt(k[1]));
		}
		String[] byType = new String[max + 1];
		for (String[] k : keywords) {
			byType[Integer.parseInt(k[1])] = k[0].intern();
		}
		return byType;
	}

	/** The spelling of a keyword's token type (one shared string per keyword), or null for a terminal's. */
	public static String keywordOf(int type) {
		return type >= 0 && type < KEYWORD_OF_TYPE.length ? KEYWORD_OF_TYPE[type] : null;
	}

	/**
	 * The token at the stream's position as {@code type << 32 | length}, without making a token
	 * object, or -1 where this lexer leaves the token to the generated one (or the stream has
	 * ended). For a reader that keeps tokens in arrays ({@link DirectReader}).
	 */
	public static long scan(CharStream in) {
		int first = in.LA(1);
		return first == CharStream.EOF ? DECLINE : token(in, first);
	}

	/** The generated lexer, for the tokens this one leaves to it; made on the first of those. */
	private InternalPlanLexer generated;

	public PlanLexer() {
	}

	public PlanLexer(CharStream input) {
		super(input);
	}

	@Override
	public Token nextToken() {
		CharStream in = input;
		int first = in.LA(1);
		if (first == CharStream.EOF) {
			return Token.EOF_TOKEN; // as Xtext's lexer ends
		}
		long token = token(in, first);
		if (token == DECLINE) {
			return generated().nextToken();
		}
		int type = (int) (token >>> 32);
		int length = (int) token;
		int start = in.index();
		int line = in.getLine();
		int column = in.getCharPositionInLine();
		for (int i = 0; i < length; i++) {
			in.consume();
		}
		CommonToken t = new CommonToken(in, type, Token.DEFAULT_CHANNEL, start, start + length - 1);
		t.setLine(line);
		t.setCharPositionInLine(column);
		state.token = t;
		return t;
	}

	private InternalPlanLexer generated() {
		if (generated == null) {
			generated = new InternalPlanLexer(input);
		} else if (generated.getCharStream() != input) {
			generated.setCharStream(input);
		}
		return generated;
	}

	/** Whether some token was left to the generated lexer (a token that may not be read at all). */
	public boolean declinedSome() {
		return generated != null;
	}

	/** The error of a token the generated lexer could not read (this one reads none it could not). */
	@Override
	public String getErrorMessage(Token t) {
		return generated == null ? null : generated.getErrorMessage(t);
	}

	/**
	 * Not called by Xtext's parser, which reads tokens by {@link #nextToken()}; a caller that drives the rules itself gets the
	 * generated lexer's.
	 */
	@Override
	public void mTokens() throws RecognitionException {
		generated().mTokens();
	}

	/** The keywords the lexer knows, as the grammar spells them (for tests and tools). */
	public static List<String> keywords() {
		return KEYWORD_LIST.stream().map(k -> k[0]).toList();
	}

	/** Left to the generated lexer. */
	private static final long DECLINE = -1;

	private static long token(int type, int length) {
		return ((long) type << 32) | length;
	}

	/**
	 * The token at the stream's position as {@code type << 32 | length}, or {@link #DECLINE}. The
	 * longest match wins; a keyword wins a tie (the generated lexer lists keywords first).
	 */
	private static long token(CharStream in, int first) {
		// how far the input follows some keyword, and the longest keyword it holds
		int keywordType = 0;
		int keywordLength = 0;
		int followed = 0;
		Trie node = KEYWORDS;
		for (int i = 1;; i++) {
			node = node.next(i == 1 ? first : in.LA(i));
			if (node == null) {
				break;
			}
			followed = i;
			if (node.type != 0) {
				keywordType = node.type;
				keywordLength = i;
			}
		}
		int type;
		int length;
		if (isWordChar(first) || isLatin(first)) {
			type = RULE_ID;
			length = idLength(in, first);
		} else if (isDigit(first)) {
			long number = number(in, first);
			if (number == DECLINE) {
				return DECLINE;
			}
			type = (int) (number >>> 32);
			length = (int) number;
		} else if (first == '"' || first == '\'') {
			length = stringLength(in, first);
			if (length < 0) {
				return DECLINE;
			}
			type = RULE_STRING;
		} else if (first == '/' && in.LA(2) == '*') {
			length = commentLength(in);
			if (length < 0) {
				return DECLINE;
			}
			type = RULE_ML_COMMENT;
		} else if (first == '/' && in.LA(2) == '/') {
			type = RULE_SL_COMMENT;
			length = lineCommentLength(in);
		} else if (isSpace(first)) {
			type = RULE_WS;
			length = 1;
			while (isSpace(in.LA(length + 1))) {
				length++;
			}
		} else {
			type = RULE_ANY_OTHER;
			length = 1;
		}
		if (keywordLength >= length) {
			type = keywordType;
			length = keywordLength;
		}
		// a keyword begun beyond the token: the generated lexer may commit to it and fail there
		return followed > length ? DECLINE : token(type, length);
	}

	/** {@code ID: (WORD_CHAR | LATIN (LATIN | DIGIT)*)+}: digits only within a run that began with a Latin letter. */
	private static int idLength(CharStream in, int first) {
		boolean latin = isLatin(first);
		int length = 1;
		for (int c = in.LA(2);; c = in.LA(length + 1)) {
			if (isWordChar(c)) {
				latin = false;
			} else if (isLatin(c)) {
				latin = true;
			} else if (!(latin && isDigit(c))) {
				return length;
			}
			length++;
		}
	}

	/**
	 * {@code NUMBER: DIGIT+ (('.' | '．') DIGIT+)?} or {@code PER_NUMBER: ('1' | '１') '/' DIGIT+ ('十' | '百' | '千' | '万' | '亿')?};
	 * a point or a slash not followed by a digit is left to the generated lexer.
	 */
	private static long number(CharStream in, int first) {
		if ((first == '1' || first == '\uFF11') && in.LA(2) == '/') {
			if (!isDigit(in.LA(3))) {
				return DECLINE;
			}
			int length = 3;
			while (isDigit(in.LA(length + 1))) {
				length++;
			}
			int unit = in.LA(length + 1);
			if (unit == '十' || unit == '百' || unit == '千' || unit == '万' || unit == '亿') {
				length++;
			}
			return token(RULE_PER_NUMBER, length);
		}
		int length = digits(in, 1);
		int point = in.LA(length + 1);
		if (point == '.' || point == '\uFF0E') {
			if (!isDigit(in.LA(length + 2))) {
				return DECLINE;
			}
			length = digits(in, length + 2);
		}
		return token(RULE_NUMBER, length);
	}

	/** The length up to the last of the digits that begin at {@code from} (1-based). */
	private static int digits(CharStream in, int from) {
		int length = from;
		while (isDigit(in.LA(length + 1))) {
			length++;
		}
		return length;
	}

	/** {@code STRING}: a backslash escapes any character; -1 when the quote is not closed. */
	private static int stringLength(CharStream in, int quote) {
		for (int i = 2;; i++) {
			int c = in.LA(i);
			if (c == CharStream.EOF) {
				return -1;
			}
			if (c == '\\') {
				if (in.LA(i + 1) == CharStream.EOF) {
					return -1;
				}
				i++;
			} else if (c == quote) {
				return i;
			}
		}
	}

	/** {@code ML_COMMENT: '/*' -> '*' '/'}; -1 when it is not closed. */
	private static int commentLength(CharStream in) {
		for (int i = 3;; i++) {
			int c = in.LA(i);
			if (c == CharStream.EOF) {
				return -1;
			}
			if (c == '*' && in.LA(i + 1) == '/') {
				return i + 1;
			}
		}
	}

	/** {@code SL_COMMENT: '//' !('\n' | '\r')* ('\r' '\n'? | '\n')?}. */
	private static int lineCommentLength(CharStream in) {
		int length = 2;
		for (int c = in.LA(3); c != CharStream.EOF && c != '\n' && c != '\r'; c = in.LA(length + 1)) {
			length++;
		}
		int end = in.LA(length + 1);
		if (end == '\r') {
			length++;
			if (in.LA(length + 1) == '\n') {
				length++;
			}
		} else if (end == '\n') {
			length++;
		}
		return length;
	}

	/** {@code WS}. */
	static boolean isSpace(int c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\uFEFF';
	}

	/** {@code LATIN}. */
	static boolean isLatin(int c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	/** {@code DIGIT}. */
	static boolean isDigit(int c) {
		return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
	}

	/** {@code WORD_CHAR}. */
	static boolean isWordChar(int c) {
		return c == '\u00B2' || c == '\u00B3' || c == '\u00B7' || c >= '\u00C0' && c <= '\u2012' || c >= '\u2020' && c <= '\u2263'
				|| c >= '\u2266' && c <= '\u2FFF' || c >= '\u3005' && c <= '\u3007' || c >= '\u3040' && c <= '\uFEFE'
				|| c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A' || c >= '\uFF66' && c <= '\uFFEF';
	}

	/** The keywords by their characters: each node knows the keyword that ends there (0: none). */
	static final class Trie {
		private char[] keys = new char[0];
		private Trie[] nodes = new Trie[0];
		int type;

		Trie next(int c) {
			int i = Arrays.binarySearch(keys, (char) c);
			return c < 0 || i < 0 ? null : nodes[i];
		}

		private Trie add(char c) {
			int i = Arrays.binarySearch(keys, c);
			if (i >= 0) {
				return nodes[i];
			}
			int at = -i - 1;
			Trie node = new Trie();
			char[] k = new char[keys.length + 1];
			Trie[] n = new Trie[nodes.length + 1];
			System.arraycopy(keys, 0, k, 0, at);
			System.arraycopy(nodes, 0, n, 0, at);
			k[at] = c;
			n[at] = node;
			System.arraycopy(keys, at, k, at + 1, keys.length - at);
			System.arraycopy(nodes, at, n, at + 1, nodes.length - at);
			keys = k;
			nodes = n;
			return node;
		}

		void put(String keyword, int type) {
			Trie node = this;
			for (int i = 0; i < keyword.length(); i++) {
				node = node.add(keyword.charAt(i));
			}
			node.type = type;
		}

		/** The trie of keywords as an ANTLR token file lists them ({@link #keywords}). */
		static Trie of(List<String[]> keywords) {
			Trie root = new Trie();
			for (String[] keyword : keywords) {
				root.put(keyword[0], Integer.parseInt(keyword[1]));
			}
			return root;
		}

		/** The keywords of an ANTLR token file ({@code 'keyword'=type} lines, Java escapes inside the quotes), with their types. */
		static List<String[]> keywords(Class<?> beside, String file) {
			List<String[]> keywords = new ArrayList<>();
			try (InputStream stream = beside.getResourceAsStream(file)) {
				if (stream == null) {
					throw new IllegalStateException("the parser's token file " + file + " is missing beside " + beside.getName());
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					int eq = line.lastIndexOf('=');
					if (line.startsWith("'") && eq > 1 && line.charAt(eq - 1) == '\'') {
						keywords.add(new String[] { unescape(line.substring(1, eq - 1)), line.substring(eq + 1).trim() });
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return keywords;
		}

		private static String unescape(String s) {
			StringBuilder out = new StringBuilder(s.length());
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c != '\\' || i + 1 == s.length()) {
					out.append(c);
					continue;
				}
				char e = s.charAt(++i);
				switch (e) {
				case 'u' -> {
					out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
					i += 4;
				}
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				default -> out.append(e);
				}
			}
			return out.toString();
		}
	}
}
