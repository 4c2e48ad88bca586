package org.lantu.plan.ide.server;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.Lang;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What one language server checks with: the tolerance of 约/左右, the strict reading of 超过 and the
 * language of its messages, as the client sets them with {@code workspace/didChangeConfiguration}
 * ({@code {"lantu": {"tolerance": "5%", "strict": false, "lang": "zh"}}}; a missing key keeps its
 * value, {@code "lang": ""} follows the process). Every resource set the server builds carries
 * them ({@link Projects}); a change makes the server check the workspace again.
 */
@Singleton
public class PlanServerSettings {

	private final CheckSettings settings = new CheckSettings();
	private Lang lang; // null: the process's preference

	/** The settings the server's resource sets carry. */
	public CheckSettings settings() {
		return settings;
	}

	/**
	 * Takes the client's settings: a JSON object (over the protocol) or a map (in process), with
	 * the keys at the top or under {@code lantu}. Values that do not read are ignored.
	 *
	 * @return whether anything changed
	 */
	public synchronized boolean apply(Object configuration) {
		JsonObject json = json(configuration);
		if (json == null) {
			return false;
		}
		if (json.get("lantu") instanceof JsonObject inner) {
			json = inner;
		}
		boolean changed = false;
		Optional<BigDecimal> tolerance = json.get("tolerance") instanceof JsonPrimitive t ? CheckSettings.parseTolerance(t.getAsString()) : Optional.empty();
		if (tolerance.isPresent() && tolerance.get().compareTo(settings.tolerance()) != 0) {
			settings.setTolerance(tolerance.get());
			changed = true;
		}
		if (json.get("strict") instanceof JsonPrimitive s && s.isBoolean() && s.getAsBoolean() != settings.strict()) {
			settings.setStrict(s.getAsBoolean());
			changed = true;
		}
		if (json.get("lang") instanceof JsonPrimitive l) {
			Lang lang = Lang.parse(l.getAsString()).orElse(null); // "" or "auto": the process's preference
			if (lang != this.lang) {
				this.lang = lang;
				settings.setLang(lang);
				changed = true;
			}
		}
		return changed;
	}

	private static JsonObject json(Object configuration) {
		if (configuration instanceof JsonObject o) {
			return o;
		}
		if (configuration instanceof Map<?, ?> map) {
			JsonObject o = new JsonObject();
			map.forEach((k, v) -> o.add(String.valueOf(k), element(v)));
			return o;
		}
		return null;
	}

	private static JsonElement element(Object v) {
		if (v instanceof Map<?, ?>) {
			return json(v);
		}
		if (v instanceof Boolean b) {
			return new JsonPrimitive(b);
		}
		if (v instanceof Number n) {
			return new JsonPrimitive(n);
		}
		return v == null ? JsonNull.INSTANCE : new JsonPrimitive(String.valueOf(v));
	}

	/** Xtext's project manager, whose every resource set carries the server's settings. */
	public static class Projects extends ProjectManager {
		@Inject
		private PlanServerSettings server;

		@Override
		public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
			XtextResourceSet set = super.createNewResourceSet(newIndex);
			server.settings().attachTo(set);
			return set;
		}
	}
}
