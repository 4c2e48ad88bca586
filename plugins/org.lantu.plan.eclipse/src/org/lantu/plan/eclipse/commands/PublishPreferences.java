package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.render.Publisher;
import org.lantu.plan.render.docx.OfficialFonts;

/**
 * The preferences the exports read (set on Window → Preferences → 蓝图): the fonts the Word
 * documents name, by role ({@code --font-names}), and a folder of fonts the PDFs embed before the
 * system's ({@code --fonts}), and whether the Word documents leave out the plan's source
 * ({@code --no-plan}). Blank: the names offices have, the system's fonts only, the source carried.
 */
public final class PublishPreferences {
	private PublishPreferences() {
	}

	public static final String FONT_NAMES = "fontNames";
	public static final String FONTS = "fonts";
	/** "true": the Word documents do not carry the plan they are written from (by default they do, for lantu import). */
	public static final String NO_PLAN = "wordWithoutPlan";

	/** {@code publisher} with the fonts the user chose (a choice that does not read falls back to the default). */
	public static Publisher publisher(Publisher publisher) {
		OfficialFonts names;
		try {
			names = OfficialFonts.OFFICE.with(get(FONT_NAMES));
		} catch (OfficialFonts.BadOverride e) {
			names = OfficialFonts.OFFICE; // the preference page does not let one be stored
		}
		String folder = get(FONTS);
		return publisher.withFonts(names).withFontFolders(folder.isBlank() ? List.of() : List.of(Path.of(folder)))
				.withPlanInWord(!Platform.getPreferencesService().getBoolean(Log.BUNDLE, NO_PLAN, false, null));
	}

	private static String get(String key) {
		return Platform.getPreferencesService().getString(Log.BUNDLE, key, "", null);
	}
}
