package org.lantu.plan.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.api.PlanFacts;
import org.lantu.plan.evaluate.Facts;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.importer.recognise.Indicators;
import org.lantu.plan.importer.source.ImportFailure;
import org.lantu.plan.importer.source.TextSource;
import org.lantu.plan.plan.Aspect;
import org.lantu.plan.plan.Claim;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Target;

/**
 * How much of a hand-written plan an import recovered: the share of its indicators the draft has
 * (by name: the same, one containing the other, or most characters in order), the share of its
 * claims the draft makes (the same number and year, on an indicator of a matching name), and the
 * known deviations it acknowledges that the draft's checks find again.
 */
record Recovery(String plan, int indicators, int indicatorsFound, int values, int valuesFound, int claims, int claimsFound, int acks, int acksFound,
		List<String> acksMissed) {

	static final PlanChecker CHECKER = PlanChecker.create();
	/** The families of checks a draft can raise: it has claims, growth rates and numbering, but no sums, shares or zones. */
	static final Set<String> EXPRESSIBLE = Set.of("claim", "growth", "numbering", "time", "table");
	static final boolean DEBUG = System.getenv("LANTU_RECOVERY_DEBUG") != null;

	double indicatorShare() {
		return indicators == 0 ? 1 : (double) indicatorsFound / indicators;
	}

	double claimShare() {
		return claims == 0 ? 1 : (double) claimsFound / claims;
	}

	@Override
	public String toString() {
		return String.format("%-48s indicators %3d/%3d (%3.0f%%)  their values %3d/%3d  claims %3d/%3d (%3.0f%%)  inconsistencies found again %d/%d", plan,
				indicatorsFound, indicators, 100 * indicatorShare(), valuesFound, values, claimsFound, claims, 100 * claimShare(), acksFound, acks);
	}

	/** Compares the example with the draft written to {@code draftFile}. */
	static Recovery of(Path example, Path draftFile) throws IOException {
		List<PlanDiagnostic> problems = new ArrayList<>();
		Plan hand = CHECKER.parse(example, problems);
		Plan draft = CHECKER.parse(draftFile, problems);
		List<Indicator> draftIndicators = EcoreUtil2.eAllOfType(draft, Indicator.class);
		List<String> draftNames = draftIndicators.stream().map(Indicator::getName).toList();
		List<Indicator> handIndicators = EcoreUtil2.eAllOfType(hand, Indicator.class);
		PlanFacts facts = CHECKER.facts();
		int found = 0;
		int values = 0;
		int valuesFound = 0;
		for (Indicator i : handIndicators) {
			String matched = match(i.getName(), draftNames);
			if (matched != null) {
				found++;
			} else if (DEBUG) {
				System.out.println("  missed indicator: " + i.getName());
			}
			// the values it states (not those a sum derives): the same number for the same year and kind
			Facts f = facts.of(i);
			for (Map.Entry<Facts.Key, Value> v : f.values().entrySet()) {
				if (v.getValue().derived() || v.getValue().number() == null) {
					continue;
				}
				values++;
				Value again = matched == null ? null
						: draftIndicators.stream().filter(d -> d.getName().equals(matched)).map(d -> same(facts.of(d), v.getKey())).filter(x -> x != null).findFirst()
								.orElse(null);
				if (again != null && again.number() != null && again.number().compareTo(v.getValue().number()) == 0) {
					valuesFound++;
				} else if (DEBUG) {
					System.out.println("  missed value: " + i.getName() + " " + v.getKey().label() + " " + v.getValue().written());
				}
			}
		}
		List<Claim> draftClaims = EcoreUtil2.eAllOfType(draft, Claim.class).stream().filter(c -> c.getValue() != null && c.getTarget() != null).toList();
		int claims = 0;
		int claimsFound = 0;
		for (Claim c : EcoreUtil2.eAllOfType(hand, Claim.class)) {
			if (c.getValue() == null || c.getTarget() == null) {
				continue;
			}
			claims++;
			if (draftClaims.stream().anyMatch(d -> same(c, d)) || stated(c, draftIndicators, facts)) {
				claimsFound++;
			} else if (DEBUG) {
				System.out.println("  missed claim: " + NodeModelUtils.getTokenText(NodeModelUtils.getNode(c)));
			}
		}
		// the example's own findings (its real inconsistencies) that the draft can express, found again
		List<PlanDiagnostic> found2 = CHECKER.check(List.of(draftFile), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics();
		List<PlanDiagnostic> known = CHECKER.check(List.of(example), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics();
		int acks = 0;
		int acksFound = 0;
		List<String> missed = new ArrayList<>();
		for (PlanDiagnostic k : known) {
			String family = k.check().contains(".") ? k.check().substring(0, k.check().indexOf('.')) : k.check();
			if (k.severity() == PlanDiagnostic.Severity.INFO || !k.file().endsWith(example.getFileName().toString()) || !EXPRESSIBLE.contains(family)) {
				continue;
			}
			if (k.element() == null || match(k.element(), draftNames) == null) {
				continue;
			}
			acks++;
			if (found2.stream().anyMatch(f -> f.check().startsWith(family) && f.element() != null
					&& (f.element().equals(k.element()) || match(k.element(), List.of(f.element())) != null))) {
				acksFound++;
			} else {
				missed.add(k.check() + " " + k.element());
			}
		}
		return new Recovery(example.getFileName().toString(), handIndicators.size(), found, values, valuesFound, claims, claimsFound, acks, acksFound, missed);
	}

	/** The draft's value of the same kind and year; a base and an actual of the same year are one value said two ways. */
	private static Value same(Facts draft, Facts.Key key) {
		Value v = draft.get(key);
		if (v == null && key.year() > 0 && (key.kind() == Facts.Kind.BASE || key.kind() == Facts.Kind.ACTUAL)) {
			v = draft.get(new Facts.Key(key.kind() == Facts.Kind.BASE ? Facts.Kind.ACTUAL : Facts.Kind.BASE, key.year()));
		}
		return v;
	}

	/** The draft's name for an indicator of the example, or null. */
	static String match(String name, List<String> names) {
		String key = Indicators.key(name);
		String best = null;
		double score = 0;
		for (String n : names) {
			double s = similarity(key, Indicators.key(n));
			if (s > score) {
				score = s;
				best = n;
			}
		}
		return score >= 0.75 ? best : null;
	}

	private static double similarity(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (a.equals(b)) {
			return 1;
		}
		if (a.length() >= 3 && b.contains(a) || b.length() >= 3 && a.contains(b)) {
			return 0.95;
		}
		int[][] l = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
			}
		}
		return 2.0 * l[a.length()][b.length()] / (a.length() + b.length());
	}

	/**
	 * The draft states the claimed number as the value of the matching indicator for that year (a
	 * table's cell where the example wrote a claim): the number is tied to the same value either way.
	 */
	private static boolean stated(Claim hand, List<Indicator> draft, PlanFacts facts) {
		Target t = hand.getTarget();
		if (t.getYear() == 0 || t.eIsSet(PlanPackage.Literals.TARGET__ASPECT) && t.getAspect() != Aspect.BASE || hand.getValue().getValue() == null) {
			return false;
		}
		String name = match(subject(t), draft.stream().map(Indicator::getName).toList());
		if (name == null) {
			return false;
		}
		for (Indicator d : draft) {
			if (d.getName().equals(name)) {
				Facts f = facts.of(d);
				for (Map.Entry<Facts.Key, Value> v : f.values().entrySet()) {
					if (v.getKey().year() == t.getYear() && v.getValue().number() != null && v.getValue().number().compareTo(hand.getValue().getValue()) == 0) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The same number (value, unit) for the same year and aspect, on a matching indicator. */
	private static boolean same(Claim hand, Claim draft) {
		if (!equal(hand.getValue().getValue(), draft.getValue().getValue()) || !String.valueOf(hand.getValue().getUnit()).equals(String.valueOf(draft.getValue().getUnit()))) {
			return false;
		}
		Target h = hand.getTarget();
		Target d = draft.getTarget();
		if (h.getYear() != d.getYear() || h.getAspect() != d.getAspect()) {
			return false;
		}
		String hs = subject(h);
		String ds = subject(d);
		return match(hs, List.of(ds)) != null;
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.compareTo(b) == 0;
	}

	private static String subject(Target t) {
		return last(NodeModelUtils.findNodesForFeature(t, PlanPackage.Literals.TARGET__SUBJECT).stream().map(n -> NodeModelUtils.getTokenText(n))
				.collect(Collectors.joining()));
	}

	/** The element's own name in a qualified reference (乐山高新区纲要.园区营业收入 → 园区营业收入), unquoted. */
	private static String last(String qualified) {
		String s = qualified.replace("\"", "");
		return s.contains(".") ? s.substring(s.lastIndexOf('.') + 1) : s;
	}

	static Set<String> checks(List<PlanDiagnostic> findings) {
		return findings.stream().map(PlanDiagnostic::check).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The draft imported from a plan's text. */
	static String draft(String text) throws ImportFailure {
		return Importer.of(TextSource.read(text), "text", CHECKER::syntaxErrorLines).plan();
	}

	/** What checking a draft written to {@code dir} finds, but what coverage says. */
	static List<PlanDiagnostic> draftFindings(Path dir, String plan) throws IOException {
		Path file = dir.resolve("draft.plan");
		Files.writeString(file, plan);
		return CHECKER.check(List.of(file), CheckFilter.ALL, PlanChecker.Options.DEFAULT).diagnostics().stream()
				.filter(d -> !d.check().startsWith("coverage")).toList();
	}

	static Path write(Path folder, String name, String text) throws IOException {
		Path p = folder.resolve(name);
		Files.writeString(p, text);
		return p;
	}
}
