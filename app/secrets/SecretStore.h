#pragma once

#include "SecretBytes.h"
#include "SecretJob.h"

#include <QObject>
#include <QString>

namespace chcloud {

/// Where the application keeps secrets (API key secrets), by account name.
///
/// Every call returns a SecretJob that ends exactly once (see SecretJob). The
/// returned job belongs to the store and deletes itself after finished(); if the
/// store is destroyed first, pending jobs go with it without finishing.
///
/// No implementation writes a secret to a file or to QSettings: there is the
/// system keychain (KeychainSecretStore) or memory (SessionSecretStore), and the
/// UI tells the user which one holds their secret.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    /// Reads the secret stored under `account`; on Ok the job holds it (takeSecret()).
    virtual SecretJob *read(const QString &account) = 0;
    /// Stores `secret` under `account`, replacing any previous one.
    virtual SecretJob *write(const QString &account, SecretBytes secret) = 0;
    /// Removes the secret under `account`. Removing what is not there ends Ok or
    /// NotFound, depending on the backend: both mean it is gone.
    virtual SecretJob *remove(const QString &account) = 0;

    /// False when secrets live only as long as this process.
    virtual bool isPersistent() const = 0;
    /// A short translated name for the UI: "System keychain", "This session only".
    virtual QString displayName() const = 0;

Q_SIGNALS:
    /// A write that had already ended TimedOut completed after all and stored its
    /// secret under `account`. Whoever asked for it has been told it failed and may
    /// have moved on (a session-only profile instead): the entry may be an orphan.
    void lateWriteLanded(const QString &account);
};

} // namespace chcloud
