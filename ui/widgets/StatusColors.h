#pragma once

#include "viewmodels/ItemStatus.h"

#include <QColor>
#include <QPalette>

class QWidget;

namespace chcloud {

/// The few colours that say something (a problem, a warning, a success, a
/// service's state), chosen for the palette they are drawn on: darker tones on a
/// light window, lighter ones on a dark window, each with a contrast of at least
/// 4.5 against the palette's Window, Base and AlternateBase in the application's
/// light and dark appearances. Everything else comes from the palette itself.
namespace StatusColors {

using Status = ItemStatus;

/// The look of a state badge: a tinted fill and the text on it.
enum class Tone { Success, PartlySuccess, Neutral, Info, Transition, Removing, Removed, Warning, Problem, Unknown };

struct Badge
{
    QColor background;
    QColor foreground;
};

/// True when palette's window is darker than its text.
bool isDark(const QPalette &palette);
/// Text in that status on palette's Window or Base; the palette's own text colour for None.
QColor text(Status status, const QPalette &palette);
/// The same for the application's palette now.
QColor text(Status status);
/// A badge for palette (the application's by default).
Badge badge(Tone tone, const QPalette &palette);
Badge badge(Tone tone);
/// A warning panel's fill and text (a notice that must stand out, e.g. "shown only once").
Badge panel(Status status, const QPalette &palette);
/// Colour `index` of a chart's series, distinct from its neighbours and readable on palette's Base.
QColor series(int index, const QPalette &palette);
/// The colour of a chart's "everything else" series.
QColor seriesRest(const QPalette &palette);

/// Draws widget's text (WindowText and Text) in that status's colour, None
/// giving it back the palette's own; it follows later changes of the
/// application palette (Light, Dark, System) by itself.
void mark(QWidget *widget, Status status);
/// Fills widget's background with the status's panel colour and its text with the
/// matching foreground; follows the application palette like mark().
void markPanel(QWidget *widget, Status status);

/// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &first, const QColor &second);

} // namespace StatusColors

} // namespace chcloud
