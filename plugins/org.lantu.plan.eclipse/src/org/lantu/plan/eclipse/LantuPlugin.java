package org.lantu.plan.eclipse;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.eclipse.server.WorkspaceSync;
import org.osgi.framework.BundleContext;

/**
 * The Lantu bundle: owns the one in-process language server that every editor, marker and command
 * of the workbench talks to. The server (Xtext's, with the consistency engine's checks) lives in
 * the embedded engine jar, so Eclipse shows exactly what {@code lantu check} and {@code lantu lsp}
 * report.
 */
public class LantuPlugin extends AbstractUIPlugin {

	public static final String ID = "org.lantu.plan.eclipse";
	/** The marker type of the consistency engine's findings. */
	public static final String MARKER_TYPE = ID + ".problem";
	public static final String EDITOR_ID = ID + ".editor";

	private static LantuPlugin instance;
	private PlanServer server;
	private WorkspaceSync sync;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		PlanServer s;
		synchronized (this) {
			s = server;
			server = null;
		}
		if (sync != null) {
			sync.uninstall();
			sync = null;
		}
		if (s != null) {
			s.shutdown();
		}
		instance = null;
		super.stop(context);
	}

	public static LantuPlugin getDefault() {
		return instance;
	}

	/** The language server, started on first use. */
	public synchronized PlanServer server() {
		if (server == null) {
			server = PlanServer.start();
			sync = WorkspaceSync.install(server);
		}
		return server;
	}

	public static void log(String message, Throwable error) {
		ILog.of(LantuPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
