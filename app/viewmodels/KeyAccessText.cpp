#include "KeyAccessText.h"

#include "domain/KeyPermissions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

void appendOnce(QStringList &list, const QString &text)
{
    if (!text.isEmpty() && !list.contains(text))
        list.append(text);
}

} // namespace

QString KeyAccessText::shortText() const
{
    if (phrases.isEmpty())
        return tr("no roles");
    const int shown = int(std::min<qsizetype>(2, phrases.size()));
    QString text = phrases.mid(0, shown).join(u", "_s);
    const int more = int(phrases.size()) - shown;
    if (more > 0)
        text += u", "_s + tr("+%n more", nullptr, more);
    return text;
}

QString KeyAccessText::fullText() const
{
    if (details.isEmpty())
        return tr("This key holds no roles.");
    return details.join(u'\n');
}

QString KeyAccessText::phrase(const QString &permission, const QString &resource, bool denied,
                              const QHash<QString, QString> &serviceNames)
{
    const qsizetype slash = resource.indexOf(u'/');
    const QString type = slash < 0 ? resource : resource.left(slash);
    const QString id = slash < 0 ? QString() : resource.mid(slash + 1);
    const bool everything = id == u"*"_s || type == u"organization"_s;
    const QString service = serviceNames.value(id, id);
    const bool oneService = type == u"instance"_s && !everything;

    QString text;
    if (permission == KeyPermissions::organizationManage())
        text = tr("manages the organization and can create API keys");
    else if (permission == KeyPermissions::organizationView())
        text = tr("read-only on the organization");
    else if (permission == u"control-plane:organization:view-billing"_s)
        text = tr("sees billing");
    else if (permission == KeyPermissions::serviceManage())
        text = oneService ? tr("manages service %1").arg(service) : tr("manages all services");
    else if (permission == KeyPermissions::serviceView())
        text = oneService ? tr("read-only on service %1").arg(service) : tr("read-only on services");
    else if (permission == KeyPermissions::serviceQueryEndpoints())
        text = oneService ? tr("queries service %1 through its query endpoint").arg(service)
                          : tr("queries services through their query endpoints");
    else if (oneService)
        text = tr("“%1” on service %2").arg(permission, service);
    else
        text = tr("“%1” on %2").arg(permission, resource);
    return denied ? tr("denied: %1").arg(text) : text;
}

QStringList KeyAccessText::legacyPhrases(const QString &legacyRole)
{
    if (legacyRole == u"admin"_s)
        return { tr("can create API keys"), tr("manages the organization"), tr("manages all services") };
    if (legacyRole == u"developer"_s)
        return { tr("read-only on the organization"), tr("read-only on services") };
    if (legacyRole == u"query_endpoints"_s)
        return { tr("queries services through their query endpoints") };
    return { tr("legacy role “%1” (not known to this app)").arg(legacyRole) };
}

KeyAccessText KeyAccessText::describe(const ApiKey &key, const QList<Role> &roles,
                                      const QHash<QString, QString> &serviceNames)
{
    KeyAccessText result;
    for (const QString &legacy : key.roles) {
        const QStringList said = legacyPhrases(legacy);
        for (const QString &text : said)
            appendOnce(result.phrases, text);
        result.details.append(tr("Legacy role %1: %2").arg(legacy, said.join(u", "_s)));
    }
    for (const AssignedRole &assigned : key.assignedRoles) {
        const QString name = assigned.roleName.isEmpty() ? assigned.roleId : assigned.roleName;
        const Role *role = nullptr;
        for (const Role &candidate : roles) {
            if (candidate.id == assigned.roleId)
                role = &candidate;
        }
        if (!role) {
            const QString text = tr("holds role %1").arg(name);
            appendOnce(result.phrases, text);
            result.details.append(tr("Role %1: its policies are not known yet").arg(name));
            continue;
        }
        QStringList said;
        for (const RolePolicy &policy : role->policies) {
            const bool denied = policy.allowDeny.compare(u"DENY"_s, Qt::CaseInsensitive) == 0;
            const QStringList resources
                = policy.resources.isEmpty() ? QStringList { u"organization/*"_s } : policy.resources;
            for (const QString &permission : policy.permissions) {
                for (const QString &resource : resources)
                    appendOnce(said, phrase(permission, resource, denied, serviceNames));
            }
        }
        if (said.isEmpty())
            said.append(tr("nothing (the role has no permissions)"));
        for (const QString &text : std::as_const(said))
            appendOnce(result.phrases, text);
        result.details.append(tr("Role %1: %2").arg(name, said.join(u", "_s)));
    }
    return result;
}

} // namespace chcloud
