package org.lantu.plan.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;

/**
 * The catalogue of checks (docs/checks.md, shipped in the runtime jar): what each check does,
 * an example and how to fix it. {@code lantu explain ID} prints an entry.
 */
public final class CheckCatalogue {

	/** One entry: its ids (a heading may name several), and its text. */
	public record Entry(List<String> ids, String heading, String text) {
	}

	private final Map<String, Entry> byId = new LinkedHashMap<>();
	private final List<Entry> entries = new ArrayList<>();

	private CheckCatalogue(String markdown) {
		String[] lines = markdown.split("\n", -1);
		String heading = null;
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			if (line.startsWith("## ")) {
				add(heading, text);
				heading = line.substring(3).trim();
				text.setLength(0);
			} else if (heading != null) {
				text.append(line).append('\n');
			}
		}
		add(heading, text);
	}

	private void add(String heading, StringBuilder text) {
		if (heading == null) {
			return;
		}
		List<String> ids = new ArrayList<>();
		for (String part : heading.replaceAll("\\(.*\\)|（.*）", "").split(",")) {
			String id = part.trim();
			if (id.matches("[a-z][a-z.-]*")) {
				ids.add(id);
			}
		}
		if (ids.isEmpty()) {
			return; // a section of general rules, not a check
		}
		Entry e = new Entry(ids, heading, text.toString().strip());
		entries.add(e);
		for (String id : ids) {
			byId.put(id, e);
		}
	}

	/** A fenced example in a catalogue entry. */
	private static final Pattern CODE = Pattern.compile("```.*?```", Pattern.DOTALL);

	/** The English catalogue (docs/checks.md). */
	public static CheckCatalogue load() {
		return new CheckCatalogue(resource("checks.md"));
	}

	/**
	 * The catalogue in {@code lang}. In Chinese, each entry is the check's title, its row of the
	 * user guide's table (docs/用户手册.md: what it finds, how to fix it) and the examples of the
	 * English entry (plan text reads the same in both).
	 */
	public static CheckCatalogue load(Lang lang) {
		CheckCatalogue english = load();
		if (lang == Lang.EN) {
			return english;
		}
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (String line : resource("用户手册.md").split("\n")) {
			String[] cells = line.split("\\|");
			if (cells.length >= 4 && cells[1].trim().matches("`[a-z][a-z.-]*`")) {
				rows.put(cells[1].trim().replace("`", ""), new String[] { cells[2].trim(), cells[3].trim() });
			}
		}
		StringBuilder md = new StringBuilder();
		for (CheckType c : CheckType.all()) {
			String[] row = rows.getOrDefault(c.id(), new String[] { c.title(Lang.ZH), "" });
			md.append("## ").append(c.id()).append(c.level() == CheckType.Level.WARNING ? "（警告）" : c.level() == CheckType.Level.INFO ? "（提示）" : "").append('\n');
			md.append(c.title(Lang.ZH)).append("（").append(c.family().title(Lang.ZH)).append("）。");
			md.append(row[0].equals(c.title(Lang.ZH)) ? "" : row[0] + "。").append("\n\n");
			if (!row[1].isEmpty()) {
				md.append("改法：").append(row[1]).append("。\n\n");
			}
			english.find(c.id()).ifPresent(e -> {
				var code = CODE.matcher(e.text());
				while (code.find()) {
					md.append(code.group()).append("\n\n");
				}
			});
		}
		return new CheckCatalogue(md.toString());
	}

	private static String resource(String name) {
		try (InputStream in = CheckCatalogue.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the runtime jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static CheckCatalogue parse(String markdown) {
		return new CheckCatalogue(markdown);
	}

	public Optional<Entry> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public List<Entry> entries() {
		return entries;
	}

	/** Ids that exist in the engine but have no entry (the catalogue test keeps this empty). */
	public List<String> undocumented() {
		return CheckType.ids().stream().filter(id -> !byId.containsKey(id)).toList();
	}
}
