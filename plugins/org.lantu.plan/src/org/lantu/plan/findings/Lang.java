package org.lantu.plan.findings;

import java.util.Locale;
import java.util.Optional;

/** The language a person reads Lantu's messages in: Chinese unless English is asked for. */
public enum Lang {
	ZH("zh"), EN("en");

	private final String tag;

	Lang(String tag) {
		this.tag = tag;
	}

	private static volatile Lang preferred;

	/**
	 * The language of this process when nothing else says: what {@link #prefer} set ({@code lantu
	 * lsp --lang en}), else the system property {@code lantu.lang} (Eclipse: {@code -Dlantu.lang=en}
	 * in the .ini), else the environment variable {@code LANTU_LANG}, else Chinese.
	 */
	public static Lang preferred() {
		Lang p = preferred;
		if (p != null) {
			return p;
		}
		return parse(System.getProperty("lantu.lang")).or(() -> parse(System.getenv("LANTU_LANG"))).orElse(ZH);
	}

	/** Sets this process's language (a language server started with --lang). */
	public static void prefer(Lang lang) {
		preferred = lang;
	}

	/** The language tag: {@code zh}, {@code en}. */
	public String tag() {
		return tag;
	}

	/** The language a tag names ({@code zh}, {@code zh-CN}, {@code en}, {@code en_US}, case ignored), if any. */
	public static Optional<Lang> parse(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		String t = tag.trim().toLowerCase(Locale.ROOT);
		for (Lang l : values()) {
			if (t.equals(l.tag) || t.startsWith(l.tag + "-") || t.startsWith(l.tag + "_")) {
				return Optional.of(l);
			}
		}
		return Optional.empty();
	}
}
