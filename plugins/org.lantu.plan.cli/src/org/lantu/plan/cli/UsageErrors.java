package org.lantu.plan.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * picocli's usage errors in the reader's language: its sentences (an unknown option, a missing
 * parameter, a value it cannot convert) are matched and said again from the message catalogue;
 * Lantu's own usage errors are already in the reader's language and pass unchanged.
 */
final class UsageErrors {
	private UsageErrors() {
	}

	private record Sentence(Pattern pattern, String key) {
	}

	private static final List<Sentence> SENTENCES = List.of(
			new Sentence(Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL), "cli.usage.unknown-option"),
			new Sentence(Pattern.compile("Missing required parameters?: (.*)", Pattern.DOTALL), "cli.usage.missing-parameter"),
			new Sentence(Pattern.compile("Missing required options?: (.*)", Pattern.DOTALL), "cli.usage.missing-option"),
			new Sentence(Pattern.compile("Missing required parameter for option '(.*?)' \\((.*)\\)", Pattern.DOTALL), "cli.usage.option-needs-value"),
			new Sentence(Pattern.compile("Expected parameter for option '(.*?)' but found '(.*)'", Pattern.DOTALL), "cli.usage.option-value-missing"),
			new Sentence(Pattern.compile("Invalid value for option '(.*?)': expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'", Pattern.DOTALL),
					"cli.usage.not-one-of"),
			new Sentence(Pattern.compile("Invalid value for option '(.*?)': (.*)", Pattern.DOTALL), "cli.usage.invalid-value"),
			new Sentence(Pattern.compile("Unmatched arguments? from index \\d+: (.*)", Pattern.DOTALL), "cli.usage.unmatched"),
			new Sentence(Pattern.compile("Unmatched argument at index \\d+: (.*)", Pattern.DOTALL), "cli.usage.unmatched"),
			new Sentence(Pattern.compile("option '(.*?)' \\((.*?)\\) should be specified only once", Pattern.DOTALL), "cli.usage.once"));

	/** picocli's reason a value does not convert ('abc' is not a long): a whole number was expected. */
	private static final Pattern NOT_A_NUMBER = Pattern.compile("'(.*)' is not an? (?:int|long|short|byte|integer)", Pattern.DOTALL);

	/** A part of picocli's sentence in {@code lang}: its reason a value does not convert, or the part as it is. */
	private static String detail(String part, Lang lang) {
		Matcher m = part == null ? null : NOT_A_NUMBER.matcher(part);
		return m != null && m.matches() ? Messages.say(lang, "cli.usage.not-whole", m.group(1)) : part;
	}

	/** The message of a usage error in {@code lang}. */
	static String inWords(String message, Lang lang) {
		if (message == null || lang == Lang.EN) {
			return message;
		}
		for (Sentence s : SENTENCES) {
			Matcher m = s.pattern().matcher(message);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = detail(m.group(i + 1), lang);
				}
				return Messages.say(lang, s.key(), args);
			}
		}
		return message;
	}
}
