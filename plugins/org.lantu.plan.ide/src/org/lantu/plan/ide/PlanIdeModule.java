package org.lantu.plan.ide;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.lantu.plan.ide.quickfix.PlanCodeActions;

/**
 * Editor services shared by every editor (language server, Eclipse): content assist with the
 * generated content-assist parser, the services of org.eclipse.xtext.ide, hovers with computed
 * facts, and quick fixes that write the consistency engine's computed values.
 */
public class PlanIdeModule extends AbstractPlanIdeModule {

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PlanCodeActions.class;
	}

	public Class<? extends org.eclipse.xtext.documentation.IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return org.lantu.plan.ide.hover.PlanHoverDocumentation.class;
	}
}
