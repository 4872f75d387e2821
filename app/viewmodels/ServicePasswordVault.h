#pragma once

#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace chcloud {

class SecretStore;

/// Keeps a service's one-time password in the secret store, if the user asks:
/// account "service-password:<serviceId>". The store decides where it lives (the
/// system keychain, or this session only); there is no fallback to a file. When
/// the store fails, stored() says so in a sentence the dialog shows as it is.
class ServicePasswordVault : public QObject
{
    Q_OBJECT

public:
    explicit ServicePasswordVault(SecretStore *store, QObject *parent = nullptr);

    static QString accountFor(const QString &serviceId);

    /// False when there is no store to keep it in.
    bool isAvailable() const { return !m_store.isNull(); }
    /// "System keychain", "This session only", or empty without a store.
    QString storeName() const;
    bool isBusy() const { return m_busy; }

    /// Writes a copy of password under the service's account; ends with stored().
    void store(const QString &serviceId, const Secret &password);

Q_SIGNALS:
    /// The write ended: ok, or message says why not (translated, never the password).
    void stored(bool ok, const QString &message);

private:
    QPointer<SecretStore> m_store;
    bool m_busy = false;
};

} // namespace chcloud
