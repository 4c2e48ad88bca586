package org.lantu.plan.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.edit.PlanResource.Edits;
import org.lantu.plan.edit.PlanResource.Replacement;
import org.lantu.plan.evaluate.Analyser;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.evaluate.PlanAnalysis;
import org.lantu.plan.plan.Annex;
import org.lantu.plan.plan.Box;
import org.lantu.plan.plan.Chapter;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.plan.PlanPackage;
import org.lantu.plan.plan.Section;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.util.Workers;

import com.google.inject.Inject;

/**
 * Runs the checks of a plan an editor keeps open element by element, and after an edit re-runs
 * only those an edit can reach, keeping the findings of the rest.
 * <p>
 * The unit is the <em>block</em>: an element directly inside the plan or inside a chapter, section,
 * box or annex (a table, a paragraph, a zone with what it contains). The plan's own checks and those
 * of chapters and the header always run. A check on a block may read its block, the blocks it refers
 * to (and what those refer to, transitively), and the blocks that refer to any of these (the acks of
 * a subject, the projects of a zone). So after an edit that changed the blocks {@code S}, the blocks
 * re-checked are those that reach {@code S}, or reach a block referred to by one that reaches
 * {@code S}, by references (before or after the edit). Everything is checked again when the edit
 * touched the header, a unit declaration, or the names the blocks declare (a reference elsewhere may
 * now find another element), for a plan read whole, and after a check that was cancelled. After an
 * edit that added or removed lines, the blocks with findings are checked again (a message may cite
 * another element's line). A block that refers to something outside every block (a chapter, the
 * plan, another plan, or a name not found) is re-checked after every edit: what it refers to may
 * have changed without an edit of this file.
 * <p>
 * Only {@link PlanResource#isEdited() edited plans} (an editor's) are checked this
 * way; others as Xtext does, or, when large, their blocks on several threads
 * ({@link #checkInParallel}). {@code IncrementalCheckTest} compares the edited way with a whole check
 * after hundreds of random edits, {@code ParallelCheckTest} the threads with one.
 */
public class PlanResourceValidator extends ResourceValidatorImpl {

	@Inject
	private Analyser analyser;

	/** What one block's checks found, and what an edit needs to know about the block. */
	record Block(List<Diagnostic> findings, List<String> names, Set<EObject> refersTo, boolean declaresUnits, boolean refersOutsideBlocks) {
	}

	/** The findings kept on the resource between two checks. */
	static final class Kept extends AdapterImpl {
		final Plan root;
		final CheckMode mode;
		final Map<EObject, Block> blocks;
		final int checked;

		Kept(Plan root, CheckMode mode, Map<EObject, Block> blocks, int checked) {
			this.root = root;
			this.mode = mode;
			this.blocks = blocks;
			this.checked = checked;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Kept.class;
		}

		static Kept of(Resource resource) {
			for (var a : resource.eAdapters()) {
				if (a instanceof Kept k) {
					return k;
				}
			}
			return null;
		}

		void attachTo(Resource resource) {
			resource.eAdapters().removeIf(a -> a instanceof Kept);
			resource.eAdapters().add(this);
		}
	}

	/** How many blocks the last check of an edited plan ran on, of how many. */
	public record Rechecked(int checked, int blocks) {
	}

