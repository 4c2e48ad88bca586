package org.lantu.plan.ide.server;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server with the capabilities it implements but does not announce: folding
 * ranges (blocks, multi-line elements and comments fold in every LSP editor).
 */
public class PlanLanguageServer extends LanguageServerImpl {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		capabilities.setFoldingRangeProvider(true);
		return capabilities;
	}
}
