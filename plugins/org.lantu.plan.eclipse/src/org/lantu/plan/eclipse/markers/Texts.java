package org.lantu.plan.eclipse.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

/** The text of a plan as the user sees it: the open editor's document, else the file on disk. */
public final class Texts {

	private Texts() {
	}

	public static String current(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			Charset charset;
			try {
				charset = Charset.forName(file.getCharset());
			} catch (RuntimeException e) {
				charset = StandardCharsets.UTF_8;
			}
			return new String(in.readAllBytes(), charset);
		} catch (IOException | CoreException e) {
			return "";
		}
	}
}
