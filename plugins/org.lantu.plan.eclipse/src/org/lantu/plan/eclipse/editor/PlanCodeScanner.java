package org.lantu.plan.eclipse.editor;

import java.util.Set;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours the code partition: keywords in both spellings (taken from the grammar, so a new keyword
 * is coloured without touching the editor), numbers (ASCII and full-width digits) and the rest.
 */
public class PlanCodeScanner extends RuleBasedScanner {

	public PlanCodeScanner(Set<String> keywords, Colors colors) {
		IToken keyword = new Token(new TextAttribute(colors.get(new RGB(127, 0, 85)), null, SWT.BOLD));
		IToken number = new Token(new TextAttribute(colors.get(new RGB(0, 0, 192))));
		// a word that is not a keyword is one plain token: 五通桥基地规划 is a name, not 五通桥基地 + 规划
		WordRule words = new WordRule(new Words(), new Token(null));
		for (String k : keywords) {
			words.addWord(k, keyword);
		}
		setRules(new IRule[] { new WhitespaceRule(c -> Character.isWhitespace(c) || c == '\u3000'), words, new NumberRule(number) });
	}

	/**
	 * Identifier characters as the grammar's ID terminal has them: letters of any script, and digits
	 * only within a run of Latin letters ({@code GDP2025} is a word; in {@code 约2000} and {@code 2以上}
	 * the digits are a number). The rule asks character by character, so the detector remembers
	 * whether the word is in a Latin run.
	 */
	static final class Words implements IWordDetector {
		private boolean latin;

		@Override
		public boolean isWordStart(char c) {
			latin = isLatin(c);
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			if (isDigit(c)) {
				return latin;
			}
			latin = isLatin(c);
			return Character.isLetter(c) || c == '_';
		}

		private static boolean isLatin(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
		}
	}

	/** 2016, 31.86, ２０３０. */
	static final class NumberRule implements IRule {
		private final IToken token;

		NumberRule(IToken token) {
			this.token = token;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			int c = scanner.read();
			if (!isDigit(c)) {
				scanner.unread();
				return Token.UNDEFINED;
			}
			do {
				c = scanner.read();
			} while (isDigit(c) || c == '.' || c == '\uFF0E');
			scanner.unread();
			return token;
		}
	}

	static boolean isDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
	}
}
