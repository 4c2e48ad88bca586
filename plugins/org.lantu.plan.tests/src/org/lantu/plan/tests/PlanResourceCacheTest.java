package org.lantu.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lantu.plan.api.PlanChecker;
import org.lantu.plan.api.PlanReader;
import org.lantu.plan.edit.PlanResource;
import org.lantu.plan.edit.PlanResourceCache;
import org.lantu.plan.parser.DirectReader;
import org.lantu.plan.plan.Indicator;
import org.lantu.plan.plan.Plan;
import org.lantu.plan.resolve.PlanContents;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Xtext's per-file cache: on a plan read once it listens to the file alone, and still forgets what
 * it kept when the file's contents are replaced; on an editor's plan it hears a change of any object.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class PlanResourceCacheTest {

	@Inject
	ParseHelper<Plan> parser;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Inject
	IResourceScopeCache cache;

	@Inject
	OnChangeEvictingCache linkersCache;

	private static final String PLAN = """
			plan p
			indicator 总量（亿元）{ target 2025: 30 }
			indicator 甲（亿元）{ target 2025: 10 }
			indicator 乙（亿元）{ target 2025: 20 }
			sum 总量 = 甲 + 乙
			""";

	private static long listened(Plan plan) {
		long n = 0;
		for (var it = EcoreUtil.getAllContents(plan, true); it.hasNext();) {
			EObject o = (EObject) it.next();
			if (o.eAdapters().stream().anyMatch(a -> a instanceof OnChangeEvictingCache.CacheAdapter)) {
				n++;
			}
		}
		return n;
	}

	@Test
	void oneCacheForTheEngineAndTheLinker() {
		assertTrue(cache instanceof PlanResourceCache, cache.getClass().getName());
		assertTrue(linkersCache instanceof PlanResourceCache, linkersCache.getClass().getName());
	}

	@Test
	void aPlanReadOnceIsListenedToAsAFile() throws Exception {
		XtextResourceSet set = resourceSets.get();
		PlanResourceCache.readOnce(set);
		Plan plan = parser.parse(PLAN, set);
		Object value = cache.get("key", plan.eResource(), Object::new);
		assertEquals(0, listened(plan), "no object of the plan carries the cache");
		assertNotNull(EcoreUtil.getExistingAdapter(plan.eResource(), OnChangeEvictingCache.CacheAdapter.class), "the file does");
		assertTrue(value == cache.get("key", plan.eResource(), Object::new));
		plan.eResource().getContents().clear();
		assertFalse(value == cache.get("key", plan.eResource(), Object::new), "replacing the file's contents forgets");
	}

	@Test
	void aPlanReadDirectlyKeepsWhatItsReadingWorkedOut(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("p.plan"), PLAN);
		XtextResourceSet set = PlanChecker.create().resourceSet(PlanChecker.Options.DEFAULT, List.of(file));
		DirectReader.ask(set, 1);
		Resource r = PlanReader.load(set, file, new ArrayList<>());
		assertTrue(r instanceof PlanResource p && p.isReadDirectly() && r.isLoaded());
		// linking listed the file's objects (to describe the file for its own scope): EMF marking it loaded after that forgets nothing
		boolean[] listedAgain = { false };
		cache.get(PlanContents.class, r, () -> {
			listedAgain[0] = true;
			return List.of();
		});
		assertFalse(listedAgain[0], "the listing made while the plan was read is kept");
		r.getContents().clear();
		assertNotNull(cache.get(PlanContents.class, r, () -> {
			listedAgain[0] = true;
			return List.of();
		}));
		assertTrue(listedAgain[0], "replacing its contents still forgets");
	}

	@Test
	void anEditorsPlanIsListenedToEverywhere() throws Exception {
		Plan plan = parser.parse(PLAN, resourceSets.get());
		Object value = cache.get("key", plan.eResource(), Object::new);
		assertTrue(listened(plan) > 4, "every object carries the cache");
		Indicator part = EcoreUtil2.eAllOfType(plan, Indicator.class).get(1);
		part.setName("丙");
		assertFalse(value == cache.get("key", plan.eResource(), Object::new), "a change of one object forgets");
	}
}
