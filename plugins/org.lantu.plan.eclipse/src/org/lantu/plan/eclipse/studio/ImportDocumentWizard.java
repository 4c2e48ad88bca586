package org.lantu.plan.eclipse.studio;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.lantu.plan.eclipse.commands.DocumentImport;
import org.lantu.plan.eclipse.commands.ImportDocumentHandler;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.importer.Importer;

/**
 * File → Import → 蓝图 → 导入 Word 或文本规划: a Word (.docx) or text file from anywhere on the disk
 * becomes a draft plan in a folder of the workspace ({@link DocumentImport}, as {@code lantu
 * import}), which opens in the Plan editor; what was recognised is said when it is done.
 */
public class ImportDocumentWizard extends Wizard implements IImportWizard {

	private IContainer folder;
	private Page page;
	private DocumentImport.Outcome outcome;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Ui.say("studio.import.wizard.title"));
		setNeedsProgressMonitor(true);
		Object first = selection == null || selection.isEmpty() ? null : selection.getFirstElement();
		IResource r = first == null ? null : Adapters.adapt(first, IResource.class);
		folder = r instanceof IContainer c ? c : r != null ? r.getParent() : null;
		if (folder == null && ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 1) {
			folder = ResourcesPlugin.getWorkspace().getRoot().getProjects()[0];
		}
	}

	@Override
	public void addPages() {
		page = new Page(folder);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path source = Path.of(page.source.getText().strip());
		IResource target = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(page.folder.getText().strip()));
		IContainer into = (IContainer) target;
		boolean overwrite = page.overwrite.getSelection();
		Importer.From from = page.asExported.getSelection() ? Importer.From.PLAN : Importer.From.AUTO;
		try {
			getContainer().run(true, false, monitor -> {
				try {
					outcome = DocumentImport.run(source, into, overwrite, from, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			String reason = e.getCause() instanceof CoreException c ? c.getStatus().getMessage() : String.valueOf(e.getCause());
			page.setErrorMessage(reason);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		IFile plan = outcome.plan();
		ImportDocumentHandler.openEditor(plan);
		if (!Boolean.getBoolean("lantu.noOpen")) {
			MessageDialog.openInformation(getShell(), Ui.say("studio.import"), DocumentImport.summary(outcome));
		}
		return true;
	}

	/** What the last finish imported (for tests). */
	public DocumentImport.Outcome outcome() {
		return outcome;
	}

	/** The page (for tests). */
	public Page page() {
		return page;
	}

	/** The source file, the workspace folder to write into, and whether to replace a draft there. */
	public static final class Page extends WizardPage {
		private final IContainer initial;
		public Text source;
		public Text folder;
		public Button overwrite;
		/** Take the plan a Lantu Word document carries even if its text was changed (as {@code --from plan}). */
		public Button asExported;

		Page(IContainer initial) {
			super("importDocument");
			this.initial = initial;
			setTitle(Ui.say("studio.import.wizard.title"));
			setDescription(Ui.say("studio.import.wizard.description"));
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(3, false));
			new Label(c, SWT.NONE).setText(Ui.say("studio.import.wizard.source"));
			source = new Text(c, SWT.BORDER);
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(c, SWT.PUSH);
			browse.setText(Ui.say("studio.import.wizard.browse"));
			browse.addListener(SWT.Selection, e -> {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN);
				d.setFilterExtensions(new String[] { "*.docx;*.txt", "*.*" });
				d.setFilterNames(new String[] { Ui.say("studio.import.wizard.filter"), "*.*" });
				String chosen = d.open();
				if (chosen != null) {
					source.setText(chosen);
				}
			});
			new Label(c, SWT.NONE).setText(Ui.say("studio.import.wizard.folder"));
			folder = new Text(c, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			if (initial != null) {
				folder.setText(initial.getFullPath().toString());
			}
			Button choose = new Button(c, SWT.PUSH);
			choose.setText(Ui.say("studio.import.wizard.browse"));
			choose.addListener(SWT.Selection, e -> {
				ContainerSelectionDialog d = new ContainerSelectionDialog(getShell(), initial, false, Ui.say("studio.import.wizard.folder"));
				if (d.open() == ContainerSelectionDialog.OK && d.getResult().length > 0) {
					folder.setText(d.getResult()[0].toString());
				}
			});
			overwrite = new Button(c, SWT.CHECK);
			overwrite.setText(Ui.say("studio.import.wizard.overwrite"));
			overwrite.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			asExported = new Button(c, SWT.CHECK);
			asExported.setText(Ui.say("studio.import.wizard.as-exported"));
			asExported.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			source.addListener(SWT.Modify, e -> validate());
			folder.addListener(SWT.Modify, e -> validate());
			overwrite.addListener(SWT.Selection, e -> validate());
			setControl(c);
			validate();
		}

		/** A readable source file and an open folder of the workspace, and no draft there unless it may be replaced. */
		void validate() {
			String s = source.getText().strip();
			String f = folder.getText().strip();
			String problem = null;
			IResource target = f.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(f));
			if (s.isEmpty()) {
				problem = "";
			} else if (!Files.isRegularFile(Path.of(s))) {
				problem = Ui.say("studio.import.wizard.no-source", s);
			} else if (!(target instanceof IContainer c) || !c.isAccessible()) {
				problem = Ui.say("studio.import.wizard.no-folder", f);
			} else if (DocumentImport.target(Path.of(s), c).exists() && !overwrite.getSelection()) {
				problem = Ui.say("studio.import.exists", DocumentImport.target(Path.of(s), c).getFullPath());
			}
			setErrorMessage(problem == null || problem.isEmpty() ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
