package org.lantu.plan.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's linker, able to link one part of a plan: after a partial read, the new elements and the
 * references elsewhere that lost their target are linked again, by name, and nothing else
 * ({@link PlanResource}).
 */
public class PlanLinker extends LazyLinker {

	/**
	 * Links {@code part} and what it holds, keeping the rest of the plan's links and what the
	 * resource recorded while resolving them (the names it imports, which decide when another
	 * plan's change re-checks this one).
	 */
	public void linkPart(EObject part, IDiagnosticConsumer consumer) {
		doLinkModel(part, consumer);
	}
}
