package org.lantu.plan.eclipse.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.lantu.plan.eclipse.server.Positions;

/**
 * The Outline view for a plan: the plan as a document (chapters, sections, boxes, tables and their
 * rows, zones, projects and tasks where they stand, in the plan's numbering), from the server's
 * document symbols. It is linked with the editor both ways: a click selects the element in the
 * editor, and moving the caret selects the innermost node around it. It is refreshed half a second
 * after the last change.
 */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
	private List<DocumentSymbol> shown = List.of();
	/** True while the outline follows the caret, so that its selection does not move the editor back. */
	private boolean following;
	private final Job refresh = new Job("Updating the plan outline") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			String uri = editor.uri();
			if (uri == null) {
				return Status.OK_STATUS;
			}
			editor.server().symbols(uri).thenAccept(symbols -> {
				Control control = getControl();
				if (control != null && !control.isDisposed()) {
					control.getDisplay().asyncExec(() -> show(symbols));
				}
			});
			return Status.OK_STATUS;
		}
	};

	public PlanOutlinePage(PlanEditor editor) {
		this.editor = editor;
		refresh.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Symbols());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				DocumentSymbol s = (DocumentSymbol) element;
				return s.getDetail() == null || s.getDetail().isBlank() ? s.getName() : s.getName() + "  " + s.getDetail();
			}
		});
		viewer.setUseHashlookup(false);
		refresh.schedule();
	}

	void scheduleRefresh() {
		refresh.schedule(500);
	}

	private void show(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Set<Object> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
		expanded.addAll(Arrays.asList(viewer.getExpandedElements()));
		List<List<String>> open = new ArrayList<>();
		paths(shown, new ArrayList<>(), expanded, open);
		boolean first = shown.isEmpty();
		shown = symbols == null ? List.of() : symbols;
		viewer.setInput(shown);
		if (first) {
			viewer.expandToLevel(2); // the plan and its chapters
		} else {
			// new symbols are new objects: the nodes that were open are opened again by their labels
			viewer.setExpandedElements(open.stream().map(path -> find(shown, path, 0)).filter(Objects::nonNull).toArray());
		}
	}

	/** Selects the innermost node whose text holds the offset, without moving the editor. */
	public void follow(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || shown.isEmpty()) {
			return;
		}
		Position at = Positions.position(editor.document().get(), offset);
		List<DocumentSymbol> path = new ArrayList<>();
		innermost(shown, at, path);
		if (path.isEmpty()) {
			return;
		}
		following = true;
		try {
			// by its path: the content provider does not know parents, so a bare element could not be revealed
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		} finally {
			following = false;
		}
	}

	/** The nodes shown (for tests). */
	public List<DocumentSymbol> symbols() {
		return shown;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!following && event.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof DocumentSymbol s) {
			String text = editor.document().get();
			int start = Positions.offset(text, s.getSelectionRange().getStart());
			int end = Positions.offset(text, s.getSelectionRange().getEnd());
			editor.selectAndReveal(start, Math.max(0, end - start));
		}
	}

	/** The symbols from the root to the innermost one whose range holds the position, added to {@code path}. */
	public static void innermost(List<DocumentSymbol> symbols, Position at, List<DocumentSymbol> path) {
		for (DocumentSymbol s : symbols) {
			if (holds(s.getRange(), at)) {
				path.add(s);
				if (s.getChildren() != null) {
					innermost(s.getChildren(), at, path);
				}
				return;
			}
		}
	}

	private static boolean holds(Range r, Position p) {
		return compare(r.getStart(), p) <= 0 && compare(p, r.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
	}

	/** The label paths of the symbols in {@code wanted}. */
	private static void paths(List<DocumentSymbol> symbols, List<String> above, Set<Object> wanted, List<List<String>> into) {
		for (DocumentSymbol s : symbols) {
			List<String> path = new ArrayList<>(above);
			path.add(s.getName());
			if (wanted.contains(s)) {
				into.add(path);
			}
			if (s.getChildren() != null) {
				paths(s.getChildren(), path, wanted, into);
			}
		}
	}

	private static DocumentSymbol find(List<DocumentSymbol> symbols, List<String> path, int depth) {
		for (DocumentSymbol s : symbols) {
			if (s.getName().equals(path.get(depth))) {
				return depth == path.size() - 1 ? s : s.getChildren() == null ? null : find(s.getChildren(), path, depth + 1);
			}
		}
		return null;
	}

	/** Symbols and their children. */
	static final class Symbols implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
