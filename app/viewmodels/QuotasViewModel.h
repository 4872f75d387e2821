#pragma once

#include "QuotasModel.h"
#include "RemoteViewModel.h"

namespace chcloud {

/// The organization's quotas with their usage (organizationQuotasGetList), for the
/// Organization page; one visible-priority request per refresh.
class QuotasViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit QuotasViewModel(QObject *parent = nullptr);

    QuotasModel *model() const { return m_model; }
    /// The quota of that code ("services-per-organization"), once loaded.
    std::optional<OrganizationQuota> quota(const QString &quotaCode) const { return m_model->quota(quotaCode); }
    /// Loads at background priority unless loaded or loading for this context
    /// (the service create dialog asks before it may send).
    void ensureLoadedInBackground();

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void quotasChanged();

protected:
    void clearData() override;

private:
    void load(RequestPriority priority);

    QuotasModel *m_model;
};

} // namespace chcloud
