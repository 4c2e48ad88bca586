package org.lantu.plan.eclipse.markers;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.eclipse.server.Uris;

/**
 * Quick fixes for Lantu markers, in the Problems view and on the editor's ruler (Ctrl+1): the
 * server's code actions for the finding, each writing the value the engine computed ("Set to
 * 2252亩").
 */
public class PlanMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(MarkerWriter.FIXABLE, false) && marker.getAttribute(MarkerWriter.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		String uri = Uris.of(file);
		Diagnostic diagnostic = diagnostic(marker);
		if (uri == null || diagnostic == null) {
			return new IMarkerResolution[0];
		}
		try {
			List<CodeAction> actions = SharedServer.get().fixes(uri, diagnostic).get(PlanServer.TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return actions.stream().map(a -> new Fix(a, uri)).toArray(IMarkerResolution[]::new);
		} catch (Exception e) {
			Log.error("No quick fixes for " + marker.getAttribute(IMarker.MESSAGE, ""), e);
			return new IMarkerResolution[0];
		}
	}

	/** The finding as the server reported it: its check id and range are what code actions key on. */
	static Diagnostic diagnostic(IMarker marker) {
		String range = marker.getAttribute(MarkerWriter.RANGE, null);
		String code = marker.getAttribute(MarkerWriter.CODE, null);
		if (range == null || code == null) {
			return null;
		}
		String[] p = range.split(":");
		Diagnostic d = new Diagnostic(new Range(new Position(Integer.parseInt(p[0]), Integer.parseInt(p[1])),
				new Position(Integer.parseInt(p[2]), Integer.parseInt(p[3]))), marker.getAttribute(IMarker.MESSAGE, ""));
		d.setCode(code);
		return d;
	}

	/** One code action as a marker resolution. */
	static final class Fix implements IMarkerResolution2 {
		private final CodeAction action;
		private final String uri;

		Fix(CodeAction action, String uri) {
			this.action = action;
			this.uri = uri;
		}

		@Override
		public String getLabel() {
			return action.getTitle();
		}

		@Override
		public String getDescription() {
			return action.getTitle() + ": the value the consistency engine computed from the plan's own figures.";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file)) {
				return;
			}
			List<TextEdit> edits = action.getEdit().getChanges() == null ? List.of()
					: action.getEdit().getChanges().values().stream().flatMap(List::stream).toList();
			try {
				Edits.apply(file, edits, !SharedServer.get().isOpen(uri));
			} catch (CoreException | RuntimeException e) {
				Log.error("The quick fix '" + getLabel() + "' could not be applied", e);
			}
		}
	}
}
