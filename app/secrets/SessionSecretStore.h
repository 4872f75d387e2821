#pragma once

#include "SecretStore.h"

#include <unordered_map>

namespace chcloud {

/// Secrets held in memory for this process only: for session-only profiles when
/// no keychain answers, and for sign-ins from environment variables or the demo.
/// Everything is wiped when the store is destroyed or clear() is called.
class SessionSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, SecretBytes secret) override;
    SecretJob *remove(const QString &account) override;

    bool isPersistent() const override { return false; }
    QString displayName() const override;

    /// Whether a secret is held under `account` (synchronous; never returns the secret).
    bool contains(const QString &account) const;
    /// Wipes every secret.
    void clear();

private:
    std::unordered_map<QString, SecretBytes> m_secrets;
};

} // namespace chcloud
