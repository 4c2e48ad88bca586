package org.lantu.plan.parser;

import java.util.Set;
import java.util.TreeSet;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.quantity.ChineseNumerals;

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
		RecognitionException e = context.getRecognitionException();
		Token token = e == null ? null : e.token;
		String text = token == null ? null : token.getText();
		if (text != null && token.getType() != Token.EOF && !chineseKeywords.contains(text)) {
			for (String k : chineseKeywords) {
				if (text.startsWith(k) && text.length() > k.length()) {
					return new SyntaxErrorMessage("'" + abbreviate(text) + "' is read as one name; if it starts with the keyword '" + k
							+ "', put a space after the keyword: '" + k + " " + abbreviate(text.substring(k.length())) + "'", SYNTAX);
				}
			}
		}
		String message = context.getDefaultMessage();
		if (text != null && token.getType() != Token.EOF && ChineseNumerals.leadingLength(text) > 0 && message != null && message.contains("RULE_NUMBER")) {
			int n = ChineseNumerals.leadingLength(text);
			var value = ChineseNumerals.leading(text);
			return new SyntaxErrorMessage("'" + abbreviate(text) + "': numbers are written in digits here" + (value.isPresent()
					? " (" + text.substring(0, n) + " → " + value.getAsLong() + ": " + value.getAsLong() + text.substring(n) + ")" : ""), SYNTAX);
		}
		if (message != null && message.startsWith("mismatched character '<EOF>' expecting '")) {
			return new SyntaxErrorMessage("a text in quotes is not closed: its closing quote is missing, so it runs to the end of the file", SYNTAX);
		}
		if (context.getCurrentContext() == null && token != null && token.getType() != Token.EOF && !"规划".equals(text) && !"plan".equals(text)) {
			return new SyntaxErrorMessage("a plan starts with its header: 规划 <name> \"<title>\" (or: plan <name> \"<title>\"); found '"
					+ abbreviate(String.valueOf(text)) + "'", SYNTAX);
		}
		if (message != null && message.startsWith("missing EOF at ")) {
			return new SyntaxErrorMessage("'" + abbreviate(String.valueOf(text)) + "' cannot start an element here: elements start with a keyword such as "
					+ "章, 节, 段, 专栏, 表, 指标, 功能区, 项目, 任务 (chapter, section, para, box, table, indicator, zone, project, task)", SYNTAX);
		}
		if (token != null && token.getType() == Token.EOF) {
			message = "the file ends too early: " + message.replace("<EOF>", "end of file");
		} else if (text != null && text.length() == 1 && text.charAt(0) < 32) {
			message = "unexpected control character U+" + String.format("%04X", (int) text.charAt(0)) + " (plans are UTF-8 text)";
		} else if (text != null && text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0))
				&& message.startsWith("extraneous input")) {
			message = message + " (names with punctuation are written in quotes: \"R＆D投入占比\")";
		}
		return new SyntaxErrorMessage(plain(message), SYNTAX);
	}

	/** The parser's words for tokens in the author's: RULE_NUMBER → a number, and so on. */
	static String plain(String message) {
		return message == null ? null
				: message.replace("RULE_NUMBER", "a number").replace("RULE_STRING", "a text in quotes").replace("RULE_ID", "a name")
						.replace("RULE_ANY_OTHER", "a character").replace("<EOF>", "end of file");
	}

	/** A number, year or name the value converters reject: reported under the check id "value". */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		var node = context.getValueConverterException() == null ? null : context.getValueConverterException().getNode();
		if (node != null && node.getText() != null && node.getText().strip().matches("[0-9]{3}([.][0-9]+)?")) {
			String root = node.getRootNode().getText();
			int at = node.getTotalOffset();
			var before = java.util.regex.Pattern.compile("([0-9]{1,3})([,，])\\s*$").matcher(root.substring(Math.max(0, at - 12), at));
			if (before.find()) {
				String digits = node.getText().strip();
				return new SyntaxErrorMessage("numbers are written without thousands separators: write " + before.group(1) + digits + ", not "
						+ before.group(1) + before.group(2) + digits, VALUE);
			}
		}
		return new SyntaxErrorMessage(context.getDefaultMessage(), VALUE);
	}

	private static String abbreviate(String text) {
		return text.length() > 30 ? text.substring(0, 29) + "…" : text;
	}
}
