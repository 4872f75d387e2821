#include "ServiceDetailsTab.h"

#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "widgets/StatusColors.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceDetailsTab::ServiceDetailsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_details(details)
{
}

void ServiceDetailsTab::showService(const Service &service, bool resetEditors)
{
    Q_UNUSED(service)
    Q_UNUSED(resetEditors)
}

void ServiceDetailsTab::track(ServiceOperation *operation, QPushButton *button, QLabel *label,
                              const QString &successText, const std::function<void(const Service &)> &resetApplied)
{
    button->setEnabled(false);
    setError(label, {});
    connect(operation, &ServiceOperation::finished, this, [this, operation, button, label, successText, resetApplied] {
        button->setEnabled(true);
        if (!operation->isSuccess()) {
            setError(label, operation->errorText()); // empty when it was cancelled
            return;
        }
        Q_EMIT statusMessage(successText);
        // Only the editor that was applied starts again from the server's copy, and
        // only while its service is still the one shown.
        const auto service = m_details ? m_details->service() : std::nullopt;
        if (!service || service->id != operation->serviceId())
            return;
        if (resetApplied)
            resetApplied(*service);
        showService(*service, false);
    });
}

QLabel *ServiceDetailsTab::errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server error texts
    label->setWordWrap(true);
    StatusColors::mark(label, StatusColors::Status::Problem);
    label->hide();
    return label;
}

QLabel *ServiceDetailsTab::problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server texts
    label->setWordWrap(true);
    // The warning colour chosen for the palette it is drawn on, light or dark.
    StatusColors::mark(label, StatusColors::Status::Warning);
    label->hide();
    return label;
}

void ServiceDetailsTab::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString ServiceDetailsTab::orDash(const QString &text)
{
    return text.isEmpty() ? QCoreApplication::translate("chcloud::ServiceDetailsPane", "—") : text;
}

} // namespace chcloud
