package org.lantu.plan.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Speaking;
import org.lantu.plan.parser.DirectReader;
import org.lantu.plan.parser.ParseLanguage;
import org.lantu.plan.parser.SourceMap;
import org.lantu.plan.resolve.PlanLinkingService;
import org.lantu.plan.util.Workers;

import com.google.inject.Inject;

/**
 * A plan file in memory.
 * <p>
 * <b>Unloading</b> (the command line and a first build read a file whole) turns only its named
 * elements into proxies: they are the only objects another plan can refer to, and a proxy lets such
 * a reference find the element of the new version. EMF's default turns every object into a proxy,
 * computing a URI fragment for each, and detaches every object from its adapters, which tells
 * Xtext's cache (it listens to the whole tree) once per object. The old objects are garbage once
 * nothing refers to them; until another plan's references to the old version are resolved again,
 * its node model stays reachable through them.
 * <p>
 * <b>Editing</b>: an editor brings a plan to its new text with {@link #updateTo}, which reads again
 * only the smallest element around the change (Xtext's partial parsing) and keeps every other object
 * as it was. The replaced parts are recorded ({@link #takeEdits}) so that the checks can re-run only
 * where the change can reach ({@code PlanResourceValidator}). Linking, too, is partial: the new
 * elements are linked, and so are the references elsewhere that are unresolved or pointed into what
 * was replaced; the rest keep their targets. When the replaced parts declared other names than their
 * replacements (a reference elsewhere may now find another element), or the text was read whole,
 * everything is linked again; afterwards only the parts linked are resolved. What is worked out per
 * element (its name, its index entry) is kept in a {@link Memo} from version to version while the
 * element stands where it stood.
 */
public class PlanResource extends LazyLinkingResource {

	/** Where a partial parse replaced an object: its container and the feature holding it. */
	public record Replacement(EObject container, EStructuralFeature feature) {
	}

	/**
	 * The parts replaced since the checks last ran (a text read whole has a new root instead);
	 * {@code linesMoved} when an edit added or removed lines (a finding may cite another's line).
	 */
	public record Edits(List<Replacement> replacements, boolean linesMoved) {
	}

	/** Where a replaced object stood (and how long its list was), to find its replacement after the partial read. */
	private record Slot(EObject container, EStructuralFeature feature, int index, int size) {
		EObject current() {
			Object value = container.eGet(feature, false);
			if (!feature.isMany()) {
				return (EObject) value;
			}
			List<?> list = (List<?>) value;
			return index >= 0 && index < list.size() ? (EObject) list.get(index) : null;
		}

		/** Whether the replacement took the old object's place, leaving every other object where it stood. */
		boolean inPlace() {
			return !feature.isMany() || ((List<?>) container.eGet(feature, false)).size() == size;
		}
	}

	/**
	 * What is worked out once for an element and stays right while it stands where it stood (its
	 * URI is its position) and its text is unchanged: its qualified name and what the index holds
	 * for it. Xtext's per-file cache is cleared on every change, which made every keystroke name
	 * every element of the plan again and describe it again for the index.
	 */
	public static final class Memo {
		/** Marks a value worked out to be nothing. */
		public static final Object NONE = new Object();

		private volatile Object name;
		private volatile Object exported;
		private volatile List<EObject> held;
		private volatile List<?> heldExported;

		/** The element's qualified name, {@link #NONE}, or null when not yet worked out. */
		public Object name() {
			return name;
		}

		public void name(Object name) {
			this.name = name;
		}

		/** What the index holds for the element (its text included), {@link #NONE}, or null when not yet worked out. */
		public Object exported() {
			return exported;
		}

		public void exported(Object exported) {
			this.exported = exported;
		}

		/** The objects the element holds, at any depth, in document order; null when not yet listed. */
		public List<EObject> held() {
			return held;
		}

		public void held(List<EObject> held) {
			this.held = held;
		}

		/** What the index holds for the element and the objects it holds; null when not yet worked out. */
		public List<?> heldExported() {
			return heldExported;
		}

