package org.lantu.plan.eclipse.server;

import java.util.function.Supplier;

/**
 * The one in-process language server that every editor, marker and command of the workbench
 * talks to, started on first use by what the bundle's activator installed and shut down when it
 * stops. The activator wires it (the server publishes into markers); the rest only uses it.
 */
public final class SharedServer {
	private SharedServer() {
	}

	private static Supplier<PlanServer> starter;
	private static PlanServer server;

	/** How the server is started, from the activator. */
	public static synchronized void install(Supplier<PlanServer> start) {
		starter = start;
	}

	/** The server, started on first use. */
	public static synchronized PlanServer get() {
		if (server == null) {
			if (starter == null) {
				throw new IllegalStateException("the Lantu bundle is not started");
			}
			server = starter.get();
		}
		return server;
	}

	/** Forgets the server and the way to start it; returns the server if one was started, to be shut down. */
	public static synchronized PlanServer uninstall() {
		PlanServer s = server;
		server = null;
		starter = null;
		return s;
	}
}
