# The user's preferences, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
    preferences/Preferences.h preferences/Preferences.cpp
    preferences/PreferencesNotifier.h preferences/PreferencesNotifier.cpp
)
