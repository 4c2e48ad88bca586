package org.lantu.plan.ide.server;

import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;

/**
 * What a rename that cannot be made says, in the author's language: the editor shows it as it is. Xtext's issues
 * are kept as details, save the one an author meets (renaming where no name stands) which is said in words.
 */
public class PlanRenameIssues extends ServerRefactoringIssueAcceptor {

	/** Xtext's issue when the place renamed holds no name. */
	private static final String NO_ELEMENT = "No element found at ";

	@Override
	protected String getMessageBySeverity(RefactoringIssueAcceptor.Severity severity) {
		return switch (severity) {
		case FATAL -> Messages.say(Lang.preferred(), "rename.fatal");
		case ERROR -> Messages.say(Lang.preferred(), "rename.error");
		case WARNING -> Messages.say(Lang.preferred(), "rename.warning");
		default -> Messages.say(Lang.preferred(), "rename.ok");
		};
	}

	@Override
	public void add(RefactoringIssueAcceptor.Severity severity, String message, Object... params) {
		super.add(severity, message != null && message.startsWith(NO_ELEMENT) ? Messages.say(Lang.preferred(), "rename.no-name") : message, params);
	}
}
