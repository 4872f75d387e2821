#include "KeyQueryEndpointScan.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"

#include <QMetaObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

KeyQueryEndpointScan::KeyQueryEndpointScan(QString keyId, int maxServices, QObject *parent)
    : QObject(parent)
    , m_keyId(std::move(keyId))
    , m_maxServices(std::max(1, maxServices))
{
}

void KeyQueryEndpointScan::start(ApiSession *session, const QString &organizationId)
{
    if (m_started)
        return;
    m_started = true;
    CloudApi *cloud = session ? session->api() : nullptr;
    if (!cloud) {
        m_error = tr("Not signed in.");
        QMetaObject::invokeMethod(this, &KeyQueryEndpointScan::finish, Qt::QueuedConnection);
        return;
    }
    m_calls.add(cloud->instanceGetList(
        organizationId, {}, RequestPriority::Background, this,
        [this, cloud, organizationId](ApiResult<json::RowList<Service>> result) {
            if (m_finished)
                return;
            if (!result) {
                m_error = result.error().displayText();
                finish();
                return;
            }
            const QList<Service> services = std::move(result).value().rows;
            m_total = int(services.size());
            const int count = std::min(m_total, m_maxServices);
            m_outstanding = count;
            if (count == 0) {
                finish();
                return;
            }
            for (int i = 0; i < count; ++i) {
                const QString name = services.at(i).name.isEmpty() ? services.at(i).id : services.at(i).name;
                m_calls.add(cloud->instanceQueryEndpointGet(
                    organizationId, services.at(i).id, RequestPriority::Background, this,
                    [this, name](ApiResult<ServiceQueryEndpoint> endpoint) {
                        if (m_finished)
                            return;
                        if (endpoint) {
                            if (endpoint->openApiKeys.contains(m_keyId))
                                m_allowing.append(name);
                        } else if (endpoint.error().kind != ApiErrorKind::NotFound) {
                            // NotFound: the service has no query endpoint, so none lets the key in.
                            m_unreadable.append(tr("%1: %2").arg(name, endpoint.error().displayText()));
                        }
                        ++m_checked;
                        settleOne();
                    }));
            }
        }));
}

void KeyQueryEndpointScan::cancel()
{
    if (m_finished)
        return;
    m_calls.cancelAll();
    m_error = tr("Cancelled.");
    finish();
}

void KeyQueryEndpointScan::settleOne()
{
    if (--m_outstanding <= 0)
        finish();
}

void KeyQueryEndpointScan::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

QString KeyQueryEndpointScan::summary() const
{
    if (!m_error.isEmpty())
        return tr("The services could not be checked: %1").arg(m_error);
    if (m_total == 0)
        return tr("The organization has no services.");
    QStringList lines;
    if (m_allowing.isEmpty())
        lines.append(tr("No query endpoint among the services checked lets this key in."));
    else
        lines.append(tr("This key can query: %1.").arg(m_allowing.join(u", "_s)));
    lines.append(m_checked < m_total
                     ? tr("Checked %1 of %n services; the others were not read.", nullptr, m_total).arg(m_checked)
                     : tr("Checked all %n services.", nullptr, m_total));
    if (!m_unreadable.isEmpty())
        lines.append(tr("Could not read the query endpoint of: %1").arg(m_unreadable.join(u"; "_s)));
    return lines.join(u'\n');
}

} // namespace chcloud
