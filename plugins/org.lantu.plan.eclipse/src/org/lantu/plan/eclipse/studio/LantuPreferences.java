package org.lantu.plan.eclipse.studio;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.lantu.plan.eclipse.commands.PublishPreferences;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.findings.Lang;

/**
 * The Lantu preferences (Window → Preferences → 蓝图): the tolerance of 约/左右, the strict reading
 * of 超过, and the language of the messages ("" follows the workbench's locale), which the
 * in-process server checks with ({@link #applyTo} at its start and whenever the page is saved); and
 * the fonts of the official documents, which the exports use ({@link PublishPreferences}).
 */
public class LantuPreferences extends AbstractPreferenceInitializer {

	public static final String TOLERANCE = "tolerance";
	public static final String STRICT = "strict";
	public static final String LANG = "lang";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(Log.BUNDLE);
		defaults.put(TOLERANCE, "5%");
		defaults.putBoolean(STRICT, false);
		defaults.put(LANG, "");
		defaults.put(PublishPreferences.FONT_NAMES, "");
		defaults.put(PublishPreferences.FONTS, "");
	}

	/** The value in force: the user's, else the default. */
	static String get(String key) {
		return Platform.getPreferencesService().getString(Log.BUNDLE, key, "", null);
	}

	/** The language the user chose, or the workbench's (English when its locale is English, Chinese otherwise). */
	public static Lang lang() {
		return Lang.parse(get(LANG)).orElseGet(() -> Lang.parse(Platform.getNL()).filter(l -> l == Lang.EN).orElse(Lang.ZH));
	}

	/** Hands the preferences to the server, and the language to Lantu's own dialogs. */
	public static void applyTo(PlanServer server) {
		if (System.getProperty("lantu.lang") == null && System.getenv("LANTU_LANG") == null) {
			Lang.prefer(lang());
		}
		Map<String, Object> settings = new HashMap<>();
		settings.put(TOLERANCE, get(TOLERANCE));
		settings.put(STRICT, Boolean.parseBoolean(get(STRICT)));
		settings.put(LANG, get(LANG));
		server.configure(settings);
	}

	/** Stores a value for the user (the page's OK). */
	public static void put(String key, String value) {
		InstanceScope.INSTANCE.getNode(Log.BUNDLE).put(key, value);
	}
}
