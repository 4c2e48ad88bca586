package org.lantu.plan.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.naming.DisplayNames;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Import;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.Ratio;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Task;
import org.lantu.plan.plan.UnitDecl;

import com.google.inject.Inject;

/**
 * reference.unused: a unit declared and never used (a list no count word refers to only groups
 * its items, which is a use of its own). ack.unknown: an {@code ack} naming a check that does not exist.
 * import.outside: an import that is not a plain relative path or leads outside the workspace.
 * import.missing: an imported file that does not exist or cannot be read as a plan. reference.kind: a list of
 * names (a zone's parts, a task's lead units) that names another kind of element.
 * (Names that are used but not declared are reference.unresolved, reported by linking.)
 */
public class ReferenceChecks extends CheckFamily {


	/** What each list of names may name: a zone's parts are zones, a task's lead units organisations. */
	private static final Map<EReference, EClass> EXPECTED = Map.ofEntries(Map.entry(PlanPackage.Literals.ZONE__PARTS, PlanPackage.Literals.ZONE),
			Map.entry(PlanPackage.Literals.PLAN_SCOPE__PARTS, PlanPackage.Literals.ZONE), Map.entry(PlanPackage.Literals.PHASE__ZONES, PlanPackage.Literals.ZONE),
			Map.entry(PlanPackage.Literals.INDUSTRY__ZONES, PlanPackage.Literals.ZONE), Map.entry(PlanPackage.Literals.PROJECT__ZONE, PlanPackage.Literals.ZONE),
			Map.entry(PlanPackage.Literals.ZONE__INDUSTRIES, PlanPackage.Literals.INDUSTRY),
			Map.entry(PlanPackage.Literals.PROJECT__INDUSTRY, PlanPackage.Literals.INDUSTRY), Map.entry(PlanPackage.Literals.ZONE__PHASE, PlanPackage.Literals.PHASE),
			Map.entry(PlanPackage.Literals.INDUSTRY__OUTPUT, PlanPackage.Literals.INDICATOR),
			Map.entry(PlanPackage.Literals.TASK__TARGETS, PlanPackage.Literals.INDICATOR),
			Map.entry(PlanPackage.Literals.TASK__LEAD, PlanPackage.Literals.ORGANISATION),
			Map.entry(PlanPackage.Literals.TASK__SUPPORT, PlanPackage.Literals.ORGANISATION),
			Map.entry(PlanPackage.Literals.ORGANISATION__OFFICE, PlanPackage.Literals.ORGANISATION),
			Map.entry(PlanPackage.Literals.ORGANISATION__MEMBERS, PlanPackage.Literals.ORGANISATION),
			Map.entry(PlanPackage.Literals.RATIO__RATIO, PlanPackage.Literals.INDICATOR));

	/**
	 * reference.kind: a name in a list that names another kind of element than the list holds (组成 营收, where 营收 is
	 * an indicator): the checks that read the list would leave it out without a word.
	 */
	@Check
	public void namesNameTheirKind(Referable element) {
		namesOfTheirKind(element);
	}

	/** reference.kind of a task's lead and supporting units and its targets. */
	@Check
	public void taskNamesNameTheirKind(Task task) {
		namesOfTheirKind(task);
	}

	/** reference.kind of the ratio a 比例 declares: the indicator that states it. */
	@Check
	public void ratioNamesAnIndicator(Ratio ratio) {
		namesOfTheirKind(ratio);
	}

	private void namesOfTheirKind(EObject o) {
		for (EReference ref : o.eClass().getEAllReferences()) {
			EClass expected = EXPECTED.get(ref);
			if (expected == null) {
				continue;
			}
			List<?> named = ref.isMany() ? (List<?>) o.eGet(ref, false) : o.eGet(ref, false) == null ? List.of() : List.of(o.eGet(ref, false));
			for (int i = 0; i < named.size(); i++) {
				if (named.get(i) instanceof EObject e && !e.eIsProxy() && !expected.isInstance(e)) {
					report(CheckType.REFERENCE_KIND, Text.of("reference.kind.expected", DisplayNames.nameOf(e), kind(e.eClass()), kind(expected)), o, ref,
							ref.isMany() ? i : ValidationMessageAcceptor.INSIGNIFICANT_INDEX, null);
				}
			}
		}
	}

