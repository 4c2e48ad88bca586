package org.lantu.plan.render;

/** Escaping for HTML text and attribute values: every author string passes through here. */
public final class Html {
	private Html() {
	}

	/** Text and attribute-safe: &amp; &lt; &gt; &quot; &#39;, and control characters dropped. */
	public static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '"' -> b.append("&quot;");
			case '\'' -> b.append("&#39;");
			default -> {
				if (c >= 0x20 || c == '\n' || c == '\t') {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}

	/** A fragment id from any text: letters and digits kept, the rest as their code points. */
	public static String id(String prefix, String s) {
		StringBuilder b = new StringBuilder(prefix);
		s.codePoints().forEach(cp -> {
			if (cp < 128 && Character.isLetterOrDigit(cp)) {
				b.appendCodePoint(cp);
			} else {
				b.append('-').append(Integer.toHexString(cp));
			}
		});
		return b.toString();
	}
}
