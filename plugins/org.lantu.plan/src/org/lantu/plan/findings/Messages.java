package org.lantu.plan.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The message catalogue: every sentence Lantu's checks say, in Chinese ({@code messages_zh.properties})
 * and English ({@code messages_en.properties}), UTF-8, keyed {@code check-id.what} (and a few
 * shared fragments: {@code kind.*}, {@code dimension.*}, {@code growth.*}…). A pattern names its
 * arguments {0}, {1}…; they are the author's names, numbers and units as written, put in as they
 * are (no number formatting, no quoting rules). {@code MessagesTest} keeps both files complete.
 */
public final class Messages {
	private Messages() {
	}

	private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);

	static {
		for (Lang lang : Lang.values()) {
			Properties p = new Properties();
			String name = "messages_" + lang.tag() + ".properties";
			try (InputStream in = Messages.class.getResourceAsStream(name)) {
				if (in == null) {
					throw new IllegalStateException(name + " is missing from the runtime jar");
				}
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			BUNDLES.put(lang, p);
		}
	}

	/** The keys of a language's catalogue. */
	public static Set<String> keys(Lang lang) {
		return Collections.unmodifiableSet(BUNDLES.get(lang).stringPropertyNames());
	}

	/** The pattern of {@code key} in {@code lang}, or null. */
	public static String pattern(Lang lang, String key) {
		return BUNDLES.get(lang).getProperty(key);
	}

	/** The pattern of {@code key} with its arguments put in; a key missing from the catalogue shows itself and its arguments. */
	public static String format(Lang lang, String key, List<Object> args) {
		String pattern = pattern(lang, key);
		if (pattern == null) {
			return key + args;
		}
		StringBuilder b = new StringBuilder(pattern.length() + 32);
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			int close = c == '{' ? pattern.indexOf('}', i) : -1;
			if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
				int n = Integer.parseInt(pattern.substring(i + 1, close));
				Object arg = n < args.size() ? args.get(n) : "{" + n + "}";
				b.append(arg instanceof Text t ? t.in(lang) : String.valueOf(arg));
				i = close;
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** {@link #format(Lang, String, List)} with the arguments given one by one. */
	public static String say(Lang lang, String key, Object... args) {
		return format(lang, key, Arrays.asList(args));
	}
}
