package org.lantu.plan.render.docx;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fonts an official document names, by role: as offices have them installed (GB/T 9704 names
 * 小标宋, 仿宋, 黑体 and 楷体; Word and WPS use the fonts of those names where they are installed), or
 * as the author overrides them ({@code title=方正小标宋_GBK,body=仿宋}). Western letters and digits
 * use {@link #latin}.
 */
public record OfficialFonts(String title, String body, String hei, String kai, String song, String latin) {

	/** The names Chinese government offices have installed. */
	public static final OfficialFonts OFFICE = new OfficialFonts("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "Times New Roman");

	/** The roles, as the author names them in an override (English or Chinese). */
	private static final Map<String, String> ROLES = Map.ofEntries(Map.entry("title", "title"), Map.entry("标题", "title"), Map.entry("小标宋", "title"),
			Map.entry("body", "body"), Map.entry("正文", "body"), Map.entry("仿宋", "body"), Map.entry("hei", "hei"), Map.entry("黑体", "hei"),
			Map.entry("kai", "kai"), Map.entry("楷体", "kai"), Map.entry("song", "song"), Map.entry("宋体", "song"), Map.entry("latin", "latin"),
			Map.entry("西文", "latin"));

	/** Thrown for an override that names no role or no font; the message says which part. */
	public static final class BadOverride extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		BadOverride(String message) {
			super(message);
		}
	}

	/**
	 * These fonts with the roles {@code spec} names changed: {@code role=font} pairs separated by
	 * commas (，、 too), roles in English or Chinese (title/标题, body/正文, hei/黑体, kai/楷体, song/宋体,
	 * latin/西文). A blank spec changes nothing.
	 */
	public OfficialFonts with(String spec) {
		if (spec == null || spec.isBlank()) {
			return this;
		}
		Map<String, String> fonts = new LinkedHashMap<>(Map.of("title", title, "body", body, "hei", hei, "kai", kai, "song", song, "latin", latin));
		for (String pair : spec.split("[,，、]")) {
			if (pair.isBlank()) {
				continue;
			}
			int eq = pair.indexOf('=') >= 0 ? pair.indexOf('=') : pair.indexOf('＝');
			String role = eq < 0 ? null : ROLES.get(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT));
			String font = eq < 0 ? "" : pair.substring(eq + 1).strip();
			if (role == null || font.isEmpty()) {
				throw new BadOverride(pair.strip());
			}
			fonts.put(role, font);
		}
		return new OfficialFonts(fonts.get("title"), fonts.get("body"), fonts.get("hei"), fonts.get("kai"), fonts.get("song"), fonts.get("latin"));
	}
}
