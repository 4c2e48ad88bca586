package org.lantu.plan.eclipse.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;

/**
 * 导入为规划: the selected Word (.docx) or text files become drafts beside them, each opened in the
 * Plan editor. An existing draft is replaced only when the author says so.
 */
public class ImportDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window == null ? null : window.getShell();
		List<IFile> sources = sources(HandlerUtil.getCurrentSelection(event));
		if (sources.isEmpty()) {
			MessageDialog.openInformation(shell, Ui.say("studio.import"), Ui.say("studio.import.none"));
			return null;
		}
		List<IFile> overwrite = new ArrayList<>();
		for (IFile source : sources) {
			IFile target = DocumentImport.target(source.getLocation().toPath(), source.getParent());
			if (target.exists() && !MessageDialog.openQuestion(shell, Ui.say("studio.import"), Ui.say("studio.import.replace", target.getFullPath()))) {
				continue;
			}
			overwrite.add(source);
		}
		if (!overwrite.isEmpty()) {
			run(overwrite, true);
		}
		return null;
	}

	/** Imports each file beside it, replacing a draft there; returns the job (tests join it). */
	public Job run(List<IFile> sources, boolean open) {
		Job job = new Job(Ui.say("studio.import.job", sources.get(0).getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<String> done = new ArrayList<>();
				for (IFile source : sources) {
					try {
						DocumentImport.Outcome o = DocumentImport.run(source.getLocation().toPath(), source.getParent(), true, monitor);
						done.add(DocumentImport.summary(o));
						if (open) {
							Display.getDefault().asyncExec(() -> openEditor(o.plan()));
						}
					} catch (CoreException e) {
						return e.getStatus();
					}
				}
				String summary = String.join("\n\n", done);
				if (open && !Boolean.getBoolean("lantu.noOpen")) {
					Display.getDefault().asyncExec(() -> MessageDialog.openInformation(Display.getDefault().getActiveShell(), Ui.say("studio.import"), summary));
				}
				return new Status(IStatus.OK, Log.BUNDLE, summary);
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Opens a draft in the Plan editor of the active page. */
	public static void openEditor(IFile plan) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			try {
				IDE.openEditor(window.getActivePage(), plan);
			} catch (PartInitException e) {
				Log.error("cannot open " + plan.getFullPath(), e);
			}
		}
	}

	/** The selected .docx and .txt files. */
	static List<IFile> sources(ISelection selection) {
		List<IFile> files = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				IFile f = Adapters.adapt(o, IFile.class);
				if (f != null && f.getLocation() != null && ("docx".equalsIgnoreCase(f.getFileExtension()) || "txt".equalsIgnoreCase(f.getFileExtension()))) {
					files.add(f);
				}
			}
		}
		return files;
	}
}
