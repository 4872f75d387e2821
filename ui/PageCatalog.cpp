#include "PageCatalog.h"

namespace chcloud::PageCatalog {

QStringList pageNames()
{
    return { QStringLiteral("organization"), QStringLiteral("services"), QStringLiteral("keys"),
             QStringLiteral("members"),      QStringLiteral("activity"), QStringLiteral("usage") };
}

} // namespace chcloud::PageCatalog
