#pragma once

#include "ServiceDetailsTab.h"

namespace chcloud {

class TagListModel;

/// The service's tags, staged in the editor and sent with Apply.
class TagsTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    TagsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    TagListModel *tagModel() const { return m_tagModel; }

    void clearErrors() override;
    void showService(const Service &service, bool resetEditors) override;

private:
    void applyTags();

    TagListModel *m_tagModel;
    QPushButton *m_tagsApply;
    QLabel *m_tagsError;
};

} // namespace chcloud
