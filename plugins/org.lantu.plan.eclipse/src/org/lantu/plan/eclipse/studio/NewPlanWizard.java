package org.lantu.plan.eclipse.studio;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.lantu.plan.api.PlanTemplates;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.editor.PlanEditor;
import org.lantu.plan.findings.Lang;

/**
 * File → New → 规划文件: a plan of the chosen kind (规划纲要, 规划, 工作方案, 实施意见, 决定) with the
 * standard structure of that kind, the title, issuer and period filled in ({@link PlanTemplates},
 * the same templates as {@code lantu new}); it opens in the Plan editor.
 */
public class NewPlanWizard extends Wizard implements INewWizard {

	/** The wizard's id (plugin.xml). */
	public static final String ID = Log.BUNDLE + ".newPlan";

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = folderOf(workbench, selection);
		setWindowTitle(Ui.say("studio.new.title"));
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, file, PlanEditor.ID);
			} catch (PartInitException e) {
				Log.error("Could not open " + file.getFullPath(), e);
			}
		}
		return true;
	}

	/**
	 * Where the new plan goes by default: the selected resource's folder; else the folder of the
	 * plan being edited; else the only project of the workspace.
	 */
	private static IStructuredSelection folderOf(IWorkbench workbench, IStructuredSelection selection) {
		if (selection != null && selection.toList().stream().anyMatch(o -> Adapters.adapt(o, IResource.class) != null)) {
			return selection;
		}
		var window = workbench == null ? null : workbench.getActiveWorkbenchWindow();
		var editor = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		IFile edited = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (edited != null) {
			return new StructuredSelection(edited.getParent());
		}
		IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
		return projects.length == 1 ? new StructuredSelection(projects[0]) : selection;
	}

	/** The page (for tests). */
	public Page page() {
		return page;
	}

	/** The folder and file name, then the kind, title, issuer and period. */
	public static final class Page extends WizardNewFileCreationPage {
		private Combo kind;
		private Text title;
		private Text issuer;
		private Text period;

		Page(IStructuredSelection selection) {
			super("newPlan", selection == null ? StructuredSelection.EMPTY : selection);
			setTitle(Ui.say("studio.new.title"));
			setDescription(Ui.say("studio.new.description"));
			setFileExtension("plan");
			setFileName("规划.plan");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			// the platform's two labels of this page, in the reader's language (Maven Central has no language pack)
			relabel((Composite) getControl(), Map.of("Enter or select the parent folder:", Ui.say("studio.new.folder"), "File name:", Ui.say("studio.new.file")));
		}

		private static void relabel(Composite composite, Map<String, String> labels) {
			for (Control c : composite.getChildren()) {
				if (c instanceof Label label && labels.containsKey(label.getText().replace("&", ""))) {
					label.setText(labels.get(label.getText().replace("&", "")));
				} else if (c instanceof Composite inner) {
					relabel(inner, labels);
				}
			}
		}

		/** In place of the linked-resource options: the plan's kind, title, issuer and period. */
		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite fields = new Composite(parent, SWT.NONE);
			fields.setLayout(new GridLayout(2, false));
			fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			kind = new Combo(label(fields, "studio.new.kind"), SWT.READ_ONLY);
			for (PlanTemplates.Kind k : PlanTemplates.Kind.values()) {
				kind.add(Lang.preferred() == Lang.ZH ? k.zh() : k.zh() + " (" + k.id() + ")");
			}
			kind.select(0);
			kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			title = text(fields, "studio.new.plan-title", "studio.new.plan-title.hint");
			issuer = text(fields, "studio.new.issuer", "studio.new.issuer.hint");
			period = text(fields, "studio.new.period", null);
			int[] years = PlanTemplates.fiveYearPeriod(Year.now().getValue());
			period.setText(years[0] + "—" + years[1]);
			period.addModifyListener(e -> setPageComplete(validatePage()));
		}

		private static Composite label(Composite fields, String key) {
			new Label(fields, SWT.NONE).setText(Ui.say(key));
			return fields;
		}

		private static Text text(Composite fields, String key, String hint) {
			Text t = new Text(label(fields, key), SWT.BORDER | SWT.SINGLE);
			t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			if (hint != null) {
				t.setMessage(Ui.say(hint));
			}
			return t;
		}

		@Override
		protected boolean validatePage() {
			if (!super.validatePage()) {
				return false;
			}
			if (period != null && PlanTemplates.period(period.getText()).isEmpty()) {
				setErrorMessage(Ui.say("studio.new.period.invalid"));
				return false;
			}
			return true;
		}

		/** Linked resources make no sense for a new plan. */
		@Override
		protected IStatus validateLinkedResource() {
			return Status.OK_STATUS;
		}

		@Override
		protected void createLinkTarget() {
		}

		/** The template of the chosen kind, its name the file's name. */
		@Override
		protected InputStream getInitialContents() {
			return new ByteArrayInputStream(text().getBytes(StandardCharsets.UTF_8));
		}

		/** The plan the page would write. */
		public String text() {
			PlanTemplates.Kind k = PlanTemplates.Kind.values()[Math.max(0, kind.getSelectionIndex())];
			int[] years = PlanTemplates.period(period.getText()).orElse(PlanTemplates.fiveYearPeriod(Year.now().getValue()));
			String name = getFileName().replaceFirst("\\.plan$", "");
			return PlanTemplates.text(k, name, title.getText(), issuer.getText(), years[0], years[1]);
		}

		/** Fills the fields as an author would (for tests). */
		public void fill(String fileName, int kindIndex, String planTitle, String planIssuer, String planPeriod) {
			setFileName(fileName);
			kind.select(kindIndex);
			title.setText(planTitle);
			issuer.setText(planIssuer);
			period.setText(planPeriod);
		}
	}
}
