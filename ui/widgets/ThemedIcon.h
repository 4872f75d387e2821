#pragma once

#include <QIcon>
#include <QString>

namespace chcloud {

/// The application's line icons (":/icons/<name>.svg") in the palette's colours:
/// drawn in ButtonText (HighlightedText when selected, the disabled ButtonText
/// when disabled) of the application palette at the moment they are painted, so
/// they stay visible when the appearance switches between light and dark. The
/// SVG files draw in one template colour, which is what gets replaced; icons in
/// colours of their own (the state badges, the warning sign) keep them.
namespace ThemedIcon {

/// The icon for ":/icons/<name>.svg".
QIcon icon(const QString &name);
/// The colour the template colour of the SVG files is drawn in for mode.
QColor colorFor(QIcon::Mode mode);

} // namespace ThemedIcon

} // namespace chcloud
