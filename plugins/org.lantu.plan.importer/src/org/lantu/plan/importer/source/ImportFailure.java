package org.lantu.plan.importer.source;

import java.util.List;

/**
 * A source that cannot be imported at all (not a Word file, encrypted, too large, a binary .doc):
 * a message key of the findings catalogue and its arguments, said in one line in the reader's
 * language by the front end. Never carries a stack trace to the user.
 */
public final class ImportFailure extends Exception {
	private static final long serialVersionUID = 1L;

	private final String key;
	private final transient List<Object> args;

	public ImportFailure(String key, Object... args) {
		super(key, null, false, false);
		this.key = key;
		this.args = List.of(args);
	}

	public String key() {
		return key;
	}

	public List<Object> args() {
		return args;
	}
}
