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

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void quotasChanged();

protected:
    void clearData() override;

private:
    QuotasModel *m_model;
};

} // namespace chcloud
