package org.lantu.plan.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls: each family of checks is its own small class, composed here, so
 * every front end (command line, language server, Eclipse) runs the same checks.
 */
@ComposedChecks(validators = { UnitChecks.class, NamingChecks.class, TableChecks.class, NumberingChecks.class, SumChecks.class,
		ShareChecks.class, RatioChecks.class, GrowthChecks.class, TimeChecks.class, SpaceChecks.class, ProjectChecks.class, ClaimChecks.class, ReferenceChecks.class })
public class PlanValidator extends AbstractPlanValidator {
}
