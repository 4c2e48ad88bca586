package org.lantu.plan.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.lantu.plan.findings.Lang;
import org.lantu.plan.plan.Ack;
import org.lantu.plan.plan.Industry;
import org.lantu.plan.plan.Project;
import org.lantu.plan.plan.Referable;
import org.lantu.plan.plan.Sum;
import org.lantu.plan.plan.UnitDecl;
import org.lantu.plan.quantity.Units;

/**
 * What is known about one version of a plan file, worked out once and read by every check, hover and
 * publication: its objects in document order, its unit table, its 合计s by the elements they name,
 * its acks, the projects of each zone, and each element's evaluated {@link Facts}. One analysis
 * belongs to one version: {@link Analyser} keeps it in Xtext's per-file cache, which forgets it on
 * every edit. Each table is built the first time it is asked for, so a request that needs only the
 * units never evaluates a fact.
 * <p>
 * The facts depend on the settings that read qualifiers (the tolerance of 约) and on the language
 * derived values are described in; an analysis asked under other settings than it was built with
 * evaluates again. Safe for concurrent readers: a table built twice by two threads is built the same.
 */
public final class PlanAnalysis {

	private final Resource resource;
	private final List<EObject> contents;
	private volatile Units units;
	private volatile Map<EObject, List<Sum>> sums;
	private volatile List<Ack> acks;
	private volatile Map<EObject, List<Project>> projectsByZone;
	private volatile Evaluated evaluated = new Evaluated(null, null);

	/** The facts evaluated under one reading of qualifiers and one language. */
	private record Evaluated(BigDecimal tolerance, Lang lang, Map<EObject, Facts> stated, Map<EObject, Facts> full) {
		Evaluated(BigDecimal tolerance, Lang lang) {
			this(tolerance, lang, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}

		boolean under(BigDecimal tolerance, Lang lang) {
			return Objects.equals(this.tolerance, tolerance) && this.lang == lang;
		}
	}

	PlanAnalysis(Resource resource, List<EObject> contents) {
		this.resource = resource;
		this.contents = contents;
	}

	/** The file analysed. */
	public Resource resource() {
		return resource;
	}

	/** Every object of the file below the plan, in document order. */
	public List<EObject> contents() {
		return contents;
	}

	/** The objects of {@code type}, in document order. */
	public <T> List<T> contents(Class<T> type) {
		return contents.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The unit table in force: the built-in units plus the file's {@code unit} declarations. */
	public Units units() {
		Units u = units;
		if (u == null) {
			u = new Units();
			for (EObject o : contents) {
				if (o instanceof UnitDecl d && d.getName() != null) {
					u.declare(d.getName(), d.getFactor(), d.getBase(), d.getDimension());
				}
			}
			units = u;
		}
		return u;
	}

	/** The file's acks, in document order. */
	public List<Ack> acks() {
		List<Ack> a = acks;
		if (a == null) {
			acks = a = contents(Ack.class);
		}
		return a;
	}

	/** The projects with land in each zone. */
	public List<Project> projectsIn(EObject zone) {
		Map<EObject, List<Project>> by = projectsByZone;
		if (by == null) {
			Map<EObject, List<Project>> map = new IdentityHashMap<>();
			for (Project p : contents(Project.class)) {
				if (p.getZone() != null && p.getLand() != null) {
					map.computeIfAbsent(p.getZone(), z -> new ArrayList<>()).add(p);
				}
			}
			projectsByZone = by = Collections.unmodifiableMap(map);
		}
		return by.getOrDefault(zone, List.of());
	}

	/** The 合计s of the file that name {@code element} (an industry's also under its output indicator). */
	public List<Sum> sumsNaming(EObject element) {
		Map<EObject, List<Sum>> index = sums;
		if (index == null) {
			Map<EObject, Set<Sum>> by = new IdentityHashMap<>();
			for (EObject o : contents) {
				if (o instanceof Sum sum) {
					List<Referable> named = new ArrayList<>(sum.getParts());
					named.add(sum.getTotal());
					for (Referable r : named) {
						if (r == null || r.eIsProxy() || r.eResource() != resource) {
							continue;
						}
						by.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(sum);
						if (r instanceof Industry i && i.getOutput() != null && !i.getOutput().eIsProxy()) {
							by.computeIfAbsent(i.getOutput(), k -> new LinkedHashSet<>()).add(sum);
						}
					}
				}
			}
			Map<EObject, List<Sum>> built = new IdentityHashMap<>();
			by.forEach((k, v) -> built.put(k, List.copyOf(v)));
			sums = index = Collections.unmodifiableMap(built);
		}
		return index.getOrDefault(element, List.of());
	}

	/** The facts evaluated under these settings so far (forgotten when the settings differ from the last ones). */
	private Evaluated evaluated(BigDecimal tolerance, Lang lang) {
		Evaluated e = evaluated;
		if (!e.under(tolerance, lang)) {
			evaluated = e = new Evaluated(tolerance, lang);
		}
		return e;
	}

	/** The values stated for {@code element}, if evaluated before under these settings. */
	Facts stated(EObject element, BigDecimal tolerance, Lang lang) {
		return evaluated(tolerance, lang).stated().get(element);
	}

	void stated(EObject element, BigDecimal tolerance, Lang lang, Facts facts) {
		evaluated(tolerance, lang).stated().put(element, facts);
	}

	/** The values stated and derived for {@code element}, if evaluated before under these settings. */
	Facts facts(EObject element, BigDecimal tolerance, Lang lang) {
		return evaluated(tolerance, lang).full().get(element);
	}

	void facts(EObject element, BigDecimal tolerance, Lang lang, Facts facts) {
		evaluated(tolerance, lang).full().put(element, facts);
	}
}
