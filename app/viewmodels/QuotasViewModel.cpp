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

void QuotasViewModel::refresh()
{
    CloudApi *cloud = api();
    beginLoad();
    if (!cloud)
        return endLoad(tr("Not signed in."));
    const quint64 generation = this->generation();
    track(cloud->organizationQuotasGetList(organizationId(), RequestPriority::Visible, this,
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
