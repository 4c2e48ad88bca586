package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Opens a generated file with the desktop's program for it (a browser for HTML, a spreadsheet for
 * Excel); where there is none, says where the file is.
 */
final class Opener {

	private Opener() {
	}

	static void open(Path file, String summary) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
			var site = window.getActivePage().getActivePart().getSite();
			if (site instanceof org.eclipse.ui.IViewSite v) {
				v.getActionBars().getStatusLineManager().setMessage(summary);
			} else if (site instanceof org.eclipse.ui.IEditorSite e) {
				e.getActionBars().getStatusLineManager().setMessage(summary);
			}
		}
		if (Boolean.getBoolean("lantu.noOpen") || !Program.launch(file.toString())) {
			MessageDialog.openInformation(window == null ? null : window.getShell(), "Lantu", summary + "\n\n" + file);
		}
	}
}
