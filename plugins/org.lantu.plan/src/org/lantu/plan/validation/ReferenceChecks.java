package org.lantu.plan.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.lantu.plan.files.PlanFiles;
import org.lantu.plan.files.Workspace;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Text;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Import;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Quantity;
import org.lantu.plan.plan.UnitDecl;

import com.google.inject.Inject;

/**
 * reference.unused: a unit declared and never used (a list no count word refers to only groups
 * its items, which is a use of its own). ack.unknown: an {@code ack} naming a check that does not exist.
 * import.outside: an import that is not a plain relative path or leads outside the workspace.
 * import.missing: an imported file that does not exist or cannot be read as a plan.
 * (Names that are used but not declared are reference.unresolved, reported by linking.)
 */
public class ReferenceChecks extends CheckFamily {


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
