package org.lantu.plan.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The server every front end starts ({@code lantu lsp}, the Eclipse plugin): Xtext's, with Lantu's
 * additions: announced folding ranges, edited plans read and checked again only around the edit,
 * plain errors for bad requests, a workspace scan that leaves out special files and link loops, and
 * the client's settings (tolerance, strict reading, language) on every resource set.
 */
public class PlanServerModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(LanguageServerImpl.class).to(PlanLanguageServer.class);
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(PlanIncrementalBuilder.class);
		bind(IFileSystemScanner.class).to(PlanFileScanner.class);
		bind(ProjectManager.class).to(PlanServerSettings.Projects.class);
	}

	/** An injector for one language server. */
	public static Injector createInjector() {
		return Guice.createInjector(Modules.override(new ServerModule()).with(new PlanServerModule()));
	}
}
