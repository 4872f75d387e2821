#pragma once

#include <Qt>

namespace chcloud {

/// What a cell says about the thing it shows, for the view to colour: a
/// view-model names the meaning, the widgets pick a colour that reads on the
/// palette in use (ui/widgets/StatusColors). Models never return colours.
enum class ItemStatus { None, Problem, Warning, Success };

/// The item data role that carries an ItemStatus (as int). Far above the roles
/// the models number from Qt::UserRole + 1, so it cannot collide with one.
inline constexpr int ItemStatusRole = Qt::UserRole + 0x400;

} // namespace chcloud
