#include "TagsTab.h"

#include "TagsEditor.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/TagListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

TagsTab::TagsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_tagModel(new TagListModel(this))
    , m_tagsApply(new QPushButton(tr("Apply"), this))
    , m_tagsError(errorLabel(this, u"tagsApplyError"_s))
{
    m_tagsApply->setObjectName(u"tagsApplyButton"_s);
    guardChange(m_tagsApply);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_tagsApply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new TagsEditor(m_tagModel, this));
    layout->addWidget(m_tagsError);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_tagModel, &TagListModel::tagsChanged, this,
            [this] { m_tagsApply->setEnabled(m_tagModel->isModified()); });
    connect(m_tagsApply, &QPushButton::clicked, this, &TagsTab::applyTags);
}

void TagsTab::clearErrors()
{
    setError(m_tagsError, {});
}

void TagsTab::showService(const Service &service, bool resetEditors)
{
    if (resetEditors || !m_tagModel->isModified())
        m_tagModel->reset(service.tags);
    m_tagsApply->setEnabled(m_tagModel->isModified());
}

void TagsTab::applyTags()
{
    const QString serviceId = details()->serviceId();
    if (serviceId.isEmpty() || !m_tagModel->isModified())
        return;
    track(services()->updateTags(serviceId, m_tagModel->patch()), m_tagsApply, m_tagsError, tr("Tags updated."),
          [this](const Service &service) { m_tagModel->reset(service.tags); });
}

} // namespace chcloud
