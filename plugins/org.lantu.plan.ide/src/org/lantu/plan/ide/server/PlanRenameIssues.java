package org.lantu.plan.ide.server;

import java.util.function.Supplier;

import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * What a rename that cannot be made says, in the language the client asked for: the editor shows it as it is. Xtext's
 * issues are kept as details, save the one an author meets (renaming where no name stands) which is said in words.
 * Xtext makes this object before it reads the plan, so the language comes from {@link PlanRenameService}, which
 * reads it from the server's settings the plan's resource set carries and makes the rename {@link #speaking} it.
 */
public class PlanRenameIssues extends ServerRefactoringIssueAcceptor {

	/** Xtext's issue when the place renamed holds no name. */
	private static final String NO_ELEMENT = "No element found at ";

	private static final ThreadLocal<Lang> SPEAKING = new ThreadLocal<>();

	/** The language of the rename being made on this thread (the process's preference outside one). */
	private final Lang lang = SPEAKING.get() != null ? SPEAKING.get() : Lang.preferred();

	/** Runs {@code rename} with its issues said in {@code lang}. */
	static <T> T speaking(Lang lang, Supplier<T> rename) {
		Lang before = SPEAKING.get();
		SPEAKING.set(lang);
		try {
			return rename.get();
		} finally {
			SPEAKING.set(before);
		}
	}

	@Override
	protected String getMessageBySeverity(RefactoringIssueAcceptor.Severity severity) {
		return switch (severity) {
		case FATAL -> Messages.say(lang, "rename.fatal");
		case ERROR -> Messages.say(lang, "rename.error");
		case WARNING -> Messages.say(lang, "rename.warning");
		default -> Messages.say(lang, "rename.ok");
		};
	}

	@Override
	public void add(RefactoringIssueAcceptor.Severity severity, String message, Object... params) {
		super.add(severity, message != null && message.startsWith(NO_ELEMENT) ? Messages.say(lang, "rename.no-name") : message, params);
	}
}
