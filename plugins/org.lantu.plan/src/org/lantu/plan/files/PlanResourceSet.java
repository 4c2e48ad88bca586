package org.lantu.plan.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.lantu.plan.findings.Text;

/**
 * The resource set every front end loads plans into. Its URI converter reads only files, through
 * {@link PlanFiles} (regular files within the size limit, under the workspace's roots); every other
 * scheme — {@code http:}, {@code jar:}, {@code platform:}, … — is refused, so that whatever a plan
 * says, loading it never opens a network connection or a special file. (Imports are also refused
 * where they are written, with a finding: see {@link Workspace#resolveImport}.)
 */
public class PlanResourceSet extends XtextResourceSet {

	public PlanResourceSet() {
		// Xtext's converter (which maps the language's own classpath: resources, its grammar, to
		// the jar or folder that holds them) with EMF's handlers replaced: no network, no platform
		var handlers = super.getURIConverter().getURIHandlers();
		handlers.clear();
		handlers.addAll(List.of(new FileHandler(), new LocalResources(), new Refused()));
	}

	/** Files, read as {@link PlanFiles} reads them. */
	private final class FileHandler extends FileURIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return uri.isFile();
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			Path file = path(uri);
			Workspace workspace = Workspace.of(PlanResourceSet.this);
			if (!workspace.holds(file)) {
				throw new PlanFiles.Unreadable(Text.of("files.outside", String.valueOf(file.getFileName())));
			}
			return new ByteArrayInputStream(PlanFiles.read(file, workspace.maxBytes()));
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Lantu does not write plans through their resources");
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			try {
				return Files.isRegularFile(path(uri));
			} catch (IOException e) {
				return false;
			}
		}

		private static Path path(URI uri) throws IOException {
			try {
				return Path.of(uri.toFileString());
			} catch (InvalidPathException | NullPointerException e) {
				throw new PlanFiles.Unreadable(Text.of("files.not-a-path", String.valueOf(uri)));
			}
		}
	}

	/**
	 * The language's own resources (its grammar), wherever the class loader keeps them: an entry of
	 * a jar on the local file system, or a bundle's entry under OSGi (Eclipse). Read only.
	 */
	private static final class LocalResources extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return uri.isArchive() && uri.authority() != null && uri.authority().startsWith("file:")
					|| "bundleresource".equals(uri.scheme()) || "bundleentry".equals(uri.scheme());
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw new IOException("Lantu does not write into archives");
		}
	}

	/** Everything that is not a file. */
	private static final class Refused extends URIHandlerImpl {

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refusal(uri);
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		private static IOException refusal(URI uri) {
			return new PlanFiles.Unreadable(Text.of("files.scheme-refused", uri.scheme()));
		}
	}
}
