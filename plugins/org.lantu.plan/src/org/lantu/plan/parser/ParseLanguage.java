package org.lantu.plan.parser;

import org.lantu.plan.findings.Lang;

/**
 * The language syntax errors are written in while a plan is parsed. Xtext builds the messages of
 * syntax and value errors deep inside the parser, where the plan's resource set (and its
 * {@code --lang}) cannot be seen; the resource that parses sets it here for the length of the
 * parse ({@code PlanResource}). Outside a parse: Chinese.
 */
public final class ParseLanguage {
	private ParseLanguage() {
	}

	private static final ThreadLocal<Lang> CURRENT = new ThreadLocal<>();

	/** The language of the parse running on this thread (outside one: the process's, {@link Lang#preferred()}). */
	public static Lang current() {
		Lang l = CURRENT.get();
		return l == null ? Lang.preferred() : l;
	}

	/** Runs a parse with messages in {@code lang}. */
	public static <E extends Exception> void during(Lang lang, Parse<E> parse) throws E {
		Lang previous = CURRENT.get();
		CURRENT.set(lang);
		try {
			parse.run();
		} finally {
			if (previous == null) {
				CURRENT.remove();
			} else {
				CURRENT.set(previous);
			}
		}
	}

	/** A parse that may throw what loading a resource throws. */
	public interface Parse<E extends Exception> {
		void run() throws E;
	}
}
