#include "SecretResult.h"

#include <QCoreApplication>

namespace chcloud {

SecretResult SecretResult::ok()
{
    return {};
}

SecretResult SecretResult::notFound()
{
    return { SecretStatus::NotFound,
             QCoreApplication::translate("chcloud::SecretResult", "No saved secret was found for this profile."),
             {} };
}

SecretResult SecretResult::noKeychain(const QString &detail)
{
    return { SecretStatus::NoKeychain,
             QCoreApplication::translate("chcloud::SecretResult",
                                         "No system keychain is available, so the API key secret cannot be saved. "
                                         "You can still sign in for this session only; the secret is then forgotten "
                                         "when the application quits."),
             detail };
}

SecretResult SecretResult::accessDenied(const QString &detail)
{
    return { SecretStatus::AccessDenied,
             QCoreApplication::translate(
                 "chcloud::SecretResult",
                 "The system keychain refused access. It may be locked: unlock it and try again."),
             detail };
}

SecretResult SecretResult::timedOut(int timeoutMs)
{
    const int seconds = qMax(1, (timeoutMs + 999) / 1000);
    return { SecretStatus::TimedOut,
             QCoreApplication::translate(
                 "chcloud::SecretResult",
                 "The system keychain did not answer within %n second(s). It may be waiting for "
                 "you to unlock it.",
                 nullptr, seconds),
             {} };
}

SecretResult SecretResult::other(const QString &detail)
{
    return {
        SecretStatus::Other,
        QCoreApplication::translate("chcloud::SecretResult", "The system keychain reported an error: %1").arg(detail),
        detail
    };
}

SecretResult SecretResult::stillWaiting()
{
    return { SecretStatus::TimedOut,
             QCoreApplication::translate(
                 "chcloud::SecretResult",
                 "The system keychain is still busy with an earlier request, which may be waiting for "
                 "you to unlock it. Try again once it has answered."),
             QStringLiteral("an earlier keychain job has not finished") };
}

QString SecretResult::statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return QStringLiteral("ok");
    case SecretStatus::NotFound:
        return QStringLiteral("not found");
    case SecretStatus::NoKeychain:
        return QStringLiteral("no keychain");
    case SecretStatus::AccessDenied:
        return QStringLiteral("access denied");
    case SecretStatus::TimedOut:
        return QStringLiteral("timed out");
    case SecretStatus::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace chcloud
