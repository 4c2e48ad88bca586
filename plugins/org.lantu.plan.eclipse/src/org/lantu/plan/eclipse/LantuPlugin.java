package org.lantu.plan.eclipse;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.lantu.plan.eclipse.markers.MarkerWriter;
import org.lantu.plan.eclipse.server.PlanServer;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.eclipse.server.Uris;
import org.lantu.plan.eclipse.server.WorkspaceSync;
import org.lantu.plan.eclipse.studio.LantuPreferences;
import org.lantu.plan.findings.Lang;
import org.osgi.framework.BundleContext;

/**
 * The Lantu bundle's activator, and the place where its parts are wired: the one in-process
 * language server (Xtext's, with the consistency engine's checks, from the embedded engine jar, so
 * Eclipse shows exactly what {@code lantu check} and {@code lantu lsp} report) publishes into
 * markers and hears of files changed outside an editor. Nothing else refers to this class: the
 * parts reach the server through {@link SharedServer}.
 */
public class LantuPlugin extends AbstractUIPlugin {

	private WorkspaceSync sync;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		// findings and Lantu's dialogs speak the language of the Lantu preference page, by default the
		// workbench's: English when the platform's locale is English (-nl en), Chinese otherwise;
		// -Dlantu.lang or LANTU_LANG decide when set
		if (System.getProperty("lantu.lang") == null && System.getenv("LANTU_LANG") == null) {
			Lang.prefer(LantuPreferences.lang());
		}
		SharedServer.install(() -> {
			PlanServer server = PlanServer.start(Uris.workspaceRoot(), new MarkerWriter()::publish);
			LantuPreferences.applyTo(server);
			synchronized (this) {
				sync = WorkspaceSync.install(server);
			}
			return server;
		});
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		PlanServer server = SharedServer.uninstall();
		synchronized (this) {
			if (sync != null) {
				sync.uninstall();
				sync = null;
			}
		}
		if (server != null) {
			server.shutdown();
		}
		super.stop(context);
	}
}
