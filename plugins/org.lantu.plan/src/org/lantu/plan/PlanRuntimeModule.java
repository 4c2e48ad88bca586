package org.lantu.plan;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.lantu.plan.conversion.PlanValueConverters;
import org.lantu.plan.parser.PlanSyntaxErrorMessages;

/**
 * Wiring of the Plan language runtime. Other plans are visible only through {@code import}
 * (each plan's elements are named {@code PlanName.Element}).
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.naming.IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return org.lantu.plan.naming.PlanQualifiedNameProvider.class;
	}

	/** Exported elements carry a fingerprint of their text, so that editors re-check importing plans when a value changes. */
	public Class<? extends org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return org.lantu.plan.naming.PlanResourceDescriptionStrategy.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.lantu.plan.resource.PlanResource.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessages.class;
	}

	public Class<? extends org.eclipse.xtext.formatting2.IFormatter2> bindIFormatter2() {
		return org.lantu.plan.formatting.PlanFormatter.class;
	}
}
