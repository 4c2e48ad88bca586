package org.lantu.plan.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;

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
 * where the change can reach ({@code PlanResourceValidator}).
 */
public class PlanResource extends LazyLinkingResource {

	/** Where a partial parse replaced an object: its container and the feature holding it. */
	public record Replacement(EObject container, EStructuralFeature feature) {
	}

	/**
	 * The parts replaced since the checks last ran; {@code whole} when the text was read whole;
	 * {@code linesMoved} when an edit added or removed lines (a finding may cite another's line).
	 */
	public record Edits(List<Replacement> replacements, boolean whole, boolean linesMoved) {
	}

	private List<Replacement> replacements = new ArrayList<>();
	private boolean readWhole;
	private boolean linesMoved;
	private boolean keepsFindings;

	/** Unloads without telling the resource's adapters (Xtext's cache) as the contents are cleared. */
	@Override
	protected void doUnload() {
		boolean deliver = eDeliver();
		eSetDeliver(false);
		try {
			super.doUnload();
		} finally {
			eSetDeliver(deliver);
		}
		readWhole = true;
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

	/** Called by the partial parser just before it replaces {@code old} (the root: a whole read). */
	void replacing(EObject old) {
		EObject container = old.eContainer();
		if (container == null) {
			readWhole = true;
		} else {
			replacements.add(new Replacement(container, old.eContainingFeature()));
		}
	}

	/** The parts replaced since the last call, and forgets them. */
	public Edits takeEdits() {
		Edits edits = new Edits(List.copyOf(replacements), readWhole, linesMoved);
		replacements = new ArrayList<>();
		readWhole = false;
		linesMoved = false;
		return edits;
	}

	/** Whether the checks keep their findings per element for the next edit (an editor's plans do). */
	public boolean keepsFindings() {
		return keepsFindings;
	}

	public void setKeepsFindings(boolean keepsFindings) {
		this.keepsFindings = keepsFindings;
	}
}
