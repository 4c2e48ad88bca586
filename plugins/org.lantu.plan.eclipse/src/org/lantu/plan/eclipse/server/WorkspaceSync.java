package org.lantu.plan.eclipse.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.lantu.plan.eclipse.core.Log;

/**
 * Tells the server about plan files that change outside an open editor (created, saved by another
 * tool, deleted, or brought in by an import), so that markers and cross-plan checks stay current.
 */
public final class WorkspaceSync implements IResourceChangeListener {

	private final PlanServer server;

	private WorkspaceSync(PlanServer server) {
		this.server = server;
	}

	public static WorkspaceSync install(PlanServer server) {
		WorkspaceSync sync = new WorkspaceSync(server);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(sync, IResourceChangeEvent.POST_CHANGE);
		return sync;
	}

	public void uninstall() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<FileEvent> events = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				IResource r = delta.getResource();
				if (r instanceof IFile f && "plan".equals(f.getFileExtension())) {
					String uri = Uris.of(f);
					if (uri == null) {
						return false;
					}
					switch (delta.getKind()) {
					case IResourceDelta.ADDED -> events.add(new FileEvent(uri, FileChangeType.Created));
					case IResourceDelta.REMOVED -> events.add(new FileEvent(uri, FileChangeType.Deleted));
					case IResourceDelta.CHANGED -> {
						if ((delta.getFlags() & IResourceDelta.CONTENT) != 0 && !server.isOpen(uri)) {
							events.add(new FileEvent(uri, FileChangeType.Changed));
						}
					}
					default -> {
					}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			Log.error("Could not read the workspace change", e);
		}
		server.filesChanged(events);
	}
}
