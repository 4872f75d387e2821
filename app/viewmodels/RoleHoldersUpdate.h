#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace chcloud {

/// Someone who may hold a role: a member or an API key, and whether it holds the
/// role now. The dialog that assigns a role lists these with checkboxes.
struct RoleHolder
{
    enum class Kind { Member, ApiKey };

    Kind kind = Kind::Member;
    QString id; ///< userId or ApiKey.id
    QString name; ///< what the user reads (member name or email, key name)
    bool holds = false;
    QStringList assignedRoleIds; ///< every role it holds now (sent back with the change)

    bool operator==(const RoleHolder &) const = default;
};

/// One "who holds this role" change sent on behalf of the user: one request per
/// member or key whose holding changes, each at interactive priority. Each holder
/// succeeds or fails on its own: nothing is rolled back, and results() says which
/// ones were changed, so the user sees exactly what the server now has.
/// finished() is emitted once, when every request has answered (also when there
/// was nothing to send, or the change was refused before sending).
class RoleHoldersUpdate : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        RoleHolder holder;
        bool added = false; ///< the change was to give the role (else to take it away)
        bool succeeded = false;
        QString errorText; ///< one translated line when it failed
    };

    RoleHoldersUpdate(QString roleId, QObject *parent = nullptr);

    QString roleId() const { return m_roleId; }
    bool isFinished() const { return m_finished; }
    /// Set when the change was refused before anything was sent.
    QString refusal() const { return m_refusal; }
    const QList<Result> &results() const { return m_results; }
    int failedCount() const;
    int succeededCount() const;
    /// One translated paragraph: what was changed and what failed, holder by holder.
    QString summary() const;

    // Used by RolesViewModel.
    void refuse(const QString &why);
    /// A request for `holder` is on its way.
    int expect(const RoleHolder &holder, bool added);
    void settle(int index, bool succeeded, const QString &errorText);
    /// No more requests will be added: finishes now if none is outstanding.
    void sealed();

Q_SIGNALS:
    /// Emitted once.
    void finished();

private:
    void finishIfDone();

    QString m_roleId;
    QString m_refusal;
    QList<Result> m_results;
    int m_outstanding = 0;
    bool m_sealed = false;
    bool m_finished = false;
};

} // namespace chcloud
