package org.lantu.plan.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.lantu.plan.evaluate.CheckSettings;

/**
 * Xtext's rename, whose issues ({@link PlanRenameIssues}) are said in the language the client set: the server's
 * settings travel with every resource set it makes ({@link PlanServerSettings.Projects}).
 */
public class PlanRenameService extends RenameService2 {

	@Override
	public WorkspaceEdit rename(Options options) {
		URI uri = URI.createURI(options.getRenameParams().getTextDocument().getUri());
		CheckSettings settings = CheckSettings.of(options.getLanguageServerAccess().newLiveScopeResourceSet(uri));
		return PlanRenameIssues.speaking(settings.lang(), () -> super.rename(options));
	}
}