		public void heldExported(List<?> heldExported) {
			this.heldExported = heldExported;
		}

		/** Forgets what depends on the element's text (something it holds was replaced). */
		void textChanged() {
			exported = null;
			held = null;
			heldExported = null;
		}
	}

	private List<Replacement> replacements = new ArrayList<>();
	/** During {@link #update}: the slots replaced and the names they declared; null otherwise. */
	private List<Slot> replacedNow;
	private List<String> namesReplaced;
	private boolean wholeNow;
	private boolean linesMoved;
	private boolean edited;

	@Inject
	private DirectReader directReader;

	/** Each element's {@link Memo}, kept across partial reads. */
	private final Map<EObject, Memo> memos = new ConcurrentHashMap<>();
	/** Set while this resource changes its own model (a partial read): the memos are kept up to date by hand. */
	private volatile boolean ownChange;
	private static final Object STANDING = new Object();
	private int forgotten;
	/**
	 * After a partial link: the objects whose references may hold proxies not resolved yet (the
	 * parts linked); null when any object may (after a whole link).
	 */
	private volatile List<EObject> unresolvedIn;

	/** The cross-references of each kind of element. */
	private static final Map<EClass, List<EReference>> CROSS_REFERENCES = new ConcurrentHashMap<>();

	/** Unloads without telling the resource's adapters (Xtext's cache) as the contents are cleared. */
	@Override
	protected void doUnload() {
		boolean deliver = eDeliver();
		eSetDeliver(false);
		try {
			super.doUnload();
			eAdapters().removeIf(a -> a instanceof SourceMap);
		} finally {
			eSetDeliver(deliver);
		}
	}

