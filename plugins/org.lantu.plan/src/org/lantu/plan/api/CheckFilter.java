package org.lantu.plan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lantu.plan.findings.CheckType;

/**
 * Which checks to report: {@code --only} and {@code --disable} name check ids or families
 * ({@code sum} covers sum.mismatch and sum.of-which). A plan that cannot be read (syntax, file,
 * value) is always reported: nothing else can be checked then; so is a check that failed (internal).
 */
public record CheckFilter(List<String> only, List<String> disable) {

	public static final CheckFilter ALL = new CheckFilter(List.of(), List.of());

	private static final Set<String> ALWAYS = Set.of(CheckType.SYNTAX.id(), CheckType.FILE.id(), CheckType.VALUE.id(), CheckType.INTERNAL.id());

	public boolean keeps(String check) {
		if (ALWAYS.contains(check)) {
			return true;
		}
		if (!only.isEmpty() && only.stream().noneMatch(id -> matches(id, check))) {
			return false;
		}
		return disable.stream().noneMatch(id -> matches(id, check));
	}

	static boolean matches(String selector, String check) {
		return check.equals(selector) || check.startsWith(selector + ".");
	}

	/** Selectors that name no check or family. */
	public List<String> unknown() {
		List<String> bad = new ArrayList<>();
		for (String s : concat()) {
			if (CheckType.ids().stream().noneMatch(id -> matches(s, id))) {
				bad.add(s);
			}
		}
		return bad;
	}

	private List<String> concat() {
		List<String> all = new ArrayList<>(only);
		all.addAll(disable);
		return all;
	}
}
