package org.lantu.plan.importer.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relations a printed document cannot show — 合计 (sum), 其中 (of which), 占比 (share) and 比例 (ratio) —
 * carried over from the plan a Lantu Word document was exported from into the draft read from
 * its changed text: so that a reviewer's change in Word that breaks a total is found when the
 * draft is checked. A relation is carried only if every element it names is an indicator the
 * draft declares under the same name; it is written as the plan wrote it, at the end of the
 * draft under a comment. One that the parser would not read is left out.
 */
public final class CarriedRelations {

	/** The draft with the relations carried over, and how many. */
	public record Result(String draft, int carried) {
	}

	/** A one-line relation statement, in either spelling of its keyword. */
	private static final Pattern STATEMENT = Pattern.compile("^\\s*(?:合计|sum|其中|of-which|占比|share|比例|ratio)\\s+(\\S.*?)\\s*(?://.*)?$");
	/** A name in a statement: quoted (with escapes), or a run of characters that are no operator. */
	private static final Pattern NAME = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s=+/:：∶,，\"]+)");
	/** An indicator's declaration in the draft: its name, quoted or bare. */
	private static final Pattern DECLARED = Pattern.compile("^\\s*(?:指标|indicator)\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s（(：:{\"]+))");
	private static final int ATTEMPTS = 8;
	private static final String HEADER = "// 据 Word 文件所附规划源文件带回的合计、其中、占比、比例关系（导出后文字有改动，请核对各项名称和数值）";

	private CarriedRelations() {
	}

	/** {@code draft} with the relations of {@code plan} whose names it declares, appended; the result parses. */
	public static Result carryOver(String plan, String draft, Function<String, List<Integer>> syntaxErrorLines) {
		Set<String> declared = declared(draft);
		List<String> carried = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean inComment = false;
		for (String line : plan.split("\\R")) {
			// a statement inside a block comment is no relation of the plan
			boolean commented = inComment || line.strip().startsWith("/*");
			if (line.contains("/*")) {
				inComment = !line.substring(line.lastIndexOf("/*")).contains("*/");
			} else if (inComment && line.contains("*/")) {
				inComment = false;
			}
			Matcher m = STATEMENT.matcher(line);
			if (!commented && m.matches() && declared.containsAll(names(m.group(1))) && seen.add(line.strip())) {
				carried.add(line.strip());
			}
		}
		// each attempt leaves out the relations the parser reported; a plan whose relations keep failing gets none
		for (int attempt = 0; attempt < ATTEMPTS && !carried.isEmpty(); attempt++) {
			String base = draft.endsWith("\n") ? draft : draft + "\n";
			int first = (int) base.chars().filter(c -> c == '\n').count() + 3; // after a blank line and the header
			String merged = base + "\n" + HEADER + "\n" + String.join("\n", carried) + "\n";
			List<Integer> errors = syntaxErrorLines.apply(merged);
			if (errors.isEmpty()) {
				return new Result(merged, carried.size());
			}
			List<String> kept = new ArrayList<>();
			for (int i = 0; i < carried.size(); i++) {
				if (!errors.contains(first + i)) {
					kept.add(carried.get(i));
				}
			}
			if (kept.size() == carried.size()) {
				break; // an error outside the relations: carry none
			}
			carried = kept;
		}
		return new Result(draft, 0);
	}

	/** The names of the indicators {@code draft} declares. */
	static Set<String> declared(String draft) {
		Set<String> names = new HashSet<>();
		for (String line : draft.split("\\R")) {
			Matcher m = DECLARED.matcher(line);
			if (m.find()) {
				names.add(m.group(1) != null ? unescape(m.group(1)) : m.group(2));
			}
		}
		return names;
	}

	/** The names a statement's body refers to, in order. */
	public static Set<String> names(String body) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = NAME.matcher(body);
		while (m.find()) {
			names.add(m.group(1) != null ? unescape(m.group(1)) : m.group(2));
		}
		return names;
	}

	private static String unescape(String quoted) {
		return quoted.replaceAll("\\\\(.)", "$1");
	}
}
