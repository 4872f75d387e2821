#include "IpAccess.h"

#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chcloud::IpAccess {

bool isAnywhereSource(const QString &source)
{
    const QString text = source.trimmed();
    if (!text.contains(u'/'))
        return false;
    const auto [address, prefix] = QHostAddress::parseSubnet(text);
    return prefix == 0 && !address.isNull();
}

bool isOpenToAnywhere(const QList<IpAccessListEntry> &list)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [](const IpAccessListEntry &entry) { return isAnywhereSource(entry.source); });
}

IpAccessListEntry anywhereEntry(const QString &description)
{
    return { u"0.0.0.0/0"_s, description };
}

} // namespace chcloud::IpAccess