	private static Text kind(EClass c) {
		return Text.of("element." + c.getName().toLowerCase(Locale.ROOT));
	}

	@Check
	public void declaredThingsAreUsed(Plan plan) {
		Set<String> unitsUsed = new HashSet<>();
		Set<String> unitsWritten = new HashSet<>();
		for (EObject o : everything(plan)) {
			if (o instanceof Quantity q && q.getUnit() != null) {
				if (unitsWritten.add(q.getUnit())) {
					unitsUsed.add(q.getUnit());
					evaluator.units(q).findAllowingQualifier(q.getUnit()).ifPresent(u -> unitsUsed.add(u.name()));
				}
			} else if (o instanceof Indicator i && i.getUnit() != null) {
				unitsUsed.add(i.getUnit());
			} else if (o instanceof UnitDecl d && d.getBase() != null) {
				unitsUsed.add(d.getBase());
			}
		}
		for (EObject o : everything(plan)) {
			// a list no count word refers to groups its items: that is a use of its own, so it is not warned
			if (o instanceof UnitDecl d && d.getName() != null && !unitsUsed.contains(d.getName())) {
				report(CheckType.REFERENCE_UNUSED, Text.of("reference.unused.unit", d.getName()), d, PlanPackage.Literals.UNIT_DECL__NAME,
						null);
			}
		}
	}

	@Check
	public void importedFileExists(Import imp) {
		String written = imp.getImportURI();
		if (written == null || imp.eResource() == null) {
			return;
		}
		Workspace workspace = Workspace.of(imp.eResource().getResourceSet());
		Workspace.Resolution target = workspace.resolveImport(imp.eResource().getURI(), written);
		if (target.problem() != null) {
			report(CheckType.IMPORT_OUTSIDE, Text.of("import.outside.refused", written, target.problem()), imp, PlanPackage.Literals.IMPORT__IMPORT_URI, null);
			return;
		}
		Path file = Path.of(target.uri().toFileString());
		if (!written.endsWith(PlanFiles.EXTENSION)) {
			report(CheckType.IMPORT_MISSING, Text.of("import.missing.not-plan", written), imp, PlanPackage.Literals.IMPORT__IMPORT_URI, null);
		} else if (file.equals(ownPath(imp))) {
			reportMinor(CheckType.IMPORT_MISSING, Text.of("import.missing.itself"), imp, PlanPackage.Literals.IMPORT__IMPORT_URI, null);
		} else if (Files.notExists(file)) {
			report(CheckType.IMPORT_MISSING, Text.of("import.missing.no-file", written), imp, PlanPackage.Literals.IMPORT__IMPORT_URI, null);
		} else {
			Text problem = PlanFiles.problem(file, workspace.maxBytes());
			if (problem != null) {
				report(CheckType.IMPORT_MISSING, Text.of("import.missing.unreadable", written, problem), imp, PlanPackage.Literals.IMPORT__IMPORT_URI, null);
			}
		}
	}

	/** The importing plan's own file (resolveImport has made sure it is one). */
	private static Path ownPath(Import imp) {
		return Path.of(imp.eResource().getURI().toFileString()).toAbsolutePath().normalize();
	}

	@Check
	public void ackNamesACheck(Ack ack) {
		String id = ack.getCheck();
		if (id == null || CheckType.all().stream().anyMatch(known -> known.isSelectedBy(id))) {
			return;
		}
		report(CheckType.ACK_UNKNOWN, Text.of("ack.unknown.id", id), ack, PlanPackage.Literals.ACK__CHECK, null);
	}
}
