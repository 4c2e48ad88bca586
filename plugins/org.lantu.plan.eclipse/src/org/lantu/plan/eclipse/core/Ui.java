package org.lantu.plan.eclipse.core;

import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * What Lantu's dialogs, wizards and status line say, from the engine's message catalogue (the
 * {@code studio.*} keys), in the reader's language: Chinese unless the workbench runs in English
 * or the Lantu preference page chooses otherwise.
 */
public final class Ui {

	private Ui() {
	}

	public static String say(String key, Object... args) {
		return Messages.say(Lang.preferred(), key, args);
	}
}
