#include "TagsEditor.h"

#include "viewmodels/TagListModel.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

TagsEditor::TagsEditor(TagListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(ThemedIcon::icon(u"add"_s), tr("Add"), this))
    , m_remove(new QPushButton(ThemedIcon::icon(u"delete"_s), tr("Remove"), this))
    , m_problem(new QLabel(this))
{
    m_list->setObjectName(u"tagsList"_s);
    m_list->setModel(m_model);
    m_list->setMaximumHeight(90);
    m_key->setObjectName(u"tagKeyEdit"_s);
    m_key->setAccessibleName(tr("Tag key"));
    m_key->setPlaceholderText(tr("Key, e.g. environment"));
    m_value->setObjectName(u"tagValueEdit"_s);
    m_value->setAccessibleName(tr("Tag value"));
    m_value->setPlaceholderText(tr("Value (optional)"));
    m_add->setObjectName(u"tagAddButton"_s);
    m_remove->setObjectName(u"tagRemoveButton"_s);
    m_remove->setEnabled(false);
    m_problem->setObjectName(u"tagProblem"_s);
    StatusColors::mark(m_problem, StatusColors::Status::Problem);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_key, 2);
    row->addWidget(m_value, 2);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &TagsEditor::addTag);
    connect(m_key, &QLineEdit::returnPressed, this, &TagsEditor::addTag);
    connect(m_value, &QLineEdit::returnPressed, this, &TagsEditor::addTag);
    connect(m_remove, &QPushButton::clicked, this, &TagsEditor::removeSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_list->selectionModel()->hasSelection()); });
}

void TagsEditor::addTag()
{
    const QString problem = m_model->setTag(m_key->text(), m_value->text());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        m_key->clear();
        m_value->clear();
    }
}

void TagsEditor::removeSelected()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_model->removeTag(rows.first().row());
}

} // namespace chcloud
