#include "Profile.h"

#include <QCoreApplication>

namespace chcloud {

QString Profile::secretAccount() const
{
    return id.toString(QUuid::WithoutBraces);
}

QString Profile::validationError() const
{
    if (label.trimmed().isEmpty())
        return QCoreApplication::translate("chcloud::Profile", "The profile needs a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("chcloud::Profile", "The API address is not a valid URL.");
    if (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")
        return QCoreApplication::translate("chcloud::Profile", "The API address must start with https://.");
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate("chcloud::Profile",
                                           "The API address must not contain a user name or password.");
    if (keyId.trimmed().isEmpty())
        return QCoreApplication::translate("chcloud::Profile", "The profile needs an API key ID.");
    return {};
}

} // namespace chcloud
