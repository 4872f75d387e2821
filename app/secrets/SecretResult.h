#pragma once

#include <QString>

namespace chcloud {

/// How a secret operation ended, in the terms a caller acts on.
enum class SecretStatus {
    Ok,
    NotFound, ///< no secret under that account (trusted only when the keychain is known to work)
    NoKeychain, ///< no keychain answers: no session bus, no Secret Service, no default collection
    AccessDenied, ///< the keychain is locked or the user refused
    TimedOut, ///< the keychain did not answer within the app's timeout (e.g. a prompt waits on a display)
    Other, ///< anything else; `detail` carries the backend's text
};

/// The outcome of one secret operation: a status, a translated sentence for the
/// UI and the backend's own text for diagnostics. Never contains the secret.
struct SecretResult
{
    SecretStatus status = SecretStatus::Ok;
    QString message; ///< translated, complete sentence for the user; empty for Ok
    QString detail; ///< the backend's untranslated error text, if any

    bool isOk() const { return status == SecretStatus::Ok; }

    static SecretResult ok();
    static SecretResult notFound();
    static SecretResult noKeychain(const QString &detail);
    static SecretResult accessDenied(const QString &detail);
    static SecretResult timedOut(int timeoutMs);
    static SecretResult other(const QString &detail);
    /// TimedOut without asking: an earlier keychain request still has not answered.
    static SecretResult stillWaiting();

    /// A stable English name of a status ("ok", "not found", …) for logs and test output.
    static QString statusName(SecretStatus status);
};

} // namespace chcloud
