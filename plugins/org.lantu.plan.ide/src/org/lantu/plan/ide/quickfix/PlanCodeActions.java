package org.lantu.plan.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.findings.CheckType;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.findings.Messages;
import org.lantu.plan.quantity.ChineseNumerals;

import com.google.inject.Inject;

/**
 * Quick fixes from the consistency engine: a finding that carries a computed value (the sum of
 * the parts, the growth rate the figures give, the table's value, the expected number) offers to
 * write that value where the finding is.
 */
public class PlanCodeActions implements ICodeActionService2 {

	/** The checks whose data is the value to write at the finding's place (declared {@link CheckType#fixable()}). */
	static final Set<String> FIXABLE = CheckType.all().stream().filter(CheckType::fixable).map(CheckType::id).collect(Collectors.toUnmodifiableSet());

	@Inject
	private IResourceValidator validator;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getResource() == null && options.getLanguageServerAccess() != null) {
			// the language server hands over only the URI: read the document and its resource
			try {
				return options.getLanguageServerAccess().doRead(options.getURI(), context -> {
					Options read = new Options();
					read.setURI(options.getURI());
					read.setCodeActionParams(options.getCodeActionParams());
					read.setCancelIndicator(options.getCancelIndicator());
					read.setResource(context.getResource());
					read.setDocument(context.getDocument());
					return read.getResource() == null ? List.<Either<Command, CodeAction>>of() : getCodeActions(read);
				}).get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return List.of();
			} catch (ExecutionException e) {
				return List.of();
			}
		}
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		Document document = options.getDocument();
		if (options.getResource() == null || document == null) {
			return actions;
		}
		List<Issue> issues = null;
		for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
			if (code == null || !FIXABLE.contains(code)) {
				continue;
			}
			if (issues == null) {
				issues = validator.validate(options.getResource(), CheckMode.ALL, options.getCancelIndicator() == null ? CancelIndicator.NullImpl
						: options.getCancelIndicator());
			}
			int offset = document.getOffSet(d.getRange().getStart());
			for (Issue issue : issues) {
				if (code.equals(issue.getCode()) && issue.getOffset() != null && issue.getOffset() == offset && issue.getData() != null
						&& issue.getData().length > 0) {
					String written = document.getSubstring(d.getRange());
					String replacement = replacement(code, written, issue.getData()[0]);
					Lang lang = CheckSettings.of(options.getResource().getResourceSet()).lang();
					CodeAction action = new CodeAction(Messages.say(lang, "fix.set-to", replacement));
					action.setKind(CodeActionKind.QuickFix);
					action.setDiagnostics(List.of(d));
					action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(d.getRange(), replacement)))));
					actions.add(Either.forRight(action));
					break;
				}
			}
		}
		return actions;
	}

	/** A count word keeps what follows its numeral: 四大 → 三大. */
	static String replacement(String code, String written, String value) {
		if (CheckType.COUNT_MISMATCH.id().equals(code) && ChineseNumerals.leadingLength(written) > 0) {
			return value + written.substring(ChineseNumerals.leadingLength(written));
		}
		return value;
	}
}
