package org.lantu.plan.parser;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.quantity.ChineseNumerals;
import org.lantu.plan.quantity.Units;

import com.google.inject.Inject;

/**
 * Syntax errors in the author's terms. The one trap worth a sentence of its own: Chinese has no
 * spaces, so a Chinese keyword written directly before a name (指标工业总产值) is read as one
 * name; the message says to put a space after the keyword.
 */
public class PlanSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	public static final String SYNTAX = CheckType.SYNTAX.id();
	public static final String VALUE = CheckType.VALUE.id();

	private final Set<String> chineseKeywords = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));

	@Inject
	public PlanSyntaxErrorMessages(IGrammarAccess grammarAccess) {
		for (Keyword k : GrammarUtil.containedKeywords(grammarAccess.getGrammar())) {
			String v = k.getValue();
			if (v.length() >= 2 && Character.UnicodeScript.of(v.codePointAt(0)) == Character.UnicodeScript.HAN) {
				chineseKeywords.add(v);
			}
		}
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		Lang lang = ParseLanguage.current();
		RecognitionException e = context.getRecognitionException();
		Token token = e == null ? null : e.token;
		String text = token == null ? null : token.getText();
		if (text != null && token.getType() != Token.EOF && !chineseKeywords.contains(text)) {
			for (String k : chineseKeywords) {
				if (text.startsWith(k) && text.length() > k.length()) {
					return new SyntaxErrorMessage(Messages.say(lang, "syntax.glued", abbreviate(text), k, abbreviate(text.substring(k.length()))), SYNTAX);
				}
			}
		}
		String message = context.getDefaultMessage();
		if (text != null && token.getType() != Token.EOF && ChineseNumerals.leadingLength(text) > 0 && message != null && message.contains("RULE_NUMBER")) {
			int n = ChineseNumerals.leadingLength(text);
			var value = ChineseNumerals.leading(text);
			return new SyntaxErrorMessage(value.isPresent()
					? Messages.say(lang, "syntax.numeral.value", abbreviate(text), text.substring(0, n), value.getAsLong(), value.getAsLong() + text.substring(n))
					: Messages.say(lang, "syntax.numeral", abbreviate(text)), SYNTAX);
		}
		if (message != null && message.startsWith("mismatched character '<EOF>' expecting '")) {
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.unclosed-string"), SYNTAX);
		}
		if (context.getCurrentContext() == null && token != null && token.getType() != Token.EOF && !"规划".equals(text) && !"plan".equals(text)) {
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.no-header", abbreviate(String.valueOf(text))), SYNTAX);
		}
		String advice = token == null || token.getType() == Token.EOF ? null : indicatorAdvice(token, lang);
		if (advice != null) {
			return new SyntaxErrorMessage(advice, SYNTAX);
		}
		String startsWithDigits = token == null || token.getType() == Token.EOF ? null : nameStartingWithDigits(token);
		if (startsWithDigits != null) {
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.quote-number-name", startsWithDigits), SYNTAX);
		}
		String cutShort = message == null ? null : cutShort(message, context.getCurrentNode(), lang);
		if (cutShort != null) {
			return new SyntaxErrorMessage(cutShort, SYNTAX);
		}
		if (message != null && message.startsWith("missing EOF at ")) {
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.not-an-element", abbreviate(String.valueOf(text))), SYNTAX);
		}
		if (token != null && token.getType() == Token.EOF) {
			Matcher expecting = message == null ? null : MISMATCHED.matcher(message);
			if (expecting != null && expecting.matches()) {
				return new SyntaxErrorMessage(Messages.say(lang, "syntax.early-end.expecting", expected(expecting.group(2), lang)), SYNTAX);
			}
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.early-end", plain(message, lang)), SYNTAX);
		} else if (text != null && text.length() == 1 && text.charAt(0) < 32) {
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.control", String.format("%04X", (int) text.charAt(0))), SYNTAX);
		}
		if (text != null && text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)) && "—–-~～".indexOf(text.charAt(0)) < 0
				&& message != null && message.startsWith("extraneous input")) {
			// (a dash is a range's, not a name's: no advice to quote names there)
			return new SyntaxErrorMessage(Messages.say(lang, "syntax.punctuation", plain(message, lang)), SYNTAX);
		}
		return new SyntaxErrorMessage(plain(message, lang), SYNTAX);
	}

	/** An indicator's header: keyword, number, then the name and unit up to a space, colon, brace or bar, then the rest. */
	private static final Pattern INDICATOR_LINE = Pattern
			.compile("(\\s*)(指标|indicator)(\\s+(?:[0-9０-９]+\\s+)?)([^\"'：:{\\s|]+)(\\s*)(.*)");

	/**
	 * Advice for an error on an indicator's header line: a name holding characters the grammar
	 * cannot take unquoted (PM2.5浓度, R&D经费) is shown quoted; a row whose cells follow the unit
	 * without a colon is shown with it. Null when the error is elsewhere.
	 */
	static String indicatorAdvice(Token token, Lang lang) {
		if (!(token instanceof CommonToken t) || t.getInputStream() == null || t.getStartIndex() < 0) {
			return null;
		}
		var in = t.getInputStream();
		int start = t.getStartIndex();
		int from = start;
		while (from > 0 && start - from < 400 && in.substring(from - 1, from - 1).charAt(0) != '\n') {
			from--;
		}
		int to = start;
		while (to < in.size() - 1 && to - start < 400 && in.substring(to + 1, to + 1).charAt(0) != '\n') {
			to++;
		}
		Matcher m = INDICATOR_LINE.matcher(in.substring(from, to).stripTrailing());
		if (!m.matches()) {
			return null;
		}
		int at = start - from;
		String chunk = m.group(4);
		String rest = m.group(6);
		// the unit is the last group in parentheses, if the chunk ends with one
		int open = -1;
		if (chunk.endsWith("）") || chunk.endsWith(")")) {
			open = Math.max(chunk.lastIndexOf('（'), chunk.lastIndexOf('('));
		}
		String star = chunk.endsWith("*") ? "*" : "";
		String body = star.isEmpty() ? chunk : chunk.substring(0, chunk.length() - 1);
		if (star.length() > 0 && (body.endsWith("）") || body.endsWith(")"))) {
			open = Math.max(body.lastIndexOf('（'), body.lastIndexOf('('));
		}
		String name = open > 0 ? body.substring(0, open) : body;
		String unit = open > 0 ? body.substring(open) : "";
		String head = m.group(2) + m.group(3).replaceAll("\\s+", " ");
		int nameStart = m.start(4);
		if (at >= nameStart && at < nameStart + name.length()) {
			String quoted = name.replace("\\", "\\\\").replace("\"", "\\\"");
			return Messages.say(lang, "syntax.indicator-name", abbreviate(t.getText()), head + '"' + quoted + '"' + unit + star);
		}
		if (DECLINING.contains(t.getText()) && at >= m.start(6) && !rest.isEmpty() && "：:".indexOf(rest.charAt(0)) >= 0) {
			// 约束性 逆向指标 at the end of a row: a property, written in the row's braces
			String line = in.substring(from, to);
			String before = line.substring(0, at).strip();
			String after = line.substring(Math.min(line.length(), at + t.getText().length())).strip();
			String row = after.startsWith("{") ? before + " { " + t.getText() + " " + after.substring(1).strip()
					: before + " { " + t.getText() + " }" + (after.isEmpty() ? "" : " " + after);
			int cells = row.length() > 40 ? row.indexOf(rest.charAt(0)) : -1; // a long row is shown from its cells
			return Messages.say(lang, "syntax.indicator-declining", t.getText(), cells > 0 ? "…" + row.substring(cells) : row);
		}
		if (!unit.isEmpty() && !rest.isEmpty() && at >= m.start(6) && "：:{".indexOf(rest.charAt(0)) < 0 && !rest.startsWith("\"")) {
			return Messages.say(lang, "syntax.indicator-colon", head + body + star + "：" + abbreviate(rest));
		}
		return null;
	}

	private static final Set<String> DECLINING = Set.of("逆向指标", "declining");

	private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
	private static final String NAME_ENDS = " \t\r\n\u3000@()（）:：|,，、\"'[]{}.。;；";

	/**
	 * The name an unexpected number starts when letters follow it directly (5G基站, 3D打印): names start with a
	 * letter unless quoted, so the lexer read a number and then a name. Null otherwise.
	 */
	private static String nameStartingWithDigits(Token token) {
		if (!(token instanceof CommonToken t) || t.getInputStream() == null || t.getStopIndex() < 0 || !DIGITS.matcher(String.valueOf(t.getText())).matches()) {
			return null;
		}
		var in = t.getInputStream();
		int end = t.getStopIndex() + 1;
		if (end >= in.size() || !Character.isLetter(in.substring(end, end).charAt(0))) {
			return null;
		}
		while (end < in.size() && end - t.getStopIndex() < 60 && NAME_ENDS.indexOf(in.substring(end, end).charAt(0)) < 0) {
			end++;
		}
		String rest = in.substring(t.getStopIndex() + 1, end - 1);
		// a year (2025年) or an amount (5个, 30万吨) is no name
		return rest.startsWith("年") || rest.startsWith("月") || new Units().findAllowingQualifier(rest).isPresent() ? null : in.substring(t.getStartIndex(), end - 1);
	}

	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (input|character) '(.*)'", Pattern.DOTALL);

	/**
	 * A token or an element the reader began and could not finish ("required (...)+ loop did not match anything"): a number
	 * whose point has no digits after it (3.企业培育, a heading's number left outside quotes), a rate whose slash has no number
	 * after it (1/万), or an element that needs at least one item. Null for any other message.
	 */
	private static String cutShort(String message, INode current, Lang lang) {
		Matcher m = LOOP.matcher(message);
		if (!m.matches()) {
			return null;
		}
		String at = tokens(m.group(2), lang);
		if (m.group(1).equals("input")) {
			return Messages.say(lang, "syntax.loop", at);
		}
		// the lexer tells only the character it stopped at (a line end as ANTLR shows it, \n); what it began reading
		// follows the last token read
		String stop = m.group(2).replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
		String begun = current == null ? "" : begun(current.getRootNode().getText(), current.getTotalEndOffset(), stop);
		// what was begun, with the character it stopped at where that is a letter (3.企, 1/万): 3. before a space, a bar,
		// a bracket or a line end is shown as 3.
		boolean letter = !stop.isEmpty() && Character.isLetter(stop.codePointAt(0));
		String shown = begun.isEmpty() ? at : letter ? begun + at : begun;
		if (begun.endsWith(".") || begun.endsWith("．")) {
			// 3.企业培育 is a heading's number outside its quotes; 3. before a bar, a brace or a line end is a value cut short
			return Messages.say(lang, letter ? "syntax.number-point.heading" : "syntax.number-point", shown);
		}
		if (begun.endsWith("/")) {
			return Messages.say(lang, "syntax.per-number", shown);
		}
		return Messages.say(lang, "syntax.no-viable", at);
	}

	/** The text from {@code from} (after white space) up to the character {@code at}, if it comes within a few characters. */
	private static String begun(String text, int from, String at) {
		int start = from;
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = at.isEmpty() ? -1 : text.indexOf(at, start);
		return end < 0 || end - start > 20 ? "" : text.substring(start, end);
	}

	private static final Pattern MISMATCHED = Pattern.compile("mismatched (?:input|character) '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);

	/**
	 * The parser's message in the author's words: its token names (RULE_NUMBER → a number / 数字,
	 * end of file) and its four sentences (mismatched, extraneous, no viable alternative, missing),
	 * in either language without the parser's terms. Anything else passes with its token names replaced.
	 */
	static String plain(String message, Lang lang) {
		if (message == null) {
			return null;
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return Messages.say(lang, "syntax.mismatched", tokens(m.group(1), lang), expected(m.group(2), lang));
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return Messages.say(lang, "syntax.extraneous", tokens(m.group(1), lang), expected(m.group(2), lang));
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return Messages.say(lang, "syntax.no-viable", tokens(m.group(1), lang));
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return Messages.say(lang, "syntax.missing", expected(m.group(1), lang), tokens(m.group(2), lang));
		}
		return tokens(message, lang);
	}

	/** What the parser expected, its keywords quoted as the language quotes them ('}' in English, “}” in Chinese). */
	private static String expected(String s, Lang lang) {
		return lang == Lang.EN ? tokens(s, lang) : QUOTED_KEYWORD.matcher(tokens(s, lang)).replaceAll("“$1”");
	}

	private static final Pattern QUOTED_KEYWORD = Pattern.compile("'([^'\\s]+)'");

	private static String tokens(String s, Lang lang) {
		return s.replace("RULE_PER_NUMBER", Messages.say(lang, "syntax.token.per-number")).replace("RULE_NUMBER", Messages.say(lang, "syntax.token.number"))
				.replace("RULE_STRING", Messages.say(lang, "syntax.token.string"))
				.replace("RULE_ID", Messages.say(lang, "syntax.token.name")).replace("RULE_ANY_OTHER", Messages.say(lang, "syntax.token.character"))
				.replace("<EOF>", Messages.say(lang, "syntax.token.eof")).replaceAll("\\bEOF\\b", Messages.say(lang, "syntax.token.eof"));
	}

	/** A number, year or name the value converters reject: reported under the check id "value". */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		var node = context.getValueConverterException() == null ? null : context.getValueConverterException().getNode();
		if (node != null && SyntaxErrors.within(node)) {
			return null; // the parser glued a stray token (7.9::3) into the number: the syntax error says so, once
		}
		if (node != null && node.getText() != null && node.getText().strip().matches("[0-9]{3}([.][0-9]+)?")) {
			String root = node.getRootNode().getText();
			int at = node.getTotalOffset();
			var before = Pattern.compile("([0-9]{1,3})([,，])\\s*$").matcher(root.substring(Math.max(0, at - 12), at));
			if (before.find()) {
				String digits = node.getText().strip();
				return new SyntaxErrorMessage(Messages.say(ParseLanguage.current(), "value.thousands", before.group(1) + digits,
						before.group(1) + before.group(2) + digits), VALUE);
			}
		}
		String message = context.getDefaultMessage();
		if (message != null && message.startsWith("ValueConverter returned null for primitive feature")) {
			// a year or number that could not be read was already reported; Xtext's follow-up names its model feature
			return new SyntaxErrorMessage(Messages.say(ParseLanguage.current(), "value.missing"), VALUE);
		}
		return new SyntaxErrorMessage(message, VALUE);
	}

	private static String abbreviate(String text) {
		return text.length() > 30 ? text.substring(0, 29) + "…" : text;
	}
}
