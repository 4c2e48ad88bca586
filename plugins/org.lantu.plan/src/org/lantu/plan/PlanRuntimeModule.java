package org.lantu.plan;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
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
		return org.lantu.plan.scoping.PlanGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.naming.IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return org.lantu.plan.naming.PlanQualifiedNameProvider.class;
	}

	/** Exported elements carry a fingerprint of their text, so that editors re-check importing plans when a value changes. */
	public Class<? extends org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return org.lantu.plan.naming.PlanResourceDescriptionStrategy.class;
	}

	/** Plans are described for the index from the listing of their objects, each element's description kept while it is unchanged. */
	public Class<? extends org.eclipse.xtext.resource.IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return org.lantu.plan.naming.PlanResourceDescriptionManager.class;
	}

	/** Plans are read only from regular files in the workspace: no other scheme, no special files (see {@code files/}). */
	public Class<? extends org.eclipse.xtext.resource.XtextResourceSet> bindXtextResourceSet() {
		return org.lantu.plan.files.PlanResourceSet.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.lantu.plan.resource.PlanResource.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return org.lantu.plan.resolve.PlanLinkingMessages.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessages.class;
	}

	/**
	 * No generic EMF checks (multiplicities, data values, containment) on top of the plan's own: the
	 * parser, the linker and the consistency checks already report everything those would, with a
	 * position and in the author's words, and they cost a twentieth of every check.
	 */
	public void configureUseEObjectValidator(com.google.inject.Binder binder) {
		binder.bind(boolean.class).annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(false);
	}

	public Class<? extends org.eclipse.xtext.formatting2.IFormatter2> bindIFormatter2() {
		return org.lantu.plan.formatting.PlanFormatter.class;
	}

	/** An edit's region is widened to whole tokens by lexing near it, not from the start of the plan. */
	public Class<? extends org.eclipse.xtext.parser.impl.TokenRegionProvider> bindTokenRegionProvider() {
		return org.lantu.plan.resource.PlanTokenRegionProvider.class;
	}

	/** Editors read an edited plan again only around the change; the plan records what was replaced. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.IPartialParsingHelper> bindIPartialParserHelper() {
		return org.lantu.plan.resource.PlanPartialParsingHelper.class;
	}

	/** A plan's own names, from the listing of its objects the checks share. */
	@Override
	public void configureIScopeProviderDelegate(com.google.inject.Binder binder) {
		binder.bind(org.eclipse.xtext.scoping.IScopeProvider.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(org.lantu.plan.scoping.PlanLocalScopeProvider.class);
	}

	/** Links a part of a plan after a partial read (see {@code PlanResource}). */
	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinkingService> bindILinkingService() {
		return org.lantu.plan.resolve.PlanLinkingService.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return org.lantu.plan.resource.PlanLinker.class;
	}

	/** An editor's plan is re-checked only where an edit can reach (see {@code PlanResourceValidator}). */
	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return org.lantu.plan.validation.PlanResourceValidator.class;
	}

	@Override
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return org.lantu.plan.validation.PlanDiagnostician.class;
	}
}
