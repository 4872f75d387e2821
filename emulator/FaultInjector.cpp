#include "FaultInjector.h"

#include "ApiExchange.h"

namespace chcloud::emulator {

FaultInjector::FaultInjector(FaultConfig config)
    : m_config(std::move(config))
{
}

bool FaultInjector::matches(const ApiRequest &request) const
{
    if (!m_config.methods.isEmpty() && !m_config.methods.contains(QString::fromLatin1(request.method)))
        return false;
    return m_config.pathContains.isEmpty() || request.path.contains(m_config.pathContains);
}

bool FaultInjector::takeOne(int &counter)
{
    if (counter <= 0)
        return false;
    --counter;
    return true;
}

FaultInjector::Plan FaultInjector::plan(const ApiRequest &request)
{
    Plan plan;
    if (!matches(request))
        return plan;
    plan.latencyMs = m_config.latencyMs;
    if (takeOne(m_config.dropNext)) {
        plan.drop = true;
    } else if (takeOne(m_config.failNext)) {
        plan.failStatus = m_config.failNextStatus;
    } else if (takeOne(m_config.force429Next)) {
        plan.force429 = true;
    } else if (takeOne(m_config.malformedNext)) {
        plan.malformed = true;
    } else if (takeOne(m_config.truncateNext)) {
        plan.truncate = true;
    } else if (m_config.dropRate > 0 && m_random.generateDouble() < m_config.dropRate) {
        plan.drop = true;
    } else if (m_config.errorRate > 0 && m_random.generateDouble() < m_config.errorRate) {
        plan.failStatus = m_config.errorStatuses.value(int(m_random.bounded(int(m_config.errorStatuses.size()))), 500);
    } else if (m_config.malformedRate > 0 && m_random.generateDouble() < m_config.malformedRate) {
        plan.malformed = true;
    } else if (m_config.truncateRate > 0 && m_random.generateDouble() < m_config.truncateRate) {
        plan.truncate = true;
    }
    return plan;
}

QByteArray FaultInjector::malformed(const QByteArray &body)
{
    return body.left(std::min<qsizetype>(body.size(), 24)) + "<<not json>> ,,]";
}

QByteArray FaultInjector::truncated(const QByteArray &body)
{
    return body.left(body.size() / 2);
}

} // namespace chcloud::emulator
