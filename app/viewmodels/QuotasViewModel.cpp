#include "QuotasViewModel.h"

#include "api/CloudApi.h"

namespace chcloud {

QuotasViewModel::QuotasViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new QuotasModel(this))
{
}

void QuotasViewModel::clearData()
{
    m_model->setQuotas({});
    Q_EMIT quotasChanged();
}

void QuotasViewModel::ensureLoadedInBackground()
{
    // Known already, or on its way; a failed load is tried again.
    if (isBusy() || (isLoaded() && errorText().isEmpty()))
        return;
    load(RequestPriority::Background);
}

void QuotasViewModel::refresh()
{
    load(RequestPriority::Visible);
}

void QuotasViewModel::load(RequestPriority priority)
{
    CloudApi *cloud = api();
    beginLoad();
    if (!cloud)
        return endLoad(tr("Not signed in."));
    const quint64 generation = this->generation();
    track(cloud->organizationQuotasGetList(organizationId(), priority, this,
                                           [this, generation](ApiResult<QList<OrganizationQuota>> result) {
                                               if (!isCurrent(generation))
                                                   return;
                                               if (!result)
                                                   return endLoad(result.error());
                                               m_model->setQuotas(std::move(result).value());
                                               Q_EMIT quotasChanged();
                                               endLoad();
                                           }));
}

} // namespace chcloud
