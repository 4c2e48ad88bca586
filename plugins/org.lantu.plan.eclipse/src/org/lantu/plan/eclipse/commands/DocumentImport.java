package org.lantu.plan.eclipse.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.importer.Importer;
import org.lantu.plan.importer.recognise.Recogniser;
import org.lantu.plan.importer.source.ImportFailure;

/**
 * {@code lantu import} in the workbench, shared by File → Import → 导入 Word 或文本规划 and the
 * explorer's 导入为规划: a Word (.docx) or text file becomes {@code NAME.plan} in a folder of the
 * workspace (never over an existing file unless asked), which the Plan editor then checks.
 */
public final class DocumentImport {

	/** The draft written and what the import found. */
	public record Outcome(IFile plan, Importer.Result result) {
	}

	private DocumentImport() {
	}

	/** The file the draft of {@code source} is written to in {@code folder}. */
	public static IFile target(Path source, IContainer folder) {
		String name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".plan";
		return folder.getFile(IPath.fromOSString(name));
	}

	/** Imports {@code source} into {@code folder}; the reason it cannot, in one line, as the status of the exception. */
	public static Outcome run(Path source, IContainer folder, boolean overwrite, IProgressMonitor monitor) throws CoreException {
		return run(source, folder, overwrite, Importer.From.AUTO, monitor);
	}

	/** The same, the plan taken {@code from} what a Lantu Word document carries or its text. */
	public static Outcome run(Path source, IContainer folder, boolean overwrite, Importer.From from, IProgressMonitor monitor) throws CoreException {
		IFile plan = target(source, folder);
		if (plan.exists() && !overwrite) {
			throw new CoreException(new Status(IStatus.ERROR, Log.BUNDLE, Ui.say("studio.import.exists", plan.getFullPath())));
		}
		Importer.Result result;
		try {
			result = Importer.file(source, from, PlanChecker.create(SharedServer.get().languageInjector())::syntaxErrorLines);
		} catch (ImportFailure e) {
			// the command line's advice names its options; the wizard's names its check box
			String reason = e.key().equals("importer.no-plan") ? Ui.say("studio.import.no-plan") : Messages.say(Lang.preferred(), e.key(), e.args().toArray());
			throw new CoreException(new Status(IStatus.ERROR, Log.BUNDLE, source.getFileName() + ": " + reason));
		}
		ByteArrayInputStream bytes = new ByteArrayInputStream(result.plan().getBytes(StandardCharsets.UTF_8));
		if (plan.exists()) {
			plan.setContents(bytes, true, true, monitor);
		} else {
			plan.create(bytes, true, monitor);
			plan.setCharset(StandardCharsets.UTF_8.name(), monitor);
		}
		return new Outcome(plan, result);
	}

	/** 已导入 十四五规划.plan：标题 55 个，…；未关联的数字 12 处 — for the status line and the closing dialog. */
	public static String summary(Outcome o) {
		Importer.Result r = o.result();
		String done = Ui.say("studio.import.done", o.plan().getName()) + "\n";
		if (r.restored()) {
			return done + Messages.say(Lang.preferred(), r.carried().unchanged() ? "importer.restored" : "importer.restored-changed", r.carried().file());
		}
		Recogniser.Counts c = r.counts();
		return done + (r.carried() == null ? "" : Messages.say(Lang.preferred(), "importer.changed", r.carried().file()) + "\n")
				+ (r.relationsCarried() == 0 ? "" : Messages.say(Lang.preferred(), "importer.relations", r.relationsCarried()) + "\n")
				+ Messages.say(Lang.preferred(), "importer.counts", c.headings(), c.paragraphs(), c.tables(), c.indicatorTables(), c.boxes(), c.indicators(),
						c.stated(), c.claims())
				+ (c.untied().isEmpty() ? "" : "\n" + Ui.say("studio.import.untied", c.untied().size()));
	}
}