	/** How many blocks the last check of {@code resource} ran on, or null if it keeps no findings. */
	public static Rechecked rechecked(Resource resource) {
		Kept kept = Kept.of(resource);
		return kept == null ? null : new Rechecked(kept.checked, kept.blocks.size());
	}

	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		if (resource instanceof PlanResource plan && !plan.isEdited() && element instanceof Plan root && checksInParallel(resource, root)) {
			checkInParallel(resource, root, mode, monitor, acceptor);
			return;
		}
		if (!(resource instanceof PlanResource plan) || !plan.isEdited() || !(element instanceof Plan root)) {
			super.validate(resource, element, mode, monitor, acceptor);
			return;
		}
		Map<Object, Object> context = context(resource, mode, monitor);
		Kept previous = Kept.of(resource);
		Edits edits = plan.takeEdits();
		Map<EObject, Block> kept = new HashMap<>();
		Set<EObject> recheck;
		try {
			List<EObject> blocks = new ArrayList<>();
			collectBlocks(root, blocks);
			// a plan read whole has a new root: everything is checked
			recheck = previous == null || previous.root != root || previous.mode != mode ? null : affected(resource, previous, edits, blocks);
			emit(root, root, recheck, previous, kept, context, acceptor);
		} catch (RuntimeException | Error e) {
			// cancelled (the editor typed on) or failed: the edits are taken, so the next check is whole
			resource.eAdapters().removeIf(a -> a instanceof Kept);
			throw e;
		}
		new Kept(root, mode, kept, recheck == null ? kept.size() : recheck.size()).attachTo(resource);
	}

	/** Checks {@code o} (and what it holds) in document order, reusing the findings of blocks not to re-check. */
	private void emit(EObject o, Plan root, Set<EObject> recheck, Kept previous, Map<EObject, Block> kept, Map<Object, Object> context,
			IAcceptor<Issue> acceptor) {
		if (o == root || isStructural(o)) {
			for (Diagnostic d : check(o, false, context)) {
				issueFromEValidatorDiagnostic(d, acceptor);
			}
			for (EObject child : o.eContents()) {
				emit(child, root, recheck, previous, kept, context, acceptor);
			}
			return;
		}
		if (!isBlock(o)) {
			// the header's parts: imports, the area, the basis
			for (Diagnostic d : check(o, true, context)) {
				issueFromEValidatorDiagnostic(d, acceptor);
			}
			return;
		}
		Block block = recheck != null && !recheck.contains(o) ? previous.blocks.get(o) : null;
		if (block == null) {
			block = describe(o, check(o, true, context));
		}
		kept.put(o, block);
		for (Diagnostic d : block.findings()) {
			issueFromEValidatorDiagnostic(d, acceptor);
		}
	}

	/** Fewer blocks than this are checked on the calling thread: starting threads would cost more than it saves. */
	public static final int PARALLEL_BLOCKS = 64;

	/**
	 * Whether the blocks of a plan read whole may be checked on several threads: the run allows it
	 * ({@link CheckSettings#jobs()}), the plan is large, and checking it cannot change any model: it
	 * was read and linked without an error (so every reference is resolved, and no check resolves one
	 * on its way) and imports nothing (so no other plan is resolved on its way either).
	 */
	private static boolean checksInParallel(Resource resource, Plan root) {
		if (CheckSettings.of(resource.getResourceSet()).jobs() < 2 || !resource.getErrors().isEmpty() || !root.getImports().isEmpty()) {
			return false;
		}
		List<EObject> blocks = new ArrayList<>();
		collectBlocks(root, blocks);
		return blocks.size() >= PARALLEL_BLOCKS;
	}

	/** One checked unit of a plan: an object, with what it holds or without. */
	private record Unit(EObject object, boolean withContents) {
	}

	/** What the checks of a unit found, and the coverage they recorded (to be made in order). */
	private record Checked(List<Diagnostic> findings, List<Runnable> coverage) {
	}

	/** The units of {@code o} in the order a serial check visits them (the plan and its outline alone, then what they hold). */
	private static void units(EObject o, Plan root, List<Unit> units) {
		if (o == root || isStructural(o)) {
			units.add(new Unit(o, false));
			for (EObject child : o.eContents()) {
				units(child, root, units);
			}
		} else {
			units.add(new Unit(o, true));
		}
	}

	/**
	 * Checks a plan's units on {@link CheckSettings#jobs()} threads, each with a context of its own, and
	 * hands on their findings, and the coverage they record, in the order a serial check gives them.
	 * The file's analysis and its coverage record are made on the calling thread first, so the threads
	 * only read the model, its adapters and the analysis.
	 */
	private void checkInParallel(Resource resource, Plan root, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		CheckSettings settings = CheckSettings.of(resource.getResourceSet());
		PlanAnalysis analysis = analyser.of(resource);
		analysis.units();
		analysis.acks();
		analysis.sumsNaming(root);
		analysis.projectsIn(root);
		if (settings.recordsCoverage()) {
			Coverage.on(resource); // its record is attached now: no thread may change the file's adapters while others read them
		}
		List<Unit> units = new ArrayList<>();
		units(root, root, units);
		int jobs = settings.jobs();
		int chunks = jobs * 8;
		int size = (units.size() + chunks - 1) / chunks;
		List<Callable<List<Checked>>> tasks = new ArrayList<>();
		for (int from = 0; from < units.size(); from += size) {
			List<Unit> chunk = units.subList(from, Math.min(units.size(), from + size));
			tasks.add(() -> {
				Map<Object, Object> context = context(resource, mode, monitor);
				List<Checked> checked = new ArrayList<>();
				for (Unit u : chunk) {
					List<Runnable> records = new ArrayList<>();
					List<Diagnostic> found = Coverage.deferring(records, () -> check(u.object(), u.withContents(), context));
					checked.add(new Checked(found, records));
				}
				return checked;
			});
		}
		for (List<Checked> chunk : Workers.inOrder("lantu-check-blocks", jobs, tasks)) {
			for (Checked checked : chunk) {
				checked.coverage().forEach(Runnable::run);
				for (Diagnostic d : checked.findings()) {
					issueFromEValidatorDiagnostic(d, acceptor);
				}
			}
		}
	}

	/**
	 * The blocks to check again after {@code edits}, or null for all (see the class comment).
	 */
	private Set<EObject> affected(Resource resource, Kept previous, Edits edits, List<EObject> current) {
		Set<EObject> now = Collections.newSetFromMap(new IdentityHashMap<>());
		now.addAll(current);
		Set<EObject> touched = new LinkedHashSet<>();
		for (Replacement r : edits.replacements()) {
			EObject c = r.container();
			if (c.eResource() != resource) {
				continue; // replaced again later: its block is new or gone
			}
			if (c instanceof Plan) {
				if (r.feature() != PlanPackage.Literals.PLAN__ELEMENTS) {
					return null; // the header
				}
			} else if (isStructural(c)) {
				if (!isElementsFeature(r.feature())) {
					// a chapter's number or title: the names of findings inside it may change
					for (EObject b : current) {
						if (EcoreUtil.isAncestor(c, b)) {
							touched.add(b);
						}
					}
				}
			} else {
				EObject b = blockOf(c);
				if (b == null) {
					return null; // inside the header
				}
				touched.add(b);
			}
		}
		Set<EObject> seeds = new LinkedHashSet<>(touched);
		for (EObject b : current) {
			if (!previous.blocks.containsKey(b)) {
				seeds.add(b);
			}
		}
		for (EObject b : previous.blocks.keySet()) {
			if (!now.contains(b)) {
				seeds.add(b);
			}
		}
		// what the edit changed, before and after
		List<String> namesBefore = new ArrayList<>();
		List<String> namesAfter = new ArrayList<>();
		Map<EObject, Set<EObject>> refersToNow = new HashMap<>();
		for (EObject s : seeds) {
			Block before = previous.blocks.get(s);
			if (before != null) {
				if (before.declaresUnits()) {
					return null;
				}
				namesBefore.addAll(before.names());
			}
			if (now.contains(s)) {
				Block after = describe(s, List.of());
				if (after.declaresUnits()) {
					return null;
				}
				namesAfter.addAll(after.names());
				refersToNow.put(s, after.refersTo());
			}
		}
		namesBefore.sort(null);
		namesAfter.sort(null);
		if (!namesBefore.equals(namesAfter)) {
			return null;
		}
		// references, before and after, in both directions
		Map<EObject, Set<EObject>> refersTo = new HashMap<>();
		Map<EObject, Set<EObject>> referredBy = new HashMap<>();
		Set<EObject> always = new HashSet<>();
		for (Map.Entry<EObject, Block> e : previous.blocks.entrySet()) {
			link(e.getKey(), e.getValue().refersTo(), refersTo, referredBy);
			// a finding may cite another element's line ("line 45 states …")
			if (e.getValue().refersOutsideBlocks() || edits.linesMoved() && !e.getValue().findings().isEmpty()) {
				always.add(e.getKey());
			}
		}
		refersToNow.forEach((b, targets) -> link(b, targets, refersTo, referredBy));
		Set<EObject> reaching = reach(seeds, referredBy);
		Set<EObject> read = new HashSet<>(reaching);
		for (EObject b : reaching) {
			read.addAll(refersTo.getOrDefault(b, Set.of()));
		}
		Set<EObject> affected = reach(read, referredBy);
		affected.addAll(always);
		affected.retainAll(now);
		for (EObject s : seeds) {
			if (now.contains(s)) {
				affected.add(s);
			}
		}
		return affected;
	}

	private static void link(EObject from, Set<EObject> targets, Map<EObject, Set<EObject>> refersTo, Map<EObject, Set<EObject>> referredBy) {
		refersTo.computeIfAbsent(from, k -> new HashSet<>()).addAll(targets);
		for (EObject t : targets) {
			referredBy.computeIfAbsent(t, k -> new HashSet<>()).add(from);
		}
	}

	/** {@code from} and every block that reaches one of them by references. */
	private static Set<EObject> reach(Collection<EObject> from, Map<EObject, Set<EObject>> referredBy) {
		Set<EObject> seen = new HashSet<>(from);
		Deque<EObject> todo = new ArrayDeque<>(from);
		while (!todo.isEmpty()) {
			for (EObject b : referredBy.getOrDefault(todo.pop(), Set.of())) {
				if (seen.add(b)) {
					todo.push(b);
				}
			}
		}
		return seen;
	}

	/** A block's findings with the names it declares and the blocks it refers to. */
	private static Block describe(EObject block, List<Diagnostic> findings) {
		List<String> names = new ArrayList<>();
		Set<EObject> refersTo = new HashSet<>();
		boolean units = false;
		boolean outside = false;
		Resource resource = block.eResource();
		for (var it = EcoreUtil.getAllProperContents(List.of(block), false); it.hasNext();) {
			EObject o = (EObject) it.next();
			units |= o instanceof UnitDecl;
			String name = PlanResource.declaredName(o);
			if (name != null) {
				names.add(name);
			}
			for (EReference ref : PlanResource.crossReferences(o.eClass())) {
				for (EObject target : PlanResource.targets(o, ref)) {
					EObject b = target.eIsProxy() || target.eResource() != resource ? null : blockOf(target);
					if (b == null) {
						outside = true; // another plan, nothing found, the plan or a chapter
					} else if (b != block) {
						refersTo.add(b);
					}
				}
			}
		}
		return new Block(List.copyOf(findings), names, refersTo, units, outside);
	}

	/** The findings of the checks on {@code o}, and on what it holds when {@code withContents}. */
	private List<Diagnostic> check(EObject o, boolean withContents, Map<Object, Object> context) {
		BasicDiagnostic chain = new BasicDiagnostic();
		if (!withContents) {
			context.put(PlanDiagnostician.WITHOUT_CONTENTS, o);
		}
		try {
			getDiagnostician().validate(o.eClass(), o, chain, context);
		} finally {
			context.remove(PlanDiagnostician.WITHOUT_CONTENTS);
		}
		return chain.getChildren();
	}

	private Map<Object, Object> context(Resource resource, CheckMode mode, CancelIndicator monitor) {
		Map<Object, Object> context = getDiagnostician().createDefaultContext();
		context.put(CheckMode.KEY, mode);
		context.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
		context.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
		context.put(EValidator.class, getDiagnostician());
		if (resource instanceof XtextResource x) {
			context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, x.getLanguageName());
		}
		return context;
	}

	private static void collectBlocks(EObject o, List<EObject> blocks) {
		for (EObject child : o.eContents()) {
			if (isStructural(child)) {
				collectBlocks(child, blocks);
			} else if (isBlock(child)) {
				blocks.add(child);
			}
		}
	}

	/** The plan's outline: chapters, sections, boxes and annexes hold blocks. */
	static boolean isStructural(EObject o) {
		return o instanceof Chapter || o instanceof Section || o instanceof Box || o instanceof Annex;
	}

	private static boolean isElementsFeature(EStructuralFeature f) {
		return f == PlanPackage.Literals.PLAN__ELEMENTS || f == PlanPackage.Literals.CHAPTER__ELEMENTS || f == PlanPackage.Literals.SECTION__ELEMENTS
				|| f == PlanPackage.Literals.BOX__ELEMENTS || f == PlanPackage.Literals.ANNEX__ELEMENTS;
	}

	/** An element held by the plan or by a chapter, section, box or annex, and not one of those. */
	static boolean isBlock(EObject o) {
		return !isStructural(o) && o.eContainer() != null && isElementsFeature(o.eContainingFeature());
	}

	/** The block {@code o} is part of, or null (the plan, its outline and header). */
	static EObject blockOf(EObject o) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (isBlock(e)) {
				return e;
			}
			if (e instanceof Plan || isStructural(e)) {
				return null;
			}
		}
		return null;
	}
}
