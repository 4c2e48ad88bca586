package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.lantu.plan.eclipse.core.Ui;

/**
 * After a render or an export: the summary on the status line, and a dialog that offers to open
 * the file with the desktop's program for it (a browser for HTML, a spreadsheet for Excel) or its
 * folder; where no program opens it, the dialog says where the file is.
 */
final class Opener {

	private Opener() {
	}

	static void offer(String title, Path file, String summary) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
			var site = window.getActivePage().getActivePart().getSite();
			if (site instanceof IViewSite v) {
				v.getActionBars().getStatusLineManager().setMessage(summary);
			} else if (site instanceof IEditorSite e) {
				e.getActionBars().getStatusLineManager().setMessage(summary);
			}
		}
		if (Boolean.getBoolean("lantu.noOpen")) {
			return; // tests and headless runs: the status line only
		}
		Shell shell = window == null ? null : window.getShell();
		MessageDialog dialog = new MessageDialog(shell, title, null, summary + "\n\n" + file, MessageDialog.INFORMATION, 0, Ui.say("studio.publish.open-file"),
				Ui.say("studio.publish.open-folder"), Ui.say("studio.publish.close"));
		int choice = dialog.open();
		Path target = choice == 0 ? file : choice == 1 ? file.getParent() : null;
		if (target != null && !Program.launch(target.toString())) {
			MessageDialog.openInformation(shell, title, Ui.say("studio.publish.no-program", target.getFileName(), target));
		}
	}
}
