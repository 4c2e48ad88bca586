package org.lantu.plan.eclipse.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.lantu.plan.eclipse.server.Positions;

/**
 * The Outline view for a plan: chapters, sections, boxes, tables, indicators, zones, phases,
 * projects, from the server's document symbols; a click selects the element in the editor. It is
 * refreshed half a second after the last change.
 */
public class PlanOutlinePage extends ContentOutlinePage {

	private final PlanEditor editor;
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
		// new symbols are new objects: the plan's elements are shown again one level deep
		viewer.setInput(simpleNames(symbols, ""));
		viewer.expandToLevel(2);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection sel && sel.getFirstElement() instanceof DocumentSymbol s) {
			String text = editor.document().get();
			int start = Positions.offset(text, s.getSelectionRange().getStart());
			int end = Positions.offset(text, s.getSelectionRange().getEnd());
			editor.selectAndReveal(start, Math.max(0, end - start));
		}
	}

	/**
	 * The server names symbols by qualified name (规划.功能区); under its parent the outline shows
	 * the element's own name, as the author wrote it.
	 */
	public static List<DocumentSymbol> simpleNames(List<DocumentSymbol> symbols, String parent) {
		if (symbols == null) {
			return List.of();
		}
		return symbols.stream().map(s -> {
			String name = s.getName();
			String own = !parent.isEmpty() && name.startsWith(parent + ".") ? name.substring(parent.length() + 1) : name;
			DocumentSymbol copy = new DocumentSymbol(own, s.getKind(), s.getRange(), s.getSelectionRange(), s.getDetail());
			copy.setChildren(simpleNames(s.getChildren(), name));
			return copy;
		}).toList();
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
