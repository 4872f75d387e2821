#pragma once

#include "Service.h"

#include <QList>
#include <QString>

namespace chcloud {

/// The one rule for "open to anywhere", shared by the keys table, the key
/// editor and the services page, so they never disagree about a list.
namespace IpAccess {

/// True for a source that lets every address of its family in: 0.0.0.0/0 or ::/0
/// (any spelling of a /0 prefix, surrounding blanks ignored).
bool isAnywhereSource(const QString &source);
/// True when some entry of the list lets every address in. An empty list denies
/// all traffic, so it is never open to anywhere.
bool isOpenToAnywhere(const QList<IpAccessListEntry> &list);
/// The entry written when a list is opened to every address: 0.0.0.0/0.
IpAccessListEntry anywhereEntry(const QString &description = {});

} // namespace IpAccess

} // namespace chcloud
