#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace chcloud {

class IpAccessListModel;

/// Edits an IP access list: the entries in a table, a source field checked as it
/// is typed (address or CIDR), a description, Add and Remove. It says plainly when
/// the list lets everyone in (0.0.0.0/0) and when it is empty (no traffic at all).
/// The model holds the state; the editor never sends anything.
class IpAccessListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IpAccessListEditor(IpAccessListModel *model, QWidget *parent = nullptr);

    IpAccessListModel *model() const { return m_model; }

private:
    void updateSourceFeedback();
    void updateWarning();
    void addTypedEntry();
    void removeSelected();
    void addAnywhere();

    IpAccessListModel *m_model;
    QTableView *m_table;
    QLineEdit *m_source;
    QLineEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_addAnywhere;
    QPushButton *m_remove;
    QLabel *m_sourceError;
    QLabel *m_warning;
};

} // namespace chcloud
