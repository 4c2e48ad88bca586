package org.lantu.plan.eclipse.commands;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.lantu.plan.eclipse.core.Ui;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Help → Lantu User Guide (蓝图用户手册): the user guide in Chinese (docs/用户手册.md, which the
 * build puts into the bundle) opens in a text editor, from a copy in the plugin's state folder
 * (written with a byte-order mark, so that the editor reads it as UTF-8 on any system).
 */
public class UserGuideHandler extends AbstractHandler {

	/** Where the build puts the guide in the bundle. */
	static final String ENTRY = "doc/用户手册.md";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (IOException | PartInitException e) {
			throw new ExecutionException(Ui.say("studio.guide.failed", e.getMessage()), e);
		}
		return null;
	}

	/** Opens the guide in {@code page}; returns its editor. */
	public static IEditorPart open(IWorkbenchPage page) throws IOException, PartInitException {
		Bundle bundle = FrameworkUtil.getBundle(UserGuideHandler.class);
		URL entry = bundle.getEntry(ENTRY);
		if (entry == null) {
			throw new IOException("the plugin has no " + ENTRY);
		}
		Path copy = Path.of(Platform.getStateLocation(bundle).toOSString(), "用户手册.md");
		try (InputStream in = entry.openStream()) {
			byte[] text = in.readAllBytes();
			byte[] withMark = new byte[text.length + 3];
			withMark[0] = (byte) 0xEF;
			withMark[1] = (byte) 0xBB;
			withMark[2] = (byte) 0xBF;
			System.arraycopy(text, 0, withMark, 3, text.length);
			Files.write(copy, withMark);
		}
		return page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(copy.toUri())), "org.eclipse.ui.DefaultTextEditor");
	}
}
