#include "RolePicker.h"

namespace chcloud {

RolePicker::RolePicker(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QListWidget::itemChanged, this, &RolePicker::onItemChanged);
}

void RolePicker::setChoices(const QList<RoleChoice> &choices, const QStringList &checked)
{
    m_updating = true;
    clear();
    m_choices = choices;
    for (const RoleChoice &choice : choices) {
        auto *item = new QListWidgetItem(choice.name, this);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = checked.contains(choice.id) || checked.contains(choice.name);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (choice.legacy)
            item->setToolTip(tr("Organization-wide role (legacy roles: choose one)"));
    }
    m_updating = false;
    Q_EMIT checkedRolesChanged();
}

QList<RoleChoice> RolePicker::checkedChoices() const
{
    QList<RoleChoice> chosen;
    for (int i = 0; i < count() && i < m_choices.size(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            chosen.append(m_choices.at(i));
    }
    return chosen;
}

bool RolePicker::check(const QString &idOrName, bool checked)
{
    for (int i = 0; i < count() && i < m_choices.size(); ++i) {
        if (m_choices.at(i).id == idOrName || m_choices.at(i).name == idOrName) {
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void RolePicker::onItemChanged(QListWidgetItem *changed)
{
    if (m_updating)
        return;
    const int changedRow = row(changed);
    if (changedRow >= 0 && changedRow < m_choices.size() && m_choices.at(changedRow).legacy
        && changed->checkState() == Qt::Checked) {
        m_updating = true;
        for (int i = 0; i < count() && i < m_choices.size(); ++i) {
            if (i != changedRow && m_choices.at(i).legacy)
                item(i)->setCheckState(Qt::Unchecked);
        }
        m_updating = false;
    }
    Q_EMIT checkedRolesChanged();
}

} // namespace chcloud
