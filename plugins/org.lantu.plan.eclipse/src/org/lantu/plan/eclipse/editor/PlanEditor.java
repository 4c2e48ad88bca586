package org.lantu.plan.eclipse.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.eclipse.server.Uris;

/**
 * The editor for {@code *.plan} files: Eclipse's text editor, with every language service asked of
 * the in-process language server. Each change sends the document's text to the server, which
 * re-checks it off the UI thread (a newer change cancels an older check) and publishes findings as
 * markers; typing never waits for a check.
 */
public class PlanEditor extends TextEditor {

	/** The editor's id (plugin.xml). */
	public static final String ID = Log.BUNDLE + ".editor";
	public static final String CONTEXT = Log.BUNDLE + ".editorScope";

	private String uri;
	private IDocument document;
	private PlanOutlinePage outline;
	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			if (uri != null) {
				server().change(uri, event.getDocument().get());
			}
			if (outline != null) {
				outline.scheduleRefresh();
			}
		}
	};

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] {
				new ScopedPreferenceStore(InstanceScope.INSTANCE, Log.BUNDLE),
				EditorsUI.getPreferenceStore() }));
		setSourceViewerConfiguration(new PlanSourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		// the outline follows the caret (after the caret rests, as Eclipse's own editors do)
		if (getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(event -> {
				if (outline != null && event.getSelection() instanceof ITextSelection at) {
					outline.follow(at.getOffset());
				}
			});
		}
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		disconnect();
		super.doSetInput(input);
		connect();
	}

	private void connect() {
		IFile file = getFile();
		IDocument doc = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
		if (file == null || doc == null) {
			return;
		}
		String u = Uris.of(file);
		if (u != null) {
			try {
				server().open(u, doc.get());
			} catch (RuntimeException e) {
				// the editor still edits; checks, assist and hover stay off for this file
				Log.error("The Lantu language server is not available for " + file.getFullPath(), e);
				return;
			}
		}
		uri = u;
		document = doc;
		doc.addDocumentListener(listener);
	}

	private void disconnect() {
		if (document != null) {
			document.removeDocumentListener(listener);
			document = null;
		}
		if (uri != null) {
			server().close(uri);
			uri = null;
		}
	}

	@Override
	public void dispose() {
		disconnect();
		super.dispose();
	}

	/** The workspace file shown, or null for a file outside the workspace. */
	public IFile getFile() {
		return getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
	}

	/** The document's URI as the language server knows it, or null when there is no workspace file. */
	public String uri() {
		return uri;
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** The text widget's viewer (for tests and commands that act on the editor's text). */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	PlanServer server() {
		return SharedServer.get();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new PlanOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}
}
