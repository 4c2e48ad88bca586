package org.lantu.plan.eclipse.studio;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.lantu.plan.eclipse.commands.PublishPreferences;
import org.lantu.plan.eclipse.core.Log;
import org.lantu.plan.eclipse.core.Ui;
import org.lantu.plan.eclipse.server.SharedServer;
import org.lantu.plan.evaluate.CheckSettings;
import org.lantu.plan.render.docx.OfficialFonts;

/**
 * Window → Preferences → 蓝图: the tolerance of 约/左右 (as {@code lantu check --tolerance}), the
 * strict reading of 超过 ({@code --strict}) and the language of the messages ({@code --lang}), which
 * OK hands to the in-process server (it checks the workspace's plans again with them); the fonts
 * the Word documents name ({@code --font-names}), a folder of fonts for the PDFs ({@code --fonts}),
 * and whether the Word documents leave out the plan's source ({@code --no-plan}).
 */
public class LantuPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public LantuPreferencePage() {
		super(GRID);
		setDescription(Ui.say("studio.prefs.description"));
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, Log.BUNDLE);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor tolerance = new StringFieldEditor(LantuPreferences.TOLERANCE, Ui.say("studio.prefs.tolerance"), 10, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return CheckSettings.parseTolerance(getStringValue()).isPresent();
			}
		};
		tolerance.setErrorMessage(Ui.say("studio.prefs.tolerance.invalid"));
		addField(tolerance);
		addField(new BooleanFieldEditor(LantuPreferences.STRICT, Ui.say("studio.prefs.strict"), getFieldEditorParent()));
		addField(new ComboFieldEditor(LantuPreferences.LANG, Ui.say("studio.prefs.lang"),
				new String[][] { { Ui.say("studio.prefs.lang.auto"), "" }, { "中文", "zh" }, { "English", "en" } }, getFieldEditorParent()));
		StringFieldEditor fontNames = new StringFieldEditor(PublishPreferences.FONT_NAMES, Ui.say("studio.prefs.font-names"), getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					OfficialFonts.OFFICE.with(getStringValue());
					return true;
				} catch (OfficialFonts.BadOverride e) {
					setErrorMessage(Ui.say("studio.prefs.font-names.invalid", e.getMessage()));
					return false;
				}
			}
		};
		fontNames.setEmptyStringAllowed(true);
		addField(fontNames);
		DirectoryFieldEditor fonts = new DirectoryFieldEditor(PublishPreferences.FONTS, Ui.say("studio.prefs.fonts"), getFieldEditorParent());
		fonts.setEmptyStringAllowed(true);
		addField(fonts);
		addField(new BooleanFieldEditor(PublishPreferences.NO_PLAN, Ui.say("studio.prefs.no-plan"), getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		if (ok) {
			LantuPreferences.applyTo(SharedServer.get());
		}
		return ok;
	}
}
