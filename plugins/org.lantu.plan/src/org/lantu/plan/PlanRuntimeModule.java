package org.lantu.plan;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.lantu.plan.conversion.PlanValueConverters;
import org.lantu.plan.conversion.QuotedTextConverter;
import org.lantu.plan.edit.PlanLinker;
import org.lantu.plan.edit.PlanPartialParsingHelper;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.edit.PlanResourceCache;
import org.lantu.plan.edit.PlanTokenRegionProvider;
import org.lantu.plan.files.PlanResourceSet;
import org.lantu.plan.formatting.PlanFormatter;
import org.lantu.plan.naming.PlanQualifiedNameProvider;
import org.lantu.plan.naming.PlanResourceDescriptionManager;
import org.lantu.plan.naming.PlanResourceDescriptionStrategy;
import org.lantu.plan.parser.PlanLexer;
import org.lantu.plan.parser.PlanSyntaxErrorMessages;
import org.lantu.plan.resolve.PlanElementAtOffset;
import org.lantu.plan.resolve.PlanLinkingMessages;
import org.lantu.plan.resolve.PlanLinkingService;
import org.lantu.plan.scoping.PlanGlobalScopeProvider;
import org.lantu.plan.scoping.PlanLocalScopeProvider;
import org.lantu.plan.validation.PlanDiagnosticConverter;
import org.lantu.plan.validation.PlanDiagnostician;
import org.lantu.plan.validation.PlanResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Wiring of the Plan language runtime. Other plans are visible only through {@code import}
 * (each plan's elements are named {@code PlanName.Element}).
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	/** Quoted text whose escapes are read by Xtext, with its complaints in the author's language. */
	public Class<? extends STRINGValueConverter> bindSTRINGValueConverter() {
		return QuotedTextConverter.class;
	}

	/** The element a place in the text names; none in a file the parser made no plan of. */
	public Class<? extends EObjectAtOffsetHelper> bindEObjectAtOffsetHelper() {
		return PlanElementAtOffset.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return PlanGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PlanQualifiedNameProvider.class;
	}

	/** Exported elements carry a fingerprint of their text, so that editors re-check importing plans when a value changes. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PlanResourceDescriptionStrategy.class;
	}

	/** Plans are described for the index from the listing of their objects, each element's description kept while it is unchanged. */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PlanResourceDescriptionManager.class;
	}

	/** Plans are read only from regular files in the workspace: no other scheme, no special files (see {@code files/}). */
	public Class<? extends XtextResourceSet> bindXtextResourceSet() {
		return PlanResourceSet.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlanResource.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlanLinkingMessages.class;
	}

	/** Tokens read by hand where their end and kind are certain, by the generated lexer elsewhere ({@link PlanLexer}). */
	@Override
	public Class<? extends Lexer> bindLexer() {
		return PlanLexer.class;
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(PlanLexer.class);
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessages.class;
	}

	/**
	 * No generic EMF checks (multiplicities, data values, containment) on top of the plan's own: the
	 * parser, the linker and the consistency checks already report everything those would, with a
	 * position and in the author's words, and they cost a twentieth of every check.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(false);
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PlanFormatter.class;
	}

	/** An edit's region is widened to whole tokens by lexing near it, not from the start of the plan. */
	public Class<? extends TokenRegionProvider> bindTokenRegionProvider() {
		return PlanTokenRegionProvider.class;
	}

	/** Editors read an edited plan again only around the change; the plan records what was replaced. */
	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return PlanPartialParsingHelper.class;
	}

	/** A plan's own names, from the listing of its objects the checks share. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class)
				.annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PlanLocalScopeProvider.class);
	}

	/** Links a part of a plan after a partial read (see {@code PlanResource}). */
	@Override
	public Class<? extends ILinkingService> bindILinkingService() {
		return PlanLinkingService.class;
	}

	public Class<? extends ILinker> bindILinker() {
		return PlanLinker.class;
	}

	/** Xtext's per-file cache, listening only to the file when it is read once (see {@code PlanResourceCache}). */
	public Class<? extends IResourceScopeCache> bindIResourceScopeCache() {
		return PlanResourceCache.class;
	}

	/** Xtext's linker asks for the cache by its class. */
	public void configureOnChangeEvictingCache(Binder binder) {
		binder.bind(OnChangeEvictingCache.class).to(PlanResourceCache.class);
	}

	/** An editor's plan is re-checked only where an edit can reach (see {@code PlanResourceValidator}). */
	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return PlanDiagnosticConverter.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PlanResourceValidator.class;
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return PlanDiagnostician.class;
	}
}
