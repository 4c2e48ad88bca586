package org.lantu.plan.edit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.OnChangeEvictingCache;

/**
 * Xtext's per-file cache (what is worked out once per version of a file: its analysis, its
 * listing, its scope). Xtext's forgets a file's values when any object in it changes, and to hear
 * that it attaches itself to every object of the file. A file read once — by the command line, the
 * Maven plugin, publishing: a resource set with the {@link #READ_ONCE} load option — is never
 * changed after it is read and linked, so there the cache listens to the file alone (it still
 * forgets when the file is unloaded or its contents replaced). That saves an adapter on every
 * object and the notifications each later change of a feature would create. Nor does it forget,
 * when EMF marks a file read by {@code DirectReader} as loaded, what was worked out while the
 * file was read and linked (its listing, its names, its scope): the contents were all there by
 * then, and the checks would work it all out again. An editor's files keep Xtext's behaviour.
 */
public class PlanResourceCache extends OnChangeEvictingCache {

	/** Load option of a resource set whose plans are read once and never changed. */
	public static final String READ_ONCE = PlanResourceCache.class.getName() + ".readOnce";

	/** Marks {@code set} as holding plans read once. */
	public static void readOnce(ResourceSet set) {
		set.getLoadOptions().put(READ_ONCE, Boolean.TRUE);
	}

	@Override
	protected CacheAdapter createCacheAdapter() {
		return new CacheAdapter() {
			@Override
			protected void addAdapter(Notifier notifier) {
				if (!(getTarget() instanceof Resource r && isReadOnce(r))) {
					super.addAdapter(notifier);
				}
			}

			@Override
			protected boolean isSemanticStateChange(Notification notification) {
				if (notification.getNotifier() instanceof Resource r && notification.getFeatureID(Resource.class) == Resource.RESOURCE__IS_LOADED
						&& notification.getNewBooleanValue() && isReadOnce(r) && r instanceof PlanResource plan && plan.isReadDirectly()) {
					return false;
				}
				return super.isSemanticStateChange(notification);
			}
		};
	}

	private static boolean isReadOnce(Resource r) {
		ResourceSet set = r.getResourceSet();
		return set != null && Boolean.TRUE.equals(set.getLoadOptions().get(READ_ONCE));
	}
}
