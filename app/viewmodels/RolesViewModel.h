#pragma once

#include "RemoteViewModel.h"
#include "RolesModel.h"
#include "domain/ApiKey.h"
#include "domain/Member.h"

#include <optional>

namespace chcloud {

/// The organization's system and custom roles with their policies and holders.
/// A refresh asks for three lists at once (roles, members, API keys: no more
/// requests however many roles there are) and shows the roles when all three
/// have answered; without the members or keys a holder keeps its id.
class RolesViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit RolesViewModel(QObject *parent = nullptr);

    RolesModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void rolesChanged();

protected:
    void clearData() override;

private:
    void showWhenComplete();

    RolesModel *m_model;
    int m_waiting = 0;
    std::optional<QList<Role>> m_roles;
    QList<Member> m_members;
    QList<ApiKey> m_keys;
};

} // namespace chcloud
