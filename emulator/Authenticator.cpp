#include "Authenticator.h"

#include "ApiExchange.h"
#include "Seeder.h"
#include "Store.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

Authenticator::Authenticator(Store &store)
    : m_store(store)
{
}

Authenticator::Result Authenticator::authenticate(const ApiRequest &request)
{
    const QByteArray header = request.authorization.trimmed();
    if (header.isEmpty())
        return { nullptr, u"missing Authorization header (HTTP Basic with key ID and secret)"_s };
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return { nullptr, u"only HTTP Basic authentication is supported"_s };
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return { nullptr, u"malformed Basic credentials"_s };
    const QString keyId = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    ApiKey *key = m_store.keyByIdHash(Seeder::hashOf(keyId));
    if (!key || key->keySecretHash != Seeder::hashOf(secret))
        return { nullptr, u"invalid API key ID or secret"_s };
    if (key->state != u"enabled"_s)
        return { nullptr, u"the API key is disabled"_s };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (key->expireAt.isValid() && key->expireAt <= now)
        return { nullptr, u"the API key has expired"_s };
    key->usedAt = now;
    return { key, {} };
}

} // namespace chcloud::emulator
