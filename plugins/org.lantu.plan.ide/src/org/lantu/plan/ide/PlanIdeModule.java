package org.lantu.plan.ide;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.IContentAssistParser;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.lantu.plan.ide.contentassist.PlanContentAssistContextFactory;
import org.lantu.plan.ide.contentassist.PlanContentAssistParser;
import org.lantu.plan.ide.hover.PlanHoverDocumentation;
import org.lantu.plan.ide.outline.PlanDocumentSymbols;
import org.lantu.plan.ide.quickfix.PlanCodeActions;
import org.lantu.plan.ide.server.PlanContentAssistService;
import org.lantu.plan.ide.server.PlanFormattingService;
import org.lantu.plan.ide.server.PlanRenameIssues;
import org.lantu.plan.ide.server.PlanRenameService;

/**
 * Editor services shared by every editor (language server, Eclipse): content assist with the
 * generated content-assist parser, the services of org.eclipse.xtext.ide, hovers with computed
 * facts, and quick fixes that write the consistency engine's computed values.
 */
public class PlanIdeModule extends AbstractPlanIdeModule {

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PlanCodeActions.class;
	}

	/**
	 * Editors generate nothing from a plan, so the language server's builder must not validate each
	 * file a second time to decide whether to (Xtext's default does; docs/performance.md).
	 */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NeverGenerate.class;
	}

	/** Nothing to generate. */
	public static class NeverGenerate implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}

	/** Content assist reads the header and the element that holds the cursor, not the whole plan before it. */
	@Override
	public Class<? extends IContentAssistParser> bindIContentAssistParser() {
		return PlanContentAssistParser.class;
	}

	@Override
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PlanContentAssistContextFactory.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return PlanContentAssistService.class;
	}

	/** A rename that cannot be made says why in the author's language. */
	public Class<? extends ServerRefactoringIssueAcceptor> bindServerRefactoringIssueAcceptor() {
		return PlanRenameIssues.class;
	}

	/** Renames with their issues in the language the client set (Xtext makes the issues' acceptor before it reads the plan). */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return PlanRenameService.class;
	}

	/** Formatting a large plan places each edit by a table of line starts, not a scan from the start. */
	public Class<? extends FormattingService> bindFormattingService() {
		return PlanFormattingService.class;
	}

	/** The outline is the plan as a document: chapters, sections, boxes, tables and their rows. */
	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return PlanDocumentSymbols.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return PlanHoverDocumentation.class;
	}
}
