package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.plan.parser.PlanLexer;
import org.lantu.plan.parser.antlr.internal.InternalPlanLexer;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The plan's lexer gives the tokens the generated lexer gives — kind, span, line, column, channel
 * and the error of a token it could not read — on every plan the project holds (examples, genres,
 * templates, the hostile inputs of the command line's tests) and on random text made of the
 * grammar's keywords, their beginnings, and the characters where tokens begin, end or fail.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanLexerTest {

	@Inject
	Injector injector;

	@Test
	void theParserReadsWithThePlanLexer() {
		assertTrue(injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME))) instanceof PlanLexer);
	}

	@Test
	void everyPlanOfTheProjectIsReadAsTheGeneratedLexerReadsIt() throws Exception {
		List<Path> files = ExamplesTest.projectPlans();
		assertTrue(files.size() > 60, "the project's plans are found: " + files.size());
		for (Path file : files) {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			assertEquals(tokens(new InternalPlanLexer(), text), tokens(new PlanLexer(), text), file.toString());
		}
	}

	@Test
	void randomTextIsReadAsTheGeneratedLexerReadsIt() {
		List<String> pieces = new ArrayList<>(PlanLexer.keywords());
		for (String keyword : PlanLexer.keywords()) {
			if (keyword.length() > 1) {
				pieces.add(keyword.substring(0, keyword.length() - 1)); // begun, not finished
				pieces.add(keyword.substring(1));
			}
		}
		pieces.addAll(List.of("0", "7", "2025", "１", "２０", ".", "．", "/", "1/", "１/", "1/10万", "1/3", "万", "亿", "十", "3.", "3.5", "３．５", "\"", "'",
				"\\", "\\\"", "/*", "*/", "//", "*", "\r", "\n", "\r\n", " ", "  ", "\t", "\u3000", "\uFEFF", "a", "Z", "_", "x1", "N0_0", "产值",
				"总产值", "亩", "—", "――", "-", "（", "）", "：", "，", "、", "。", "“", "”", "²", "·", "\u00C0", "\u2012", "\u2013", "\u2020",
				"\u2264", "\u2265", "\u2266", "\u2FFF", "\u3004", "\u3005", "\u3008", "\u303F", "\u3040", "\uFEFE", "\uFF0E", "\uFF20", "\uFF21",
				"\uFF3B", "\uFF41", "\uFF5B", "\uFF65", "\uFF66", "\uFFEF", "\uFFF0", "\uD83D\uDE00", "\uD83D", "\u0000", "@", "#", "%", "[", "]", "=",
				"+-", "<=", "±", "~", "～", "|", "{", "}", "$"));
		Random random = new Random(20261203L);
		for (int round = 0; round < 20000; round++) {
			StringBuilder text = new StringBuilder();
			for (int n = 1 + random.nextInt(12); n > 0; n--) {
				text.append(pieces.get(random.nextInt(pieces.size())));
			}
			String s = text.toString();
			assertEquals(tokens(new InternalPlanLexer(), s), tokens(new PlanLexer(), s), () -> "text: " + escape(s));
		}
	}

	/** Every token as kind, span, line, column and channel, with the error of a token that could not be read. */
	static List<String> tokens(Lexer lexer, String text) {
		lexer.setCharStream(new ANTLRStringStream(text));
		List<String> out = new ArrayList<>();
		for (Token t = lexer.nextToken();; t = lexer.nextToken()) {
			String error = lexer.getErrorMessage(t);
			CommonToken c = (CommonToken) t;
			out.add(t.getType() + " " + c.getStartIndex() + "-" + c.getStopIndex() + " " + t.getLine() + ":"
					+ t.getCharPositionInLine() + " " + t.getChannel() + (error != null ? " " + error : ""));
			if (t.getType() == Token.EOF) {
				return out;
			}
		}
	}

	/** A random text as a failure message shows it: every character outside printable ASCII as \\uXXXX (a lone surrogate included). */
	static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
