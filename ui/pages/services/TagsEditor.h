#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace chcloud {

class TagListModel;

/// Edits a service's tags (key and optional value): add or replace by key, remove.
/// The model holds the state; the editor never sends anything.
class TagsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagsEditor(TagListModel *model, QWidget *parent = nullptr);

private:
    void addTag();
    void removeSelected();

    TagListModel *m_model;
    QListView *m_list;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace chcloud
