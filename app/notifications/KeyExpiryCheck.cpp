#include "KeyExpiryCheck.h"

#include "api/CloudApi.h"
#include "domain/ApiKey.h"

#include <algorithm>

namespace chcloud {

KeyExpiryCheck::KeyExpiryCheck(QObject *parent)
    : RemoteViewModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void KeyExpiryCheck::clearData()
{
    m_expiring.clear();
}

void KeyExpiryCheck::refresh()
{
    CloudApi *cloud = api();
    if (!cloud || organizationId().isEmpty())
        return;
    beginLoad();
    const quint64 generation = this->generation();
    track(cloud->openapiKeyGetList(organizationId(), RequestPriority::Background, this,
                                   [this, generation](ApiResult<json::RowList<ApiKey>> result) {
                                       if (!isCurrent(generation))
                                           return;
                                       if (!result.hasValue()) {
                                           endLoad(result.error());
                                           return;
                                       }
                                       const QDateTime now = m_now();
                                       const QDateTime limit = now.addDays(m_thresholdDays);
                                       QList<ExpiringKey> expiring;
                                       for (const ApiKey &key : result.value().rows) {
                                           if (!key.expireAt || *key.expireAt <= now || *key.expireAt > limit)
                                               continue;
                                           const bool current = !m_authKeyId.isEmpty() && !key.keySuffix.isEmpty()
                                               && m_authKeyId.endsWith(key.keySuffix);
                                           expiring.append({ key.id, key.name, *key.expireAt, current });
                                       }
                                       std::sort(expiring.begin(), expiring.end(),
                                                 [](const ExpiringKey &a, const ExpiringKey &b) {
                                                     return a.expireAt < b.expireAt;
                                                 });
                                       m_expiring = expiring;
                                       endLoad();
                                       Q_EMIT checked(m_expiring);
                                   }));
}

} // namespace chcloud
