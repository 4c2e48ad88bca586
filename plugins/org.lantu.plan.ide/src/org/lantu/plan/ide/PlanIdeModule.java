package org.lantu.plan.ide;

/**
 * Editor services shared by every editor (language server, Eclipse): content assist with the
 * generated content-assist parser, and the services of org.eclipse.xtext.ide.
 */
public class PlanIdeModule extends AbstractPlanIdeModule {
}
