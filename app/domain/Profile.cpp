#include "Profile.h"

#include <QCoreApplication>

namespace chcloud {

QString Profile::secretAccount() const
{
    return id.toString(QUuid::WithoutBraces);
}

QString Profile::validationError() const
{
    const auto translate = [](const char *text) {
        return QCoreApplication::translate("chcloud::Profile", text);
    };
    if (label.trimmed().isEmpty())
        return translate("The profile needs a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return translate("The API address is not a valid URL.");
    if (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")
        return translate("The API address must start with https://.");
    if (!baseUrl.userInfo().isEmpty())
        return translate("The API address must not contain a user name or password.");
    if (keyId.trimmed().isEmpty())
        return translate("The profile needs an API key ID.");
    return {};
}

} // namespace chcloud
