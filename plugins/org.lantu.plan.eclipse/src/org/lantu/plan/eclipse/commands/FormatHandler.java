package org.lantu.plan.eclipse.commands;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.editor.PlanEditor;
import org.lantu.plan.eclipse.markers.Edits;
import org.lantu.plan.eclipse.markers.MarkerWriter;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.findings.CheckType;

/** Format Plan (Ctrl+Shift+F): the formatter of {@code lantu format}, as one undoable edit. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) || editor.uri() == null) {
			return null;
		}
		try {
			List<? extends TextEdit> edits = SharedServer.get().format(editor.uri()).get(PlanServer.TIMEOUT_SECONDS, TimeUnit.SECONDS);
			if (edits != null && !edits.isEmpty()) {
				Edits.apply(editor.document(), edits);
			} else if (hasSyntaxErrors(editor)) {
				// the server leaves a plan that does not parse as written, as lantu format does: say why nothing moved
				editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Ui.say("studio.format.syntax"));
			}
		} catch (Exception e) {
			throw new ExecutionException(Ui.say("studio.format.failed", e.getMessage()), e);
		}
		return null;
	}

	private static boolean hasSyntaxErrors(PlanEditor editor) throws CoreException {
		IFile file = editor.getFile();
		if (file == null || !file.exists()) {
			return false;
		}
		for (IMarker m : file.findMarkers(MarkerWriter.TYPE, false, IResource.DEPTH_ZERO)) {
			if (CheckType.SYNTAX.id().equals(m.getAttribute(MarkerWriter.CODE, ""))) {
				return true;
			}
		}
		return false;
	}
}
