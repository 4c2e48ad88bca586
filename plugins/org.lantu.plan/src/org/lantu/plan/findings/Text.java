package org.lantu.plan.findings;

import java.util.Arrays;
import java.util.List;

/**
 * A message before it is put in words: a key of the message catalogue ({@link Messages}) and its
 * arguments (the author's names and numbers as written, or other texts). Rendered in the reader's
 * language with {@link #in(Lang)}.
 */
public record Text(String key, List<Object> args) {

	public static Text of(String key, Object... args) {
		return new Text(key, Arrays.asList(args));
	}

	/** The text in {@code lang}: the catalogue's pattern with each {0}, {1}… replaced by its argument (a text in the same language). */
	public String in(Lang lang) {
		return Messages.format(lang, key, args);
	}

	@Override
	public String toString() {
		return in(Lang.EN);
	}
}
