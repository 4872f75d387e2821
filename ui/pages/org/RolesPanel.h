#pragma once

#include <QGroupBox>

class QLabel;
class QTableView;

namespace chcloud {

class RolesViewModel;

/// The organization's system and custom roles on the Organization page: each
/// role's policies in words and who holds it (members and API keys by name).
/// Read-only for now: roles are created and changed elsewhere.
class RolesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RolesPanel(RolesViewModel *viewModel, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void updateState();

    RolesViewModel *m_viewModel;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace chcloud
