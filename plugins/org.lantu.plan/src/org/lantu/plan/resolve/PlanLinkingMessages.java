package org.lantu.plan.resolve;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.findings.Speaking;

/** A name used but declared nowhere, in the plan's language (reference.unresolved). */
public class PlanLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		var resource = context.getContext() == null ? null : context.getContext().eResource();
		var lang = Speaking.of(resource == null ? null : resource.getResourceSet());
		return new DiagnosticMessage(Messages.say(lang, "reference.unresolved.name", context.getLinkText()), Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
