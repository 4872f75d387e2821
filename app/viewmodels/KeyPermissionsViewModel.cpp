#include "KeyPermissionsViewModel.h"

#include "api/CloudApi.h"

namespace chcloud {

KeyPermissionsViewModel::KeyPermissionsViewModel(QObject *parent)
    : RemoteViewModel(parent)
{
}

void KeyPermissionsViewModel::clearData()
{
    m_requested = false;
    m_key.reset();
    m_roles.reset();
    if (m_permissions.isKnown()) {
        m_permissions = {};
        Q_EMIT permissionsChanged(m_permissions);
    }
}

void KeyPermissionsViewModel::ensureLoaded()
{
    if (!m_requested)
        refresh();
}

void KeyPermissionsViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud || m_authKeyId.isEmpty())
        return;
    m_requested = true;
    m_key.reset();
    m_roles.reset();
    const quint64 generation = this->generation();
    beginLoad();
    track(cloud->openapiKeyGetList(organizationId(), RequestPriority::Background, this,
                                   [this, generation](ApiResult<json::RowList<ApiKey>> result) {
                                       if (!isCurrent(generation))
                                           return;
                                       std::optional<ApiKey> match;
                                       if (result) {
                                           int matches = 0;
                                           for (const ApiKey &key : result.value().rows) {
                                               if (key.matchesKeyId(m_authKeyId)) {
                                                   ++matches;
                                                   match = key;
                                               }
                                           }
                                           // Two keys with the same suffix: which one is ours is a guess.
                                           if (matches != 1)
                                               match.reset();
                                       }
                                       m_key = match;
                                       result ? endLoad() : endLoad(result.error());
                                       finishIfComplete(generation);
                                   }));
    beginLoad();
    track(cloud->organizationRolesGetList(organizationId(), RequestPriority::Background, this,
                                          [this, generation](ApiResult<json::RowList<Role>> result) {
                                              if (!isCurrent(generation))
                                                  return;
                                              // Without the roles, assigned roles read as unknown.
                                              m_roles = result ? result.value().rows : QList<Role> {};
                                              result ? endLoad() : endLoad(result.error());
                                              finishIfComplete(generation);
                                          }));
}

void KeyPermissionsViewModel::finishIfComplete(quint64 generation)
{
    if (!isCurrent(generation) || !m_key || !m_roles)
        return;
    const KeyPermissions computed = *m_key ? KeyPermissions::compute(**m_key, *m_roles) : KeyPermissions {};
    if (computed == m_permissions)
        return;
    m_permissions = computed;
    Q_EMIT permissionsChanged(m_permissions);
}

} // namespace chcloud
