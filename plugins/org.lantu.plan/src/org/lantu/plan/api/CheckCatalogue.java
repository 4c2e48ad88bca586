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

import org.lantu.plan.findings.CheckType;

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
		for (String part : heading.replaceAll("\\(.*\\)", "").split(",")) {
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

	public static CheckCatalogue load() {
		try (InputStream in = CheckCatalogue.class.getResourceAsStream("checks.md")) {
			if (in == null) {
				throw new IllegalStateException("checks.md is missing from the runtime jar");
			}
			return new CheckCatalogue(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