	@Override
	protected void unloaded(InternalEObject object) {
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name != null && object.eGet(name) != null && !object.eIsProxy()) {
			object.eSetProxyURI(uri.appendFragment(getURIFragment(object)));
		}
	}

	/**
	 * Brings the plan to {@code text}: the one span that differs from the current text (the longest
	 * common start and end kept) is handed to Xtext's partial parser. Returns false, with the resource
	 * as it was, when there is no current text to compare with.
	 */
	public boolean updateTo(String text) {
		ICompositeNode root = getParseResult() == null ? null : getParseResult().getRootNode();
		if (!isLoaded() || root == null) {
			return false;
		}
		String old = root.getText();
		int start = 0;
		int max = Math.min(old.length(), text.length());
		while (start < max && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		// never split a surrogate pair: the partial parser would read half a character
		if (start > 0 && Character.isHighSurrogate(old.charAt(start - 1))) {
			start--;
		}
		int end = 0;
		while (end < max - start && old.charAt(old.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
			end++;
		}
		if (end > 0 && Character.isLowSurrogate(old.charAt(old.length() - end))) {
			end--;
		}
		if (start == old.length() && start == text.length()) {
			return true;
		}
		String replacement = text.substring(start, text.length() - end);
		linesMoved |= lines(replacement) != lines(old.substring(start, old.length() - end));
		update(start, old.length() - end - start, replacement);
		return true;
	}

	private static long lines(String s) {
		return s.chars().filter(c -> c == '\n').count();
	}

	/** The language of this plan's syntax errors: its resource set's ({@code --lang}), else Chinese. */
	private Lang language() {
		return Speaking.of(getResourceSet());
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		InputStream in = inputStream;
		if (DirectReader.isAsked(options)) {
			setEncodingFromOptions(options);
			// a text already decoded (PlanReader's) is read as it is, and left to Xtext's parser as it is
			String text;
			if (inputStream instanceof LazyStringInputStream decoded) {
				text = decoded.getString();
			} else {
				byte[] bytes = inputStream.readAllBytes();
				text = new String(bytes, getEncoding());
				in = new ByteArrayInputStream(bytes);
			}
			if (readDirectly(text, DirectReader.threads(options))) {
				return;
			}
		}
		InputStream text = in;
		ParseLanguage.during(language(), () -> super.doLoad(text, options));
	}

	/**
	 * Reads the plan with {@link DirectReader} and links all its references, as a plan read once is
	 * (no node model, no proxies); false, with nothing kept, when the reader leaves the plan to
	 * Xtext's parser or a reference does not resolve (Xtext's reading then reports it as it always has).
	 */
	private boolean readDirectly(String text, int threads) {
		DirectReader.Read read = directReader.read(text, threads);
		if (read == null) {
			return false;
		}
		getContents().add(read.plan());
		eAdapters().add(read.map());
		List<DirectReader.Link> links = read.links();
		boolean linked = false;
		if (getLinkingService() instanceof PlanLinkingService linking) {
			PlanLinkingService.Batch batch = linking.batch();
			if (threads >= 2 && links.size() >= SPLIT_LINKS && read.plan().getImports().isEmpty()) {
				// the first link works out the plan's own names, which both halves then read; a plan that
				// imports nothing loads no other plan into the resource set while it is linked
				DirectReader.settleModel();
				linked = link(batch, links, 0, 1);
				int middle = links.size() / 2;
				Future<Boolean> rest = Workers.beside("lantu-link", () -> link(linking.batch(), links, middle, links.size()));
				linked &= link(batch, links, 1, middle);
				linked &= Workers.result(rest);
			} else {
				linked = link(batch, links, 0, links.size());
			}
		}
		if (!linked) {
			getContents().clear();
			eAdapters().remove(read.map());
			clearCache();
		}
		return linked;
	}

	/** A plan read directly with at least this many references is linked in two halves at once when two threads are allowed. */
	static final int SPLIT_LINKS = 2_000;

	/**
	 * Links references {@code from} to {@code to} (exclusive) with {@code batch}; false at the first
	 * that does not resolve. Each link sets only its owner's reference (the model has no opposite
	 * references), so two halves may be linked at once.
	 */
	@SuppressWarnings("unchecked")
	private static boolean link(PlanLinkingService.Batch batch, List<DirectReader.Link> links, int from, int to) {
		for (int i = from; i < to; i++) {
			DirectReader.Link link = links.get(i);
			EObject target = batch.linked(link.owner(), link.reference(), link.name());
			if (target == null) {
				return false;
			}
			if (link.reference().isMany()) {
				((InternalEList<EObject>) link.owner().eGet(link.reference(), false)).addUnique(target);
			} else {
				link.owner().eSet(link.reference(), target);
			}
		}
		return true;
	}

	/** Whether this plan was read by {@link DirectReader} (it has a {@link SourceMap} and no node model). */
	public boolean isReadDirectly() {
		return SourceMap.of(this) != null;
	}

	@Override
	public void reparse(String newContent) throws IOException {
		ParseLanguage.during(language(), () -> super.reparse(newContent));
	}

	@Override
	public void update(int offset, int replacedTextLength, String newText) {
		ParseLanguage.<RuntimeException> during(language(), () -> updateInLanguage(offset, replacedTextLength, newText));
	}

	private void updateInLanguage(int offset, int replacedTextLength, String newText) {
		replacedNow = new ArrayList<>();
		namesReplaced = new ArrayList<>();
		wholeNow = false;
		// a change of the model since the last look (not this resource's own) forgets the memos now,
		// before the flag below would let it pass as part of this read
		memosStanding();
		boolean inPlace = false;
		try {
			ownChange = true;
			super.update(offset, replacedTextLength, newText);
			inPlace = !wholeNow && replacedNow.stream().allMatch(Slot::inPlace);
		} finally {
			replacedNow = null;
			namesReplaced = null;
			if (!inPlace) {
				forget();
			}
			// the replaced objects' memos went as they were replaced (see replacing); the model's
			// change notifications cleared Xtext's cache: the memos stand
			memosStanding();
			ownChange = false;
		}
	}

	/**
	 * Forgets every memo unless the model changed only by this resource's own partial reads since
	 * the last call: Xtext's per-file cache, cleared on any change of the model, tells.
	 */
	private void memosStanding() {
		getCache().get(STANDING, this, () -> {
			if (!ownChange) {
				forget();
			}
			return Boolean.TRUE;
		});
	}

	private void forget() {
		memos.clear();
		unresolvedIn = null;
		forgotten++;
	}

	/** How many times this plan forgot its memos (for tests: most edits should keep them). */
	public int forgotten() {
		return forgotten;
	}

	/**
	 * The memo of {@code o}, an element of this plan: valid until {@code o} is replaced or moved;
	 * what depends on its text is cleared when something it holds is replaced. Only an editor's plan
	 * ({@link #isEdited}) keeps memos: for a plan read once they would only hold memory, so each
	 * call gets a new one.
	 */
	public Memo memo(EObject o) {
		if (!edited) {
			return new Memo();
		}
		memosStanding();
		Memo memo = memos.get(o);
		return memo != null ? memo : memos.computeIfAbsent(o, k -> new Memo());
	}

	/**
	 * The qualified name of {@code o}, an element of this plan; in an edited plan computed once per
	 * element and kept in its memo: Xtext clears its per-file cache on every change, which made
	 * every keystroke name every element of the plan again (for the scope, the index and the
	 * checks). A partial read replaces an element whose name changes, so a name stays right for its
	 * element. A plan read once computes a name when asked (it is asked about once per element, by
	 * the index description, which the plan's scope is built from).
	 */
	public QualifiedName qualifiedName(EObject o, Function<EObject, QualifiedName> compute) {
		if (!edited) {
			return compute.apply(o);
		}
		Memo memo = memo(o);
		Object name = memo.name();
		if (name == null) {
			name = compute.apply(o);
			memo.name(name == null ? Memo.NONE : name);
		}
		return name instanceof QualifiedName q ? q : null;
	}

	/** Called by the partial parser just before it replaces {@code old} (the root: a whole read). */
	void replacing(EObject old) {
		EObject container = old.eContainer();
		if (container == null) {
			wholeNow = true;
			return;
		}
		EStructuralFeature feature = old.eContainingFeature();
		replacements.add(new Replacement(container, feature));
		if (replacedNow != null) {
			List<?> list = feature.isMany() ? (List<?>) container.eGet(feature, false) : null;
			replacedNow.add(new Slot(container, feature, list == null ? -1 : list.indexOf(old), list == null ? 1 : list.size()));
			names(old, namesReplaced);
		}
		// the replaced objects go; the text of what holds them changes
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(List.of(old), false); it.hasNext();) {
			memos.remove(it.next());
		}
		for (EObject holder = container; holder != null; holder = holder.eContainer()) {
			Memo memo = memos.get(holder);
			if (memo != null) {
				memo.textChanged();
			}
		}
	}

	@Override
	protected void doLinking() {
		if (replacedNow == null || replacedNow.isEmpty() || wholeNow || !(getLinker() instanceof PlanLinker linker) || getParseResult() == null
				|| getParseResult().getRootASTElement() == null) {
			unresolvedIn = null;
			super.doLinking();
			return;
		}
		Set<EObject> parts = Collections.newSetFromMap(new IdentityHashMap<>());
		List<String> namesNow = new ArrayList<>();
		for (Slot slot : replacedNow) {
			EObject part = slot.current();
			if (part != null && part.eResource() == this) {
				parts.add(part);
				names(part, namesNow);
			}
		}
		namesNow.sort(null);
		namesReplaced.sort(null);
		if (!namesNow.equals(namesReplaced)) {
			unresolvedIn = null;
			super.doLinking();
			return;
		}
		List<EObject> toLink = new ArrayList<>(parts);
		for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (parts.contains(o)) {
				it.prune();
			} else if (holdsLostReference(o)) {
				toLink.add(o);
			}
		}
		// what the resource recorded to resolve lazy links: every unresolved link is linked again below
		clearLazyProxyInformation();
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		for (EObject o : toLink) {
			linker.linkPart(o, consumer);
		}
		List<EObject> pending = unresolvedIn;
		if (pending != null) {
			List<EObject> now = new ArrayList<>(pending);
			now.addAll(toLink);
			unresolvedIn = now;
		}
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
	}

	/**
	 * Resolves the links not resolved yet: after a partial link, only in the parts linked (the
	 * rest kept their targets); otherwise everywhere, as Xtext does.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		memosStanding();
		List<EObject> pending = unresolvedIn;
		if (isReadDirectly()) {
			return; // linked as it was read
		}
		if (pending == null) {
			super.resolveLazyCrossReferences(monitor);
		} else if (!pending.isEmpty()) {
			// in document order, as a whole resolution goes (the order of the findings): down the
			// tree only towards the parts, each part with all it holds
			Set<EObject> parts = Collections.newSetFromMap(new IdentityHashMap<>());
			Set<EObject> towards = Collections.newSetFromMap(new IdentityHashMap<>());
			for (EObject part : pending) {
				if (part.eResource() == this && parts.add(part)) {
					for (EObject up = part.eContainer(); up != null && towards.add(up);) {
						up = up.eContainer();
					}
				}
			}
			for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
				EObject o = it.next();
				if (parts.contains(o)) {
					it.prune();
					resolveIn(o, monitor);
				} else if (!towards.contains(o)) {
					it.prune();
				}
			}
		}
		if (unresolvedIn == pending) {
			unresolvedIn = List.of();
		}
	}

	private void resolveIn(EObject part, CancelIndicator monitor) {
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(List.of(part), false); it.hasNext();) {
			operationCanceledManager.checkCanceled(monitor);
			InternalEObject o = (InternalEObject) it.next();
			for (EReference ref : crossReferences(o.eClass())) {
				resolveLazyCrossReference(o, ref);
			}
		}
	}

	/** Whether one of {@code o}'s references is unresolved or points to an object no longer in the plan. */
	private static boolean holdsLostReference(EObject o) {
		for (EReference ref : crossReferences(o.eClass())) {
			for (EObject t : targets(o, ref)) {
				if (lost(t)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The references of {@code type} to other elements (not those to what an element holds or its holder). */
	public static List<EReference> crossReferences(EClass type) {
		return CROSS_REFERENCES.computeIfAbsent(type,
				c -> c.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived() && !r.isTransient()).toList());
	}

	/** What {@code o} refers to through {@code ref}, as it stands: nothing is resolved on the way. */
	@SuppressWarnings("unchecked")
	public static List<EObject> targets(EObject o, EReference ref) {
		Object value = o.eGet(ref, false);
		if (ref.isMany()) {
			return (List<EObject>) ((InternalEList<?>) value).basicList();
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static boolean lost(EObject target) {
		return target.eIsProxy() || target.eResource() == null;
	}

	/** The names {@code o} and what it holds declare, as kind:name. */
	private static void names(EObject o, List<String> into) {
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(List.of(o), false); it.hasNext();) {
			String name = declaredName(it.next());
			if (name != null) {
				into.add(name);
			}
		}
	}

	/**
	 * The name {@code o} declares, as kind:name (what a reference finds it by), or null. An edit
	 * that changes the declared names of what it replaced makes linking and checking whole.
	 */
	public static String declaredName(EObject o) {
		EStructuralFeature name = o.eClass().getEStructuralFeature("name");
		return name != null && o.eGet(name) instanceof String n ? o.eClass().getName() + ":" + n : null;
	}

	/** The parts replaced since the last call, and forgets them. */
	public Edits takeEdits() {
		Edits edits = new Edits(List.copyOf(replacements), linesMoved);
		replacements = new ArrayList<>();
		linesMoved = false;
		return edits;
	}

	/**
	 * Whether this is an editor's plan, brought from version to version by partial reads: its
	 * checks keep their findings per element for the next edit, and what is worked out per element
	 * is kept in {@link #memo memos}.
	 */
	public boolean isEdited() {
		return edited;
	}

	public void setEdited(boolean edited) {
		this.edited = edited;
	}
}
