package org.lantu.plan.eclipse.server;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

/**
 * Between workspace files and the URIs the language server uses. The server spells file URIs its
 * own way (file:///…, non-ASCII kept); this class asks the server's own helper so that the
 * document an editor opens and the file the server read from disk are one document.
 */
public final class Uris {

	private static final UriExtensions URIS = new UriExtensions();

	private Uris() {
	}

	public static String of(IFile file) {
		IPath location = file.getLocation();
		return location == null ? null : URIS.toUriString(URI.createFileURI(location.toOSString()));
	}

	/** The workspace folder's URI, ending in a slash: Xtext finds a document's project by this prefix. */
	public static String workspaceRoot() {
		String root = URIS.toUriString(URI.createFileURI(ResourcesPlugin.getWorkspace().getRoot().getLocation().toOSString()));
		return root.endsWith("/") ? root : root + "/";
	}

	/** The workspace file at the URI's location, or null when it is not in the workspace. */
	public static IFile file(String uri) {
		try {
			URI u = URIS.toUri(uri);
			if (!u.isFile()) {
				return null;
			}
			IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
			IFile[] files = root.findFilesForLocationURI(new File(u.toFileString()).toURI());
			return files.length == 0 ? null : files[0];
		} catch (RuntimeException e) {
			return null;
		}
	}
}
