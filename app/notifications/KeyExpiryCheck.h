#pragma once

#include "viewmodels/RemoteViewModel.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace chcloud {

/// A key of the organization that expires soon.
struct ExpiringKey
{
    QString id; ///< ApiKey.id (a UUID, not the authentication key ID; no secret)
    QString name;
    QDateTime expireAt;
    bool isCurrentKey = false; ///< probably the key this profile signs in with
};

/// Reads the organization's keys at background priority and says which expire
/// within the warning threshold (not those already expired, which the keys page
/// shows, nor those without an expiry). One load per refresh(); nothing polls here.
class KeyExpiryCheck : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit KeyExpiryCheck(QObject *parent = nullptr);

    /// Keys expiring at most this many days from now count.
    void setThresholdDays(int days) { m_thresholdDays = days; }
    int thresholdDays() const { return m_thresholdDays; }
    /// The authentication key ID of the session, to mark its key (by its suffix).
    void setAuthKeyId(const QString &keyId) { m_authKeyId = keyId; }
    /// The time now (UTC); tests give a fixed one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// The keys that expire soon, from the last successful load.
    const QList<ExpiringKey> &expiringKeys() const { return m_expiring; }

public Q_SLOTS:
    /// Lists the keys at background priority; ends with checked() on success.
    void refresh() override;

Q_SIGNALS:
    /// A load succeeded; keys are those expiring within the threshold, soonest first.
    void checked(const QList<chcloud::ExpiringKey> &keys);

protected:
    void clearData() override;

private:
    int m_thresholdDays = 7;
    QString m_authKeyId;
    std::function<QDateTime()> m_now;
    QList<ExpiringKey> m_expiring;
};

} // namespace chcloud
