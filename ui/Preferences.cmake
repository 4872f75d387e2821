# Preferences, appearance and importing keys from other tools (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    Appearance.h Appearance.cpp
    Translations.h Translations.cpp
    dialogs/PreferencesDialog.h dialogs/PreferencesDialog.cpp
    dialogs/ClickhousectlImportDialog.h dialogs/ClickhousectlImportDialog.cpp
    PreferenceActions.h PreferenceActions.cpp
)
