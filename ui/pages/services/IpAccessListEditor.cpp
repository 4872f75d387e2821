#include "IpAccessListEditor.h"

#include "IpSourceValidator.h"
#include "domain/IpAccess.h"
#include "domain/Validation.h"
#include "viewmodels/IpAccessListModel.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

IpAccessListEditor::IpAccessListEditor(IpAccessListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_source(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_add(new QPushButton(ThemedIcon::icon(u"add"_s), tr("Add"), this))
    , m_addAnywhere(new QPushButton(tr("Allow from anywhere…"), this))
    , m_remove(new QPushButton(ThemedIcon::icon(u"delete"_s), tr("Remove"), this))
    , m_sourceError(new QLabel(this))
    , m_warning(new QLabel(this))
{
    m_table->setObjectName(u"ipAccessListTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);

    m_source->setObjectName(u"ipSourceEdit"_s);
    m_source->setAccessibleName(tr("IP address or CIDR"));
    m_source->setPlaceholderText(tr("IP address or CIDR, e.g. 203.0.113.0/24"));
    m_source->setValidator(new IpSourceValidator(m_source));
    m_description->setObjectName(u"ipDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Description (optional)"));
    m_add->setObjectName(u"ipAddButton"_s);
    m_addAnywhere->setObjectName(u"ipAddAnywhereButton"_s);
    m_addAnywhere->setToolTip(tr("Adds 0.0.0.0/0: every address on the internet may connect."));
    m_remove->setObjectName(u"ipRemoveButton"_s);
    m_sourceError->setObjectName(u"ipSourceError"_s);
    StatusColors::mark(m_sourceError, StatusColors::Status::Problem);
    m_sourceError->setWordWrap(true);
    m_warning->setObjectName(u"ipListWarning"_s);
    m_warning->setWordWrap(true);
    StatusColors::mark(m_warning, StatusColors::Status::Warning);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_source, 3);
    entryRow->addWidget(m_description, 2);
    entryRow->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_addAnywhere);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(entryRow);
    layout->addWidget(m_sourceError);
    layout->addLayout(buttons);
    layout->addWidget(m_warning);

    connect(m_source, &QLineEdit::textChanged, this, &IpAccessListEditor::updateSourceFeedback);
    connect(m_source, &QLineEdit::returnPressed, this, &IpAccessListEditor::addTypedEntry);
    connect(m_add, &QPushButton::clicked, this, &IpAccessListEditor::addTypedEntry);
    connect(m_remove, &QPushButton::clicked, this, &IpAccessListEditor::removeSelected);
    connect(m_addAnywhere, &QPushButton::clicked, this, &IpAccessListEditor::addAnywhere);
    connect(m_model, &IpAccessListModel::entriesChanged, this, &IpAccessListEditor::updateWarning);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    updateSourceFeedback();
    updateWarning();
    m_remove->setEnabled(false);
}

void IpAccessListEditor::updateSourceFeedback()
{
    const QString text = m_source->text().trimmed();
    const QString problem = text.isEmpty() ? QString() : validation::ipSource(text);
    m_sourceError->setText(problem);
    m_sourceError->setVisible(!problem.isEmpty());
    m_add->setEnabled(!text.isEmpty() && problem.isEmpty());
    StatusColors::mark(m_source, problem.isEmpty() ? StatusColors::Status::None : StatusColors::Status::Problem);
}

void IpAccessListEditor::updateWarning()
{
    QString warning;
    if (m_model->isEmpty())
        warning = tr("The list is empty: the service accepts no traffic from anywhere.");
    else if (m_model->allowsAnywhere())
        warning = tr("The list is open to anywhere (0.0.0.0/0 or ::/0): every address on the internet may connect.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void IpAccessListEditor::addTypedEntry()
{
    const QString problem = m_model->addEntry(m_source->text(), m_description->text());
    if (!problem.isEmpty()) {
        m_sourceError->setText(problem);
        m_sourceError->setVisible(true);
        return;
    }
    m_source->clear();
    m_description->clear();
}

void IpAccessListEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_model->removeEntry(rows.first().row());
}

void IpAccessListEditor::addAnywhere()
{
    const IpAccessListEntry anywhere = IpAccess::anywhereEntry(tr("Anywhere"));
    m_model->addEntry(anywhere.source, anywhere.description);
}

} // namespace chcloud
