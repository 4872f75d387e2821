#pragma once

#include "ServicePartViewModel.h"
#include "domain/ApiKey.h"
#include "domain/QueryEndpoint.h"

#include <QStringList>

#include <optional>

namespace chcloud {

class QueryEndpointKeysModel;

/// The selected service's query API endpoint: whether it is enabled, which API
/// keys may use it (picked by name from the organization's keys, loaded with
/// it), its roles and allowed origins. save() enables it or replaces its
/// settings; disable() removes it.
class ServiceQueryEndpointViewModel : public ServicePartViewModel
{
    Q_OBJECT

public:
    explicit ServiceQueryEndpointViewModel(QObject *parent = nullptr);

    /// The endpoint as the server has it; nullopt while it is disabled (or not loaded).
    const std::optional<ServiceQueryEndpoint> &endpoint() const { return m_endpoint; }
    bool isEnabled() const { return m_endpoint.has_value(); }
    /// The keys to pick from; the checked ones are the endpoint's (staged until save()).
    QueryEndpointKeysModel *keys() const { return m_keys; }

    /// Enables the endpoint or replaces its settings with roles, the checked keys
    /// and origins (comma-separated). At least one role is needed.
    ServiceOperation *save(const QStringList &roles, const QString &allowedOrigins);
    ServiceOperation *disable();

    /// Why the request may not be sent, translated; empty when it may.
    static QString validate(const QueryEndpointRequest &request);

protected:
    void load(CloudApi *api, quint64 generation) override;
    void clearData() override;

private:
    void settle();

    QueryEndpointKeysModel *m_keys;
    std::optional<ServiceQueryEndpoint> m_endpoint;
    std::optional<QList<ApiKey>> m_keyList;
    bool m_endpointRead = false;
};

} // namespace chcloud
