#pragma once

#include "domain/Secret.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace chcloud {

class ClipboardGuard;
class SecretLineEdit;
class ServicePasswordVault;

/// Shows a service's new password the one time it exists on this side: after a
/// create or a password reset. Copy puts it on the clipboard through the
/// ClipboardGuard, which takes it off again after 30 s if it is still there;
/// "Store in keychain" keeps it through the vault (when there is one). Closing
/// the dialog wipes it; nothing can show it again. The field is masked until
/// "Show" and, shown or not, cannot be selected or copied from: the copy button
/// is the only way out.
class PasswordRevealDialog : public QDialog
{
    Q_OBJECT

public:
    /// guard and vault are not owned; guard must outlive the dialog, vault may be null.
    PasswordRevealDialog(const QString &serviceId, const QString &serviceName, Secret password, ClipboardGuard *guard,
                         ServicePasswordVault *vault, QWidget *parent = nullptr);
    ~PasswordRevealDialog() override;

    /// The password field's text (for tests: the password was delivered).
    QString shownPassword() const;

private:
    void copyPassword();
    void storePassword();
    void setStatus(const QString &text, bool problem);

    QString m_serviceId;
    Secret m_password;
    QPointer<ClipboardGuard> m_guard;
    QPointer<ServicePasswordVault> m_vault;
    SecretLineEdit *m_field;
    QPushButton *m_copy;
    QPushButton *m_store;
    QLabel *m_status;
};

} // namespace chcloud
