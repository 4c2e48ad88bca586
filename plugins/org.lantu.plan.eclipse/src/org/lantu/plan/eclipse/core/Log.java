package org.lantu.plan.eclipse.core;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundle's id and its entries in the Eclipse error log. */
public final class Log {
	private Log() {
	}

	/** The symbolic name of the Lantu bundle. */
	public static final String BUNDLE = "org.lantu.plan.eclipse";

	/** Logs an error (shown in the Error Log view and written to the workspace's .log). */
	public static void error(String message, Throwable error) {
		ILog.of(Log.class).log(new Status(IStatus.ERROR, BUNDLE, message, error));
	}
}
