package org.lantu.plan.eclipse.studio;

import java.io.IOException;
import java.net.URL;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.lantu.plan.eclipse.commands.UserGuideHandler;
import org.lantu.plan.eclipse.core.Log;

/**
 * Help → Help Contents in Lantu Studio, which has no help system of its own: the Lantu user guide
 * opens. Where another help system is installed (the plugin inside a full Eclipse), every request
 * goes to it, so Lantu never takes over an IDE's help.
 */
public class GuideHelpUI extends AbstractHelpUI {

	private AbstractHelpUI other;
	private boolean looked;

	/** Another workbench's help UI, if one is installed. */
	private synchronized AbstractHelpUI other() {
		if (!looked) {
			looked = true;
			for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.helpSupport")) {
				if (!getClass().getName().equals(e.getAttribute("class"))) {
					try {
						other = (AbstractHelpUI) e.createExecutableExtension("class");
						break;
					} catch (CoreException | ClassCastException ex) {
						Log.error("Could not start the help system of " + e.getContributor().getName(), ex);
					}
				}
			}
		}
		return other;
	}

	/** Asks the other help system, or opens the guide where there is none. */
	private void either(Consumer<AbstractHelpUI> request) {
		AbstractHelpUI help = other();
		if (help != null) {
			request.accept(help);
		} else {
			openGuide();
		}
	}

	@Override
	public void displayHelp() {
		either(AbstractHelpUI::displayHelp);
	}

	@Override
	public void displaySearch() {
		either(AbstractHelpUI::displaySearch);
	}

	@Override
	public void displayDynamicHelp() {
		either(AbstractHelpUI::displayDynamicHelp);
	}

	@Override
	public void search(String expression) {
		either(help -> help.search(expression));
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		if (other() != null) {
			other().displayContext(context, x, y);
		}
	}

	@Override
	public void displayHelpResource(String href) {
		either(help -> help.displayHelpResource(href));
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return other() != null && other().isContextHelpDisplayed();
	}

	@Override
	public URL resolve(String href, boolean documentOnly) {
		return other() != null ? other().resolve(href, documentOnly) : null;
	}

	private static void openGuide() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null) {
				try {
					UserGuideHandler.open(page);
				} catch (IOException | PartInitException e) {
					Log.error("Could not open the user guide", e);
				}
			}
		});
	}
}
