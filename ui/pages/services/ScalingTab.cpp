#include "ScalingTab.h"

#include "ScalingEditor.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicesViewModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ScalingTab::ScalingTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_scaling(new ScalingEditor(this))
    , m_scalingApply(new QPushButton(tr("Apply"), this))
    , m_scalingError(errorLabel(this, u"scalingApplyError"_s))
{
    m_scalingApply->setObjectName(u"scalingApplyButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_scalingApply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scaling);
    layout->addWidget(m_scalingError);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_scaling, &ScalingEditor::changed, this,
            [this] { m_scalingApply->setEnabled(m_scaling->problem().isEmpty()); });
    connect(m_scalingApply, &QPushButton::clicked, this, &ScalingTab::applyScaling);
}

void ScalingTab::clearErrors()
{
    setError(m_scalingError, {});
}

void ScalingTab::showService(const Service &service, bool resetEditors)
{
    if (resetEditors)
        m_scaling->setService(service);
}

void ScalingTab::applyScaling()
{
    const QString serviceId = details()->serviceId();
    if (serviceId.isEmpty())
        return;
    track(services()->updateScaling(serviceId, m_scaling->request()), m_scalingApply, m_scalingError,
          tr("Scaling updated."), [this](const Service &service) { m_scaling->setService(service); });
}

} // namespace chcloud
