package org.lantu.plan.eclipse.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.Positions;
import org.lantu.plan.eclipse.server.Uris;

/**
 * Turns the diagnostics the server publishes into markers on the workspace files, so that they show
 * in the editor's rulers, the Problems view and the project explorer. Publications are coalesced:
 * only the newest set per file is written, in one workspace operation, off the UI thread.
 */
public final class MarkerWriter {

	/** The marker type of the consistency engine's findings (declared in plugin.xml). */
	public static final String TYPE = Log.BUNDLE + ".problem";

	/** The check id, e.g. {@code sum.mismatch}. */
	public static final String CODE = "code";
	/** The finding's LSP range "line:col:line:col", so that the quick fix can ask the server. */
	public static final String RANGE = "range";
	/** Whether the finding carries a computed value that a quick fix can write. */
	public static final String FIXABLE = "fixable";

	private final Map<String, PublishDiagnosticsParams> pending = new ConcurrentHashMap<>();
	private final WorkspaceJob job = new WorkspaceJob("Updating Lantu markers") {
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			for (String uri : List.copyOf(pending.keySet())) {
				PublishDiagnosticsParams p = pending.remove(uri);
				IFile file = p == null ? null : Uris.file(uri);
				if (file != null && file.exists()) {
					write(file, p.getDiagnostics());
				}
			}
			return Status.OK_STATUS;
		}
	};

	public MarkerWriter() {
		job.setSystem(true);
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
	}

	public void publish(PublishDiagnosticsParams params) {
		pending.put(params.getUri(), params);
		job.schedule(50);
	}

	/** Replaces the Lantu markers of the file by the given findings. */
	public static void write(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		String text = Texts.current(file);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			file.deleteMarkers(MarkerWriter.TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic d : diagnostics) {
				file.createMarker(MarkerWriter.TYPE, attributes(d, text));
			}
		}, null, IWorkspace.AVOID_UPDATE, null);
	}

	static Map<String, Object> attributes(Diagnostic d, String text) {
		Map<String, Object> a = new HashMap<>();
		String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
		String message = d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
		a.put(IMarker.MESSAGE, code == null || code.startsWith("org.eclipse.xtext") ? message : message + " [" + code + "]");
		a.put(IMarker.SEVERITY, severity(d.getSeverity()));
		a.put(IMarker.LINE_NUMBER, d.getRange().getStart().getLine() + 1);
		int start = Positions.offset(text, d.getRange().getStart());
		int end = Math.max(start, Positions.offset(text, d.getRange().getEnd()));
		a.put(IMarker.CHAR_START, start);
		a.put(IMarker.CHAR_END, end);
		a.put(IMarker.SOURCE_ID, "Lantu");
		if (code != null) {
			a.put(CODE, code);
		}
		a.put(RANGE, d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + ":" + d.getRange().getEnd().getLine()
				+ ":" + d.getRange().getEnd().getCharacter());
		a.put(FIXABLE, d.getData() != null);
		return a;
	}

	private static int severity(DiagnosticSeverity s) {
		if (s == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (s) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
