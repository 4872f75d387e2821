#include "ServiceDetailsTab.h"

#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServiceOperation.h"
#include "widgets/StatusColors.h"

#include <QCoreApplication>
#include <QEvent>
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

void ServiceDetailsTab::guardChange(QPushButton *button)
{
    m_changeButtons.append(button);
    button->installEventFilter(this);
}

void ServiceDetailsTab::setChangeRefusal(const QString &refusal)
{
    if (refusal == m_refusal)
        return;
    const bool wasRefused = !m_refusal.isEmpty();
    m_refusal = refusal;
    m_forcing = true;
    for (QPushButton *button : std::as_const(m_changeButtons)) {
        if (!button)
            continue;
        if (!refusal.isEmpty()) {
            // What the tab wants for it comes back when the refusal goes.
            if (!wasRefused) {
                button->setProperty("changeWanted", button->isEnabled());
                button->setProperty("changeToolTip", button->toolTip());
            }
            button->setEnabled(false);
            button->setToolTip(refusal);
        } else {
            button->setEnabled(button->property("changeWanted").toBool());
            button->setToolTip(button->property("changeToolTip").toString());
        }
    }
    m_forcing = false;
}

bool ServiceDetailsTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !m_forcing && !m_refusal.isEmpty()) {
        if (auto *button = qobject_cast<QPushButton *>(watched)) {
            // The tab changed its mind while the key may not change the service: note it, keep it off.
            button->setProperty("changeWanted", button->isEnabled());
            if (button->isEnabled()) {
                m_forcing = true;
                button->setEnabled(false);
                m_forcing = false;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
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
