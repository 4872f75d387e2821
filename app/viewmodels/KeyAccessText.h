#pragma once

#include "domain/ApiKey.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chcloud {

/// What an API key may do, in words: "can create API keys", "read-only on
/// services", "manages service production-analytics". It reads the key's legacy
/// roles and the policies of the roles assigned to it; it says what the roles
/// say, not what the server will decide for a given request (that is for the
/// server alone). A role whose policies are not known (the roles list not loaded,
/// or a role missing from it) is named, not guessed at.
struct KeyAccessText
{
    Q_DECLARE_TR_FUNCTIONS(KeyAccessText)

public:
    /// One phrase per thing the key may (or, for a DENY rule, may not) do, in the
    /// order its roles give them, without repeats.
    QStringList phrases;
    /// Where each phrase comes from, one line per role: "Role Admin: manages the organization, …".
    QStringList details;

    /// The first two phrases, and how many more ("+2 more"); "no roles" when there are none.
    QString shortText() const;
    /// Every line of details, for a tooltip.
    QString fullText() const;

    /// roles: the organization's roles (may be empty while unknown);
    /// serviceNames: service id → name (ids stand for themselves when missing).
    static KeyAccessText describe(const ApiKey &key, const QList<Role> &roles,
                                  const QHash<QString, QString> &serviceNames);
    /// The phrase for one permission on one resource, allowed or denied.
    static QString phrase(const QString &permission, const QString &resource, bool denied,
                          const QHash<QString, QString> &serviceNames);
    /// The phrases of one legacy role ("admin", "developer", "query_endpoints").
    static QStringList legacyPhrases(const QString &legacyRole);
};

} // namespace chcloud
