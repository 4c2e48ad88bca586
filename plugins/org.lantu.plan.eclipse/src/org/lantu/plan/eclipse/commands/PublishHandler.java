package org.lantu.plan.eclipse.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanDiagnostic;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.editor.PlanEditor;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.render.Publisher;

/**
 * Render to HTML and Export to Excel: the generators of {@code lantu render} and {@code lantu
 * export}, run in a background job on the selected plans (or the active editor's, saved first),
 * writing into the folder {@code out} next to each plan, which is then refreshed and the result
 * opened.
 */
public abstract class PublishHandler extends AbstractHandler {

	/** The folder, next to the plan, that receives the generated files (as the command line's default). */
	public static final String OUTPUT_FOLDER = "out";

	/** Writes the files for the plans; returns what was written. */
	protected abstract Publisher.Result publish(Publisher publisher, List<Path> plans, Path output) throws Exception;

	/** The catalogue key of the command's name, shown in the progress view, the status line and dialogs. */
	protected abstract String what();

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		List<IFile> plans = plans(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event));
		if (plans.isEmpty()) {
			MessageDialog.openInformation(window == null ? null : window.getShell(), Ui.say(what()), Ui.say("studio.publish.none"));
			return null;
		}
		run(plans, true);
		return null;
	}

	/** Runs the generator in a job; returns the job (tests join it). */
	public Job run(List<IFile> plans, boolean open) {
		String name = plans.size() > 1 ? Ui.say("studio.publish.job.more", Ui.say(what()), plans.get(0).getName(), plans.size())
				: Ui.say("studio.publish.job", Ui.say(what()), plans.get(0).getName());
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Path> written = new ArrayList<>();
				CheckReport report = null;
				Publisher publisher = PublishPreferences.publisher(new Publisher(PlanChecker.create(SharedServer.get().languageInjector())));
				for (IContainer folder : folders(plans)) {
					List<Path> paths = plans.stream().filter(p -> p.getParent().equals(folder)).map(p -> p.getLocation().toPath()).toList();
					try {
						Publisher.Result result = publish(publisher, paths, folder.getLocation().toPath().resolve(OUTPUT_FOLDER));
						written.addAll(result.written());
						report = result.report();
						if (!result.failed().isEmpty()) {
							return new Status(IStatus.ERROR, Log.BUNDLE, Ui.say("studio.publish.failed", Ui.say(what()), folder.getFullPath(), String.join("；", result.failed())));
						}
						folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
					} catch (Exception e) {
						return new Status(IStatus.ERROR, Log.BUNDLE, Ui.say("studio.publish.failed", Ui.say(what()), folder.getFullPath(), e.getMessage()), e);
					}
				}
				String summary = summary(written, report);
				if (open && !written.isEmpty()) {
					Display.getDefault().asyncExec(() -> Opener.offer(Ui.say(what()), written.get(0), summary));
				}
				return new Status(IStatus.OK, Log.BUNDLE, summary);
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** 已写出 park.html（1 个错误，0 个警告；检查结果已写入输出）. */
	static String summary(List<Path> written, CheckReport report) {
		String files = written.size() == 1 ? written.get(0).getFileName().toString() : Ui.say("studio.publish.wrote.files", written.size());
		return Ui.say("studio.publish.wrote", files, report == null ? 0 : report.count(PlanDiagnostic.Severity.ERROR),
				report == null ? 0 : report.count(PlanDiagnostic.Severity.WARNING));
	}

	private static Set<IContainer> folders(List<IFile> plans) {
		Set<IContainer> folders = new LinkedHashSet<>();
		plans.forEach(p -> folders.add(p.getParent()));
		return folders;
	}

	/** The plans to publish: the active Plan editor's file (saved first), else the selected *.plan files. */
	static List<IFile> plans(IWorkbenchPart part, ISelection selection) {
		List<IFile> plans = new ArrayList<>();
		if (part instanceof PlanEditor editor && editor.getFile() != null) {
			if (editor.isDirty()) {
				editor.doSave(null);
			}
			plans.add(editor.getFile());
			return plans;
		}
		if (part instanceof IEditorPart other && Adapters.adapt(other.getEditorInput(), IFile.class) instanceof IFile f && isPlan(f)) {
			plans.add(f);
			return plans;
		}
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				IFile f = Adapters.adapt(o, IFile.class);
				if (f != null && isPlan(f)) {
					plans.add(f);
				}
			}
		}
		return plans;
	}

	private static boolean isPlan(IFile f) {
		return "plan".equals(f.getFileExtension());
	}

	/** Options as the command line's defaults, with the Eclipse workspace as the workspace root (imports stay inside it). */
	protected static PlanChecker.Options options() {
		var root = ResourcesPlugin.getWorkspace().getRoot().getLocation();
		return root == null ? PlanChecker.Options.DEFAULT : PlanChecker.Options.DEFAULT.withRoot(root.toPath());
	}
}
