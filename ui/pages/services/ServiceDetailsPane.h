#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace chcloud {

class ClipboardGuard;
class IpAccessListModel;
class ServiceDetailsTab;
class ServiceDetailsViewModel;
class ServicesViewModel;
class TagListModel;

/// The right-hand side of the Services page: everything about the selected
/// service, one tab widget per subject (ServiceOverviewTab, NetworkingTab,
/// ScalingTab, TagsTab, BackupsTab, SettingsTab,
/// QueryEndpointTab). The pane tells the tabs about the selection
/// and asks the tab on screen to load what it shows. Edits are staged in each
/// tab's editor and sent with that tab's Apply; an Apply resets only that tab.
class ServiceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    ServiceDetailsPane(ServicesViewModel *services, ServiceDetailsViewModel *details, ClipboardGuard *clipboard,
                       QWidget *parent = nullptr);

    IpAccessListModel *ipAccessListModel() const;
    TagListModel *tagModel() const;

    /// The tabs' stable names ("overview", "networking", "scaling", "tags",
    /// "backups"…), in the order they are shown.
    QStringList tabNames() const;
    /// Brings the named tab forward; false when there is none.
    bool showTab(const QString &name);
    /// Whether the tab on screen shows what it loads (data or error); true without a selection.
    bool isCurrentTabLoaded() const;
    /// Why the signed-in key may not change the selected service, or empty: every
    /// tab keeps its Apply, Save and Delete buttons disabled with it as tooltip.
    void setChangeRefusal(const QString &refusal);

Q_SIGNALS:
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &text);

private:
    void addTab(ServiceDetailsTab *tab, const QString &name, const QString &title);
    void showSelection();
    void activateCurrentTab();

    QPointer<ServicesViewModel> m_services;
    QPointer<ServiceDetailsViewModel> m_details;
    QLabel *m_title;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QList<ServiceDetailsTab *> m_tabList;
    QStringList m_tabNames;
    IpAccessListModel *m_ipModel = nullptr;
    TagListModel *m_tagModel = nullptr;
};

} // namespace chcloud
