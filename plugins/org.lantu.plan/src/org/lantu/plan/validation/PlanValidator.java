package org.lantu.plan.validation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator.State;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator.StateAccess;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator Xtext calls: each family of checks is its own small class, composed here, so
 * every front end (command line, language server, Eclipse) runs the same checks. Each check method
 * is called through a {@link CheckMethod}.
 */
@ComposedChecks(validators = { UnitChecks.class, NamingChecks.class, TableChecks.class, NumberingChecks.class, SumChecks.class,
		ShareChecks.class, RatioChecks.class, GrowthChecks.class, TimeChecks.class, SpaceChecks.class, ProjectChecks.class, ClaimChecks.class, ReferenceChecks.class })
public class PlanValidator extends AbstractPlanValidator {

	@Override
	protected MethodWrapper createMethodWrapper(AbstractDeclarativeValidator instance, Method method) {
		return new CheckMethod(instance, method);
	}

	/**
	 * One {@code @Check} method, called as Xtext's declarative validator calls it, without the cost of
	 * its way: Xtext makes the method accessible, calls it by reflection and sets and removes the
	 * family's thread-local state around every call, for every method and every object checked (about
	 * a fifth of checking a large plan). Here the method is looked up once as a method handle, and each
	 * family keeps one state per thread ({@link StateAccess}, Xtext's public way to it), filled for the
	 * call and emptied after it, so that nothing of a plan stays reachable from a thread.
	 * <p>
	 * What a check sees is unchanged: the current object, method, check type, mode, context and chain
	 * ({@code getCurrentObject()}, {@code error(…)}); errors are flagged on the state Xtext passed in, and
	 * what the method throws goes to the family's {@code handleExceptionDuringValidation}, while the state
	 * still names the object and method. A check run inside another check on the same thread (none does
	 * today) finds the outer call's state restored after it.
	 */
	static final class CheckMethod extends MethodWrapper {

		private static final MethodType CALL = MethodType.methodType(void.class, Object.class, Object.class);

		private final MethodHandle handle;
		private final CheckType checkType;
		private final StateAccess family;

		CheckMethod(AbstractDeclarativeValidator instance, Method method) {
			super(instance, method);
			try {
				method.setAccessible(true);
				this.handle = MethodHandles.lookup().unreflect(method).asType(CALL);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException("check method " + method + " cannot be called", e);
			}
			this.checkType = method.getAnnotation(Check.class).value();
			// the family's state, as Xtext's own tests reach it: setting the acceptor it has changes nothing
			this.family = instance.setMessageAcceptor(instance.getMessageAcceptor());
		}

		@Override
		public void invoke(State state) {
			if (!state.checkMode.shouldCheck(checkType)) {
				return;
			}
			State own = family.getState();
			if (own == state) {
				call(state);
				return;
			}
			DiagnosticChain chain = own.chain;
			EObject object = own.currentObject;
			Method method = own.currentMethod;
			CheckMode mode = own.checkMode;
			CheckType type = own.currentCheckType;
			boolean errors = own.hasErrors;
			Map<Object, Object> context = own.context;
			own.chain = state.chain;
			own.currentObject = state.currentObject;
			own.checkMode = state.checkMode;
			own.context = state.context;
			own.hasErrors = false;
			try {
				call(own);
			} finally {
				state.hasErrors |= own.hasErrors;
				own.chain = chain;
				own.currentObject = object;
				own.currentMethod = method;
				own.checkMode = mode;
				own.currentCheckType = type;
				own.hasErrors = errors;
				own.context = context;
			}
		}

		/** Calls the method on the state's object, with {@code state} the family's current one. */
		private void call(State state) {
			state.currentMethod = getMethod();
			state.currentCheckType = checkType;
			try {
				handle.invokeExact((Object) getInstance(), (Object) state.currentObject);
			} catch (Throwable failure) {
				handleInvocationTargetException(failure, state);
			}
		}
	}
}
