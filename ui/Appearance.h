#pragma once

#include "preferences/Preferences.h"

#include <QPalette>

namespace chcloud {

/// Light, dark or the platform's colours for the whole application. The
/// platform palette is remembered the first time a choice is applied, so
/// "System" can return to it after "Dark" within one run.
class Appearance
{
public:
    /// Sets the application palette for `appearance`.
    static void apply(Preferences::Appearance appearance);
    /// The palette `appearance` stands for.
    static QPalette palette(Preferences::Appearance appearance);
    /// True when the palette's window is darker than its text.
    static bool isDark(const QPalette &palette);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace chcloud
