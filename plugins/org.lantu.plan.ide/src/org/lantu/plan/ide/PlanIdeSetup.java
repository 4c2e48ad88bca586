package org.lantu.plan.ide;

import org.eclipse.xtext.util.Modules2;
import org.lantu.plan.PlanRuntimeModule;
import org.lantu.plan.PlanStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Registers the language with its editor services, as the language server finds it (META-INF/services). */
public class PlanIdeSetup extends PlanStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new PlanRuntimeModule(), new PlanIdeModule()));
	}
}
