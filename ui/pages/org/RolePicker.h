#pragma once

#include "viewmodels/RoleChoice.h"

#include <QList>
#include <QListWidget>

namespace chcloud {

/// A checkable list of roles. Custom roles may be combined; the legacy roles
/// (Admin, Developer) are exclusive, so checking one unchecks the other.
class RolePicker : public QListWidget
{
    Q_OBJECT

public:
    explicit RolePicker(QWidget *parent = nullptr);

    /// Lists choices, checking those whose name or ID is in checked.
    void setChoices(const QList<RoleChoice> &choices, const QStringList &checked = {});
    QList<RoleChoice> checkedChoices() const;
    RoleAssignment assignment() const { return RoleAssignment::fromChoices(checkedChoices()); }
    /// Checks the role with this ID or name (tests and defaults); false when absent.
    bool check(const QString &idOrName, bool checked = true);

Q_SIGNALS:
    void checkedRolesChanged();

private:
    void onItemChanged(QListWidgetItem *item);

    QList<RoleChoice> m_choices;
    bool m_updating = false;
};

} // namespace chcloud
