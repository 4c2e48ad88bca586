package org.lantu.plan.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lantu.plan.evaluate.Value;
import org.lantu.plan.findings.Text;

/**
 * What the checks compared in one plan file: each written number (its {@code Quantity}) that took
 * part in a relation that was evaluated, and for each number a relation names but could not
 * evaluate, why. The checks record through {@link CheckFamily#covered} and
 * {@link CheckFamily#notCovered} when the run asks for it ({@code CheckSettings.recordsCoverage});
 * a value derived by a 合计 stands for the values it was derived from. The record is attached to
 * the file of the number, so a district plan's figures count as compared when the city plan that
 * imports them adds them up.
 */
public final class Coverage extends AdapterImpl {

	/**
	 * On a thread checking part of a plan in parallel with others: the records of that part, kept to be
	 * made in the order a serial check makes them (the first reason for a number stands, so the order
	 * matters).
	 */
	private static final ThreadLocal<List<Runnable>> DEFERRED = new ThreadLocal<>();

	private final Set<EObject> checked = ConcurrentHashMap.newKeySet();
	private final Map<EObject, Text> unchecked = new ConcurrentHashMap<>();

	/** The record of {@code resource}, or null if nothing was recorded there. */
	public static Coverage of(Resource resource) {
		return resource == null ? null : (Coverage) EcoreUtil.getExistingAdapter(resource, Coverage.class);
	}

	/** The record of {@code resource}, made if there is none. */
	static Coverage on(Resource resource) {
		synchronized (resource) {
			Coverage c = of(resource);
			if (c == null) {
				c = new Coverage();
				resource.eAdapters().add(c);
			}
			return c;
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == Coverage.class;
	}

	/** Whether the number written as {@code quantity} took part in an evaluated relation. */
	public boolean isChecked(EObject quantity) {
		return checked.contains(quantity);
	}

	/** Why a relation naming {@code quantity} could not be evaluated, or null (checked, or named by none). */
	public Text reason(EObject quantity) {
		return checked.contains(quantity) ? null : unchecked.get(quantity);
	}

	/**
	 * Runs {@code work}, keeping the records it makes in {@code records} rather than making them; run
	 * them, in order, to make them.
	 */
	static <T> T deferring(List<Runnable> records, Supplier<T> work) {
		DEFERRED.set(records);
		try {
			return work.get();
		} finally {
			DEFERRED.remove();
		}
	}

	/** Records that {@code v} (or, if derived, what it was derived from) took part in an evaluated relation. */
	static void checked(Value v) {
		if (v == null) {
			return;
		}
		List<Runnable> deferred = DEFERRED.get();
		if (deferred != null) {
			deferred.add(() -> checked(v));
			return;
		}
		if (v.derived()) {
			v.derivation().from().forEach(Coverage::checked);
		} else if (v.source() != null && v.source().eResource() != null) {
			on(v.source().eResource()).checked.add(v.source());
		}
	}

	/** Records that a relation naming {@code v} could not be evaluated, and why (the first reason stands). */
	static void unchecked(Value v, Text reason) {
		if (v == null) {
			return;
		}
		List<Runnable> deferred = DEFERRED.get();
		if (deferred != null) {
			deferred.add(() -> unchecked(v, reason));
			return;
		}
		if (v.derived()) {
			v.derivation().from().forEach(f -> unchecked(f, reason));
		} else if (v.source() != null && v.source().eResource() != null) {
			on(v.source().eResource()).unchecked.putIfAbsent(v.source(), reason);
		}
	}
}
