package org.lantu.plan.validation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.lantu.plan.plan.PlanPackage;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, able to check one object without the objects it contains (the plan, a
 * chapter), so that the checks of an edited plan re-run element by element
 * ({@link PlanResourceValidator}).
 */
public class PlanDiagnostician extends CancelableDiagnostician {

	/** Context key: the object whose contents are not to be checked with it. */
	static final String WITHOUT_CONTENTS = PlanDiagnostician.class.getName() + ".withoutContents";

	@Inject
	public PlanDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	/**
	 * The types some check is declared for (the parameter of a {@code @Check} method of
	 * {@link PlanValidator} or a family it composes). Most objects of a plan (cells, properties,
	 * texts, year values) are of a type no check is declared for: they are walked through to their
	 * contents and not handed to the validators, which would each look for checks of their type and
	 * find none. This holds while the plan's package has no other validator (EMF's generic one is
	 * off: {@code PlanRuntimeModule.configureUseEObjectValidator}).
	 */
	private static final List<Class<?>> CHECKED_TYPES = checkedTypes();
	private static final Map<EClass, Boolean> CHECKED = new ConcurrentHashMap<>();

	private static List<Class<?>> checkedTypes() {
		List<Class<?>> validators = new ArrayList<>(List.of(PlanValidator.class));
		validators.addAll(Arrays.asList(PlanValidator.class.getAnnotation(ComposedChecks.class).validators()));
		Set<Class<?>> types = new LinkedHashSet<>();
		for (Class<?> validator : validators) {
			for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Method m : c.getDeclaredMethods()) {
					if (m.isAnnotationPresent(Check.class) && m.getParameterCount() == 1) {
						types.add(m.getParameterTypes()[0]);
					}
				}
			}
		}
		return List.copyOf(types);
	}

	/** Whether some check is declared for objects of this type (any type of another language's is handed on). */
	static boolean isChecked(EClass eClass) {
		return CHECKED.computeIfAbsent(eClass, c -> c.getEPackage() != PlanPackage.eINSTANCE || c.getInstanceClass() == null
				|| CHECKED_TYPES.stream().anyMatch(t -> t.isAssignableFrom(c.getInstanceClass())));
	}

	@Override
	protected boolean doValidate(EValidator validator, EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return !isChecked(eClass) || super.doValidate(validator, eClass, eObject, diagnostics, context);
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (context != null && context.get(WITHOUT_CONTENTS) == eObject) {
			return true;
		}
		return super.doValidateContents(eObject, diagnostics, context);
	}
}
