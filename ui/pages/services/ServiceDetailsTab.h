#pragma once

#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicesViewModel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace chcloud {

class ServiceOperation;

/// One tab of the service details pane. The pane tells every tab when another
/// service is selected and when the selected one changes; a tab keeps its own
/// staged edits, so an Apply on one tab resets only that tab's editor.
class ServiceDetailsTab : public QWidget
{
    Q_OBJECT

public:
    ServiceDetailsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    /// Another service was selected (or none): drop the errors shown for the previous one.
    virtual void clearErrors() { }
    /// The selected service as the list knows it now; resetEditors after a new
    /// selection (staged edits of the previous service go), false on a refresh
    /// (staged edits stay).
    virtual void showService(const Service &service, bool resetEditors);
    /// The tab came on screen (or the selection changed while it is on screen):
    /// load what it shows unless already loaded.
    virtual void activate() { }
    /// Whether what activate() loads is on screen (data or error).
    virtual bool isLoaded() const { return true; }
    /// Why the signed-in key may not change this service ("Your API key lacks the
    /// permission …"), or empty when it may or nobody knows. While there is a
    /// reason, the tab's buttons that change the service stay disabled with it as
    /// their tooltip, whatever the tab's own state would allow.
    void setChangeRefusal(const QString &refusal);

Q_SIGNALS:
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &text);

protected:
    ServicesViewModel *services() const { return m_services; }
    ServiceDetailsViewModel *details() const { return m_details; }

    /// Runs operation, disabling button until it ends; shows errors in errorLabel
    /// (a cancellation is none). On success resetApplied gets the updated service
    /// to reset the one editor that was applied, then showService() runs again.
    void track(ServiceOperation *operation, QPushButton *button, QLabel *errorLabel, const QString &successText,
               const std::function<void(const Service &)> &resetApplied = {});

    /// Marks a button that changes the service (Apply, Save, Delete…) for setChangeRefusal().
    void guardChange(QPushButton *button);
    bool eventFilter(QObject *watched, QEvent *event) override;

    /// A hidden label for a server or validation error under an editor.
    static QLabel *errorLabel(QWidget *parent, const QString &objectName);
    /// A hidden label for a problem or a warning about an input, in the warning
    /// colour for the palette (StatusColors), so it reads in every appearance.
    static QLabel *problemLabel(QWidget *parent, const QString &objectName);
    /// Shows text in label; hides the label when text is empty.
    static void setError(QLabel *label, const QString &text);
    /// "—" for an empty text.
    static QString orDash(const QString &text);

private:
    QPointer<ServicesViewModel> m_services;
    QPointer<ServiceDetailsViewModel> m_details;
    QList<QPointer<QPushButton>> m_changeButtons;
    QString m_refusal;
    bool m_forcing = false; ///< setChangeRefusal() itself is changing the buttons
};

} // namespace chcloud
