package org.lantu.plan.render;

import static org.lantu.plan.render.TableWriters.str;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lantu.plan.api.CheckCatalogue;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;

/**
 * Findings as a SARIF 2.1.0 log, the format code-scanning services (GitHub, GitLab, Azure DevOps)
 * read to show findings on the lines of a merge request. One run; one rule per declared check
 * ({@link CheckType}: its title, its catalogue entry as help, its level); one result per finding,
 * its columns counted in characters ({@code columnKind: unicodeCodePoints}, as Lantu counts them),
 * its file relative to the base folder ({@code %SRCROOT%}) when it lies inside it.
 */
public final class SarifWriter {

	public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private final String toolVersion;
	private final Path base;
	private final Lang lang;
	private final CheckCatalogue catalogue = CheckCatalogue.load();

	/**
	 * @param toolVersion Lantu's version, as {@code lantu --version} prints it
	 * @param base        the folder file paths are written relative to (the current folder)
	 * @param lang        the language of the rules' titles
	 */
	public SarifWriter(String toolVersion, Path base, Lang lang) {
		this.toolVersion = toolVersion;
		this.base = base.toAbsolutePath().normalize();
		this.lang = lang;
	}

	/** The log of these findings (already filtered and sorted as the report has them). */
	public String write(List<PlanDiagnostic> findings) {
		List<CheckType> rules = CheckType.all();
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			ruleIndex.put(rules.get(i).id(), i);
		}
		StringBuilder b = new StringBuilder();
		b.append("{\n  \"$schema\": ").append(str(SCHEMA)).append(",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n");
		b.append("      \"tool\": {\n        \"driver\": {\n");
		b.append("          \"name\": \"Lantu\",\n");
		b.append("          \"fullName\": ").append(str("Lantu 蓝图 — consistency checks for development plans")).append(",\n");
		b.append("          \"version\": ").append(str(toolVersion)).append(",\n");
		b.append("          \"language\": ").append(str(lang == Lang.EN ? "en" : "zh-CN")).append(",\n");
		b.append("          \"rules\": [");
		for (int i = 0; i < rules.size(); i++) {
			b.append(i == 0 ? "\n" : ",\n");
			rule(b, rules.get(i));
		}
		b.append("\n          ]\n        }\n      },\n");
		b.append("      \"originalUriBaseIds\": {\n        \"SRCROOT\": { \"uri\": ").append(str(folderUri(base))).append(" }\n      },\n");
		b.append("      \"columnKind\": \"unicodeCodePoints\",\n");
		b.append("      \"results\": [");
		for (int i = 0; i < findings.size(); i++) {
			b.append(i == 0 ? "\n" : ",\n");
			result(b, findings.get(i), ruleIndex.get(findings.get(i).check()));
		}
		b.append(findings.isEmpty() ? "]\n" : "\n      ]\n");
		b.append("    }\n  ]\n}\n");
		return b.toString();
	}

	private void rule(StringBuilder b, CheckType check) {
		String help = catalogue.find(check.id()).map(CheckCatalogue.Entry::text).orElse(check.title(lang));
		b.append("            {\n");
		b.append("              \"id\": ").append(str(check.id())).append(",\n");
		b.append("              \"name\": ").append(str(camelName(check.id()))).append(",\n");
		b.append("              \"shortDescription\": { \"text\": ").append(str(check.title(lang))).append(" },\n");
		b.append("              \"fullDescription\": { \"text\": ").append(str(check.title(Lang.ZH) + " / " + check.title(Lang.EN))).append(" },\n");
		b.append("              \"help\": { \"text\": ").append(str(help)).append(", \"markdown\": ").append(str(help)).append(" },\n");
		b.append("              \"defaultConfiguration\": { \"level\": ").append(str(switch (check.level()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "note"; })).append(" },\n");
		b.append("              \"properties\": { \"tags\": [").append(str(check.family().name().toLowerCase(Locale.ROOT))).append(", ")
				.append(str(check.family().title(lang))).append("] }\n");
		b.append("            }");
	}

	private void result(StringBuilder b, PlanDiagnostic d, Integer ruleIndex) {
		b.append("        {\n");
		b.append("          \"ruleId\": ").append(str(d.check())).append(",\n");
		if (ruleIndex != null) {
			b.append("          \"ruleIndex\": ").append(ruleIndex).append(",\n");
		}
		b.append("          \"level\": ").append(str(switch (d.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "note";
		})).append(",\n");
		b.append("          \"message\": { \"text\": ").append(str(d.message())).append(" },\n");
		b.append("          \"locations\": [\n            {\n              \"physicalLocation\": {\n");
		b.append("                \"artifactLocation\": ").append(artifactLocation(d.file())).append(",\n");
		int endLine = Math.max(d.line(), d.endLine());
		int endColumn = endLine == d.line() ? Math.max(d.column() + 1, d.endColumn()) : Math.max(1, d.endColumn());
		b.append("                \"region\": { \"startLine\": ").append(Math.max(1, d.line())).append(", \"startColumn\": ").append(Math.max(1, d.column()))
				.append(", \"endLine\": ").append(Math.max(1, endLine)).append(", \"endColumn\": ").append(endColumn).append(" }\n");
		b.append("              }");
		if (d.element() != null) {
			b.append(",\n              \"logicalLocations\": [ { \"name\": ").append(str(d.element())).append(" } ]");
		}
		b.append("\n            }\n          ]");
		if (!d.data().isEmpty()) {
			b.append(",\n          \"properties\": { \"fix\": [");
			for (int j = 0; j < d.data().size(); j++) {
				b.append(j == 0 ? "" : ", ").append(str(d.data().get(j)));
			}
			b.append("] }");
		}
		b.append("\n        }");
	}

	/** {@code "uri": "examples/a.plan", "uriBaseId": "SRCROOT"} inside the base, else an absolute file URI. */
	private String artifactLocation(String file) {
		Path p = Path.of(file).toAbsolutePath().normalize();
		if (p.startsWith(base)) {
			return "{ \"uri\": " + str(relativeUri(base.relativize(p))) + ", \"uriBaseId\": \"SRCROOT\" }";
		}
		return "{ \"uri\": " + str(fileUri(p)) + " }";
	}

	/** Sarif's rule names are PascalCase: sum.of-which → SumOfWhich. */
	static String camelName(String id) {
		StringBuilder b = new StringBuilder();
		for (String part : id.split("[.-]")) {
			if (!part.isEmpty()) {
				b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return b.toString();
	}

	/** A relative URI reference: segments joined by "/", each percent-encoded (规划/甲区.plan → %E8%A7%84…/…). */
	static String relativeUri(Path relative) {
		StringBuilder b = new StringBuilder();
		for (Path segment : relative) {
			if (b.length() > 0) {
				b.append('/');
			}
			b.append(encode(segment.toString()));
		}
		return b.toString();
	}

	static String fileUri(Path absolute) {
		StringBuilder b = new StringBuilder("file://");
		String root = absolute.getRoot() == null ? "/" : absolute.getRoot().toString().replace('\\', '/');
		b.append(root.startsWith("/") ? "" : "/").append(encodeKeeping(root, ":/"));
		b.append(relativeUri(absolute.getRoot() == null ? absolute : absolute.getRoot().relativize(absolute)));
		return b.toString();
	}

	static String folderUri(Path folder) {
		String uri = fileUri(folder);
		return uri.endsWith("/") ? uri : uri + "/";
	}

	private static String encode(String segment) {
		return encodeKeeping(segment, "");
	}

	/** RFC 3986: unreserved characters as they are, the rest as UTF-8 percent escapes. */
	private static String encodeKeeping(String s, String keep) {
		StringBuilder b = new StringBuilder();
		for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (x & 0xFF);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0 || keep.indexOf(c) >= 0)) {
				b.append(c);
			} else {
				b.append('%').append(String.format("%02X", x & 0xFF));
			}
		}
		return b.toString();
	}
}
