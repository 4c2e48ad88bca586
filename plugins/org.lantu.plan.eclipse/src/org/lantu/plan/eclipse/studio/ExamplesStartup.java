package org.lantu.plan.eclipse.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.server.SharedServer;

/**
 * At workbench start: copies the example plans into a project "examples" the first time (Lantu
 * Studio's start script names their folder with {@code -Dlantu.examples=DIR}; the originals are
 * never written) and maximizes the window that first time, opens the plan named by
 * {@code -Dlantu.open=NAME}, and starts the language server so that every plan in the workspace
 * shows its findings in the Problems view.
 */
public class ExamplesStartup implements IStartup {

	public static final String PROJECT = "examples";

	@Override
	public void earlyStartup() {
		String examples = System.getProperty("lantu.examples");
		boolean firstStart = examples != null && !examples.isBlank() && !ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).exists();
		if (firstStart) {
			// Lantu Studio's first start in this workspace: the whole screen (later starts keep the user's size)
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
					// the screen's working area first: without a window manager that honours it, maximizing alone does nothing
					window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
					window.getShell().setMaximized(true);
				}
			});
		}
		if (examples != null && !examples.isBlank()) {
			try {
				importExamples(Path.of(examples));
			} catch (CoreException | IOException | RuntimeException e) {
				Log.error("Could not set up the examples project from " + examples, e);
			}
		}
		SharedServer.get();
		String open = System.getProperty("lantu.open");
		if (open != null && !open.isBlank()) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile(open);
			if (file.exists()) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> openEditor(file));
			}
		}
	}

	/** Creates the examples project from the folder, once; an existing project is left as the user has it. */
	public static IProject importExamples(Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			if (!project.isOpen()) {
				project.open(null);
			}
			return project;
		}
		IWorkspaceRunnable create = monitor -> {
			project.create(null);
			project.open(null);
			try (DirectoryStream<Path> plans = Files.newDirectoryStream(folder, "*.plan")) {
				for (Path plan : plans) {
					try (InputStream in = Files.newInputStream(plan)) {
						IFile file = project.getFile(plan.getFileName().toString());
						file.create(in, true, null);
						file.setCharset("UTF-8", null);
					}
				}
			} catch (IOException e) {
				throw new CoreException(Status.error("Could not read " + folder, e));
			}
		};
		ResourcesPlugin.getWorkspace().run(create, null);
		return project;
	}

	private static void openEditor(IFile file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				IDE.openEditor(page, file);
			} catch (PartInitException e) {
				Log.error("Could not open " + file.getName(), e);
			}
		}
	}
}
