#pragma once

#include "api/ApiCall.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace chcloud {

class ApiSession;

/// Which services an API key can query through their query endpoints. The
/// endpoint of each service is a request of its own, so the scan is asked for by
/// the user, runs at background priority and reads at most `maxServices`
/// endpoints (the first services as listed); the answer says how many of how many
/// services were checked, and which could not be read, so a bounded answer is
/// never taken for the whole one. finished() is emitted exactly once.
class KeyQueryEndpointScan : public QObject
{
    Q_OBJECT

public:
    /// Endpoints read by one scan unless the caller says otherwise.
    static constexpr int defaultMaxServices = 10;

    KeyQueryEndpointScan(QString keyId, int maxServices, QObject *parent = nullptr);

    /// Lists the services, then reads their endpoints (at most maxServices).
    void start(ApiSession *session, const QString &organizationId);
    void cancel();

    QString keyId() const { return m_keyId; }
    bool isFinished() const { return m_finished; }
    /// Names of the checked services whose endpoint lets this key in.
    const QStringList &servicesAllowing() const { return m_allowing; }
    int checkedCount() const { return m_checked; }
    int serviceCount() const { return m_total; }
    /// Services whose endpoint could not be read (name: error).
    const QStringList &unreadable() const { return m_unreadable; }
    /// Set when the services could not be listed (nothing was checked).
    QString errorText() const { return m_error; }
    /// One translated paragraph for the user.
    QString summary() const;

Q_SIGNALS:
    void finished();

private:
    void finish();
    void settleOne();

    QString m_keyId;
    int m_maxServices;
    ApiCallGroup m_calls;
    QStringList m_allowing;
    QStringList m_unreadable;
    QString m_error;
    int m_checked = 0;
    int m_total = 0;
    int m_outstanding = 0;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace chcloud
