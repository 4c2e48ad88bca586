package org.lantu.plan.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ProductProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantu.plan.api.CheckFilter;
import org.lantu.plan.api.CheckReport;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanTemplates;
import org.lantu.plan.eclipse.commands.DocumentImport;
import org.lantu.plan.eclipse.commands.ExportWordHandler;
import org.lantu.plan.eclipse.commands.PublishPreferences;
import org.lantu.plan.eclipse.commands.ImportDocumentHandler;
import org.lantu.plan.eclipse.commands.PublishHandler;
import org.lantu.plan.eclipse.editor.PlanEditor;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.eclipse.studio.ImportDocumentWizard;
import org.lantu.plan.eclipse.studio.LantuPreferences;
import org.lantu.plan.eclipse.studio.NewPlanWizard;
import org.lantu.plan.importer.Importer;

/**
 * Lantu Studio's first hour, under a Chinese locale: a new plan of each kind from the wizard,
 * Lantu's menus, commands, wizard and preference page in Chinese, Help Contents opening the user
 * guide, About naming the version, and the preference page deciding how plans are checked.
 */
class StudioTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	/**
	 * The libraries inside the editor bundle (EMF, Xtext) find their own messages whatever the
	 * workbench's language: EMF reads them by the Bundle-Localization of the manifest beside its
	 * classes (the engine jar's own, "plugin"), and the bundle's translations are not named like
	 * theirs (an English workbench once checked nothing: EMF read Lantu's plugin_en.properties,
	 * missed its key, and every validation failed).
	 */
	@Test
	void theEmbeddedLibrariesFindTheirOwnMessagesInEveryLanguage() throws Exception {
		URI base = URI.create(EcorePlugin.INSTANCE.getBaseURL().toString());
		try (InputStream in = base.resolve("META-INF/MANIFEST.MF").toURL().openStream()) {
			assertEquals("plugin", new Manifest(in).getMainAttributes().getValue("Bundle-Localization"), "the engine jar's manifest");
		}
		for (String locale : List.of("", "_en", "_en_US", "_zh", "_zh_CN")) {
			URL url = base.resolve("plugin" + locale + ".properties").toURL();
			Properties found = new Properties();
			try (InputStream in = url.openStream()) {
				found.load(in);
			} catch (IOException none) {
				assertTrue(!locale.isEmpty(), "EMF's plugin.properties is where EMF looks: " + url);
				continue;
			}
			assertTrue(found.containsKey("_UI_DiagnosticRoot_diagnostic"), url + " is not EMF's, but holds " + found.keySet().stream().limit(5).toList());
		}
		assertTrue(EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { "x" }).contains("x"));
	}

	@Test
	void theWizardWritesAPlanOfEachKindThatChecksCleanAndOpensIt() throws Exception {
		IProject project = Workbench.project("wizard");
		PlanChecker checker = PlanChecker.create(SharedServer.get().languageInjector());
		for (PlanTemplates.Kind kind : PlanTemplates.Kind.values()) {
			NewPlanWizard wizard = new NewPlanWizard();
			WizardDialog dialog = open(wizard, project);
			String name = "新规划" + kind.id() + ".plan";
			wizard.page().fill(name, kind.ordinal(), "", "某市人民政府", "2026—2030");
			assertTrue(wizard.page().isPageComplete(), kind + ": " + wizard.page().getErrorMessage());
			assertTrue(wizard.performFinish(), kind.toString());
			dialog.close();

			IFile file = project.getFile(name);
			assertTrue(file.exists(), name);
			IEditorPart editor = Workbench.page().getActiveEditor();
			assertTrue(editor instanceof PlanEditor plan && file.equals(plan.getFile()), "the new plan is open in the Plan editor: " + editor);
			String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(text.contains("文种 \"" + kind.zh() + "\"") && text.contains("某市人民政府") && text.contains("2026—2030"), text);
			CheckReport report = checker.check(List.of(Path.of(file.getLocationURI())), CheckFilter.ALL, PlanChecker.Options.DEFAULT);
			assertEquals(List.of(), report.diagnostics(), kind + " checks clean");
		}
	}

	@Test
	void theWizardSpeaksChineseAndRefusesAPeriodThatIsNone() throws Exception {
		IProject project = Workbench.project("wizard-period");
		NewPlanWizard wizard = new NewPlanWizard();
		WizardDialog dialog = open(wizard, project);
		List<String> labels = new ArrayList<>();
		labels((Composite) wizard.page().getControl(), labels);
		assertTrue(labels.containsAll(List.of("所在文件夹：", "文件名：", "文种：", "标题：", "发文机关：", "规划期限：")), labels.toString());
		wizard.page().fill("期限.plan", 0, "", "", "2030—2026");
		assertTrue(!wizard.page().isPageComplete(), "a period that runs backwards");
		assertTrue(wizard.page().getErrorMessage().contains("2026—2030"), wizard.page().getErrorMessage());
		dialog.close();
	}

	@Test
	void lantusMenusCommandsWizardAndPreferencesAreChinese() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertEquals("生成 HTML", name(commands.getCommand("org.lantu.plan.eclipse.render")));
		assertEquals("导出 Excel", name(commands.getCommand("org.lantu.plan.eclipse.export")));
		assertEquals("排版规划", name(commands.getCommand("org.lantu.plan.eclipse.format")));
		assertEquals("蓝图用户手册", name(commands.getCommand("org.lantu.plan.eclipse.userGuide")));
		assertEquals("规划文件", PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPlanWizard.ID).getLabel());
		assertTrue(PlatformUI.getWorkbench().getPreferenceManager().getElements(PreferenceManager.PRE_ORDER).stream()
				.anyMatch(node -> "蓝图".equals(node.getLabelText())), "the 蓝图 preference page");
		assertEquals("蓝图工作室", Platform.getProduct().getName());
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		assertEquals("新建规划文件", wizard.getWindowTitle());
	}

	@Test
	void helpContentsOpensTheUserGuide() throws Exception {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		Workbench.waitUntil("the user guide", 30,
				() -> Workbench.page().getActiveEditor() != null && "用户手册.md".equals(Workbench.page().getActiveEditor().getTitle()));
	}

	@Test
	void aboutNamesLantuStudioItsVersionAndLicence() {
		String about = new ProductProperties(Platform.getProduct()).getAboutText();
		assertTrue(about.startsWith("蓝图工作室（Lantu Studio）"), about);
		assertTrue(Pattern.compile("版本 \\d+\\.\\d+\\.\\d+，构建自提交 [0-9a-f]{7,}（\\d{4}-\\d\\d-\\d\\d）").matcher(about).find(),
				"the version, the commit and its date: " + about);
		assertTrue(about.contains("Apache"), about);
	}

	@Test
	void thePreferencePageDecidesTheTolerance() throws Exception {
		IProject project = Workbench.project("preferences");
		IFile file = Workbench.file(project, "tolerance.plan",
				"规划 示例\n功能区 起步区 { 面积 约2000 亩 全覆盖 组成 甲园, 乙园 }\n功能区 甲园 { 面积 1107 亩 }\n功能区 乙园 { 面积 800 亩 }\n");
		IDE.openEditor(Workbench.page(), file, PlanEditor.ID);
		try {
			Thread.sleep(500);
			assertTrue(Workbench.markers(file).isEmpty(), "1907亩 is 约2000亩 within 5 %");
			LantuPreferences.put(LantuPreferences.TOLERANCE, "1%");
			LantuPreferences.applyTo(SharedServer.get());
			Workbench.waitUntil("the space.parts marker at 1 %", 60, () -> !Workbench.markers(file).isEmpty());
		} finally {
			LantuPreferences.put(LantuPreferences.TOLERANCE, "5%");
			LantuPreferences.applyTo(SharedServer.get());
		}
		Workbench.waitUntil("no marker at 5 % again", 60, () -> Workbench.markers(file).isEmpty());
	}

	/** The wizard in its dialog, as File → New shows it with the project selected (not blocking). */
	@Test
	void aWordOrTextPlanIsImportedFromTheWizardAndFromTheExplorer() throws Exception {
		IProject project = Workbench.project("import");
		// a path relative to the build's folder, so that the picture of the wizard shows no machine's folders
		Path text = Files.createDirectories(Path.of("target", "import-source")).resolve("园区方案.txt");
		Files.writeString(text, String.join("\n", "某县工业园区发展工作方案", "一、发展目标", "到2027年，园区营业收入达到150亿元，年均增长12%。", "二、重点任务",
				"建设孵化平台3个。（牵头单位：县经信局）"), StandardCharsets.UTF_8);
		ImportDocumentWizard wizard = new ImportDocumentWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		List<String> labels = new ArrayList<>();
		labels((Composite) wizard.page().getControl(), labels);
		assertTrue(labels.containsAll(List.of("源文件：", "放入文件夹：")), labels.toString());
		assertTrue(wizard.page().asExported.getText().contains("取回导出时的规划源文件") && !wizard.page().asExported.getSelection());
		wizard.page().source.setText(text.toString());
		assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
		Workbench.screenshot(dialog.getShell(), "lantu-studio-import.png");
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile plan = project.getFile("园区方案.plan");
		assertTrue(plan.exists());
		String draft = new String(plan.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(draft.contains("[达到150亿元](\"园区营业收入\"@2027)"), draft);
		Workbench.waitUntil("the draft opens in the Plan editor", 30,
				() -> Workbench.page().getActiveEditor() instanceof PlanEditor e && plan.equals(e.getFile()));
		// the same file again: refused until the author allows the draft to be replaced
		ImportDocumentWizard again = new ImportDocumentWizard();
		again.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog second = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), again);
		second.setBlockOnOpen(false);
		second.create();
		again.page().source.setText(text.toString());
		assertTrue(!again.page().isPageComplete() && again.page().getErrorMessage().contains("已存在"), String.valueOf(again.page().getErrorMessage()));
		second.close();

		// the explorer's 导入为规划 on a Word file in the workspace
		IFile docx = project.getFile("意见.docx");
		try (var in = Files.newInputStream(exportedWord(project))) {
			docx.create(in, true, null);
		}
		Job job = new ImportDocumentHandler().run(List.of(docx), false);
		Workbench.waitUntil("the import", 60, () -> job.getResult() != null);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		assertTrue(job.getResult().getMessage().contains("已导入 意见.plan"), job.getResult().getMessage());
		// a Word document exported from the workbench carries its plan: the import gives it back as it was
		assertTrue(job.getResult().getMessage().contains("已原样取回其中的规划源文件 source.plan"), job.getResult().getMessage());
		assertEquals(new String(project.getFile("source.plan").getContents().readAllBytes(), StandardCharsets.UTF_8),
				new String(project.getFile("意见.plan").getContents().readAllBytes(), StandardCharsets.UTF_8));
		// 取回导出时的规划源文件 on a file that carries none: one line naming the check box
		CoreException none = assertThrows(CoreException.class,
				() -> DocumentImport.run(text, project, true, Importer.From.PLAN, null));
		assertTrue(none.getStatus().getMessage().contains("取消勾选"), none.getStatus().getMessage());
		Files.deleteIfExists(text);
	}

	@Test
	void thePreferencePageLeavesThePlanOutOfWordDocuments() throws Exception {
		try (ZipFile zip = new ZipFile(exportedWord(Workbench.project("with-plan")).toFile())) {
			assertNotNull(zip.getEntry("customXml/item1.xml"), "by default the document carries its plan");
		}
		try {
			LantuPreferences.put(PublishPreferences.NO_PLAN, "true");
			try (ZipFile zip = new ZipFile(exportedWord(Workbench.project("without-plan")).toFile())) {
				assertNull(zip.getEntry("customXml/item1.xml"), "with 不附带规划源文件 it does not");
				assertNotNull(zip.getEntry("word/document.xml"));
			}
		} finally {
			LantuPreferences.put(PublishPreferences.NO_PLAN, "false");
		}
	}

	/** A Word document written by Export to Word inside the workbench, from a small plan. */
	private static Path exportedWord(IProject project) throws Exception {
		IFile plan = Workbench.file(project, "source.plan", "规划 源 \"某市实施意见\"\n文种 \"实施意见\"\n章 1 \"目标\" { 段 \"到2025年，营业收入达到100亿元。\" }\n");
		Job word = new ExportWordHandler().run(List.of(plan), false);
		Workbench.waitUntil("the export", 60, () -> word.getResult() != null);
		return project.getFolder(PublishHandler.OUTPUT_FOLDER).getFile("source.docx").getLocation().toPath();
	}

	private static WizardDialog open(NewPlanWizard wizard, IProject project) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		return dialog;
	}

	private static void labels(Composite composite, List<String> into) {
		for (var c : composite.getChildren()) {
			if (c instanceof Label l) {
				into.add(l.getText());
			} else if (c instanceof Composite inner) {
				labels(inner, into);
			}
		}
	}

	private static String name(Command command) throws NotDefinedException {
		return command.getName();
	}
}
