#include "RolesViewModel.h"

#include "api/CloudApi.h"

#include <QHash>

namespace chcloud {

RolesViewModel::RolesViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new RolesModel(this))
{
}

void RolesViewModel::clearData()
{
    m_waiting = 0;
    m_roles.reset();
    m_members.clear();
    m_keys.clear();
    m_model->setRoles({}, {});
    Q_EMIT rolesChanged();
}

void RolesViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud) {
        beginLoad();
        endLoad(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    m_waiting = 3;
    m_roles.reset();
    m_members.clear();
    m_keys.clear();
    beginLoad();
    beginLoad();
    beginLoad();
    track(cloud->organizationRolesGetList(organizationId(), RequestPriority::Visible, this,
                                          [this, generation](ApiResult<json::RowList<Role>> result) {
                                              if (!isCurrent(generation))
                                                  return;
                                              std::optional<ApiError> error;
                                              if (result)
                                                  m_roles = std::move(result).value().rows;
                                              else
                                                  error = result.error();
                                              --m_waiting;
                                              showWhenComplete();
                                              if (error)
                                                  endLoad(*error);
                                              else
                                                  endLoad();
                                          }));
    // The names of the holders: their absence is not an error, the ids still show.
    track(cloud->memberGetList(organizationId(), RequestPriority::Visible, this,
                               [this, generation](ApiResult<json::RowList<Member>> result) {
                                   if (!isCurrent(generation))
                                       return;
                                   if (result)
                                       m_members = std::move(result).value().rows;
                                   --m_waiting;
                                   showWhenComplete();
                                   endLoad();
                               }));
    track(cloud->openapiKeyGetList(organizationId(), RequestPriority::Visible, this,
                                   [this, generation](ApiResult<json::RowList<ApiKey>> result) {
                                       if (!isCurrent(generation))
                                           return;
                                       if (result)
                                           m_keys = std::move(result).value().rows;
                                       --m_waiting;
                                       showWhenComplete();
                                       endLoad();
                                   }));
}

void RolesViewModel::showWhenComplete()
{
    if (m_waiting > 0 || !m_roles)
        return;
    QHash<QString, QString> names;
    for (const Member &member : std::as_const(m_members))
        names.insert(QStringLiteral("user/") + member.userId, member.name.isEmpty() ? member.email : member.name);
    for (const ApiKey &key : std::as_const(m_keys))
        names.insert(QStringLiteral("apiKey/") + key.id, tr("API key %1").arg(key.name));
    m_model->setRoles(*m_roles, names);
    Q_EMIT rolesChanged();
}

} // namespace chcloud
