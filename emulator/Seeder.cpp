#include "Seeder.h"

#include "DeterministicRandom.h"
#include "Store.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QUuid>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

struct SeedContext
{
    Store &store;
    DeterministicRandom random;
    QDateTime now;
};

QDateTime daysAgo(const SeedContext &context, double days)
{
    QDateTime t = context.now.addSecs(qint64(-days * 86400.0));
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t;
}

void seedOrganization(SeedContext &context, const QString &name)
{
    Organization &org = context.store.organization();
    org.id = context.random.uuid();
    org.name = name;
    org.createdAt = daysAgo(context, 540);
    org.enableCoreDumps = true;
}

void seedRoles(SeedContext &context)
{
    struct RoleSpec
    {
        QString name;
        QString type;
        QStringList permissions;
        bool grantsAdmin;
    };
    const QList<RoleSpec> specs {
        { u"Admin"_s,
          u"system"_s,
          { u"control-plane:organization:manage"_s, u"control-plane:service:manage"_s },
          true },
        { u"Developer"_s,
          u"system"_s,
          { u"control-plane:organization:view"_s, u"control-plane:service:view"_s },
          false },
        { u"Billing"_s, u"system"_s, { u"control-plane:organization:view-billing"_s }, false },
        { u"Member"_s, u"system"_s, { u"control-plane:organization:view"_s }, false },
        { u"Query Endpoints"_s, u"system"_s, { u"control-plane:service:query-endpoints"_s }, false },
        { u"Service Admin"_s, u"system"_s, { u"control-plane:service:manage"_s }, false },
        { u"Service Read Only"_s, u"system"_s, { u"control-plane:service:view"_s }, false },
    };
    for (const RoleSpec &spec : specs) {
        const QString id = context.random.uuid();
        RolePolicy policy;
        policy.id = u"policy-"_s + id;
        policy.permissions = spec.permissions;
        policy.resources = { spec.grantsAdmin ? u"organization/*"_s : u"instance/*"_s };
        context.store.roles().append(Role { id, spec.name, spec.type, { policy }, daysAgo(context, 540), {} });
    }
}

void seedCustomRoles(SeedContext &context)
{
    const auto addRole = [&](const QString &name, const QStringList &permissions, const QString &resource,
                             double daysAgoCreated) {
        const QString id = context.random.uuid();
        RolePolicy policy;
        policy.id = u"policy-"_s + id;
        policy.permissions = permissions;
        policy.resources = { resource };
        context.store.roles().append(Role { id, name, u"custom"_s, { policy }, daysAgo(context, daysAgoCreated), {} });
    };
    addRole(u"Ops on-call"_s, { u"control-plane:organization:manage"_s, u"control-plane:service:manage"_s },
            u"organization/*"_s, 200);
    addRole(u"Read-only auditors"_s, { u"control-plane:organization:view"_s, u"control-plane:service:view"_s },
            u"instance/*"_s, 150);
}

/// A custom role scoped to one service, with a deny rule and SQL console tags, and a
/// query endpoint on the same service: the demo's Roles page and query endpoint editor
/// have something beyond the plain cases to show. Seeded last, so the earlier seed
/// data keeps its deterministic ids.
void seedScopedAccess(SeedContext &context, const QString &serviceName, const QString &roleKeyName,
                      const QString &endpointKeyName)
{
    Store &store = context.store;
    Service *service = nullptr;
    for (Service &s : store.services()) {
        if (s.name == serviceName)
            service = &s;
    }
    ApiKey *key = nullptr;
    const ApiKey *endpointKey = nullptr;
    for (ApiKey &k : store.keys()) {
        if (k.name == roleKeyName)
            key = &k;
        if (k.name == endpointKeyName)
            endpointKey = &k;
    }
    if (!service || !key || !endpointKey)
        return;
    const QString roleId = context.random.uuid();
    RolePolicy allow;
    allow.id = context.random.uuid();
    allow.permissions = { u"control-plane:service:view"_s, u"control-plane:service:query-endpoints"_s };
    allow.resources = { u"instance/"_s + service->id };
    allow.grants = { u"analytics"_s, u"reporting"_s };
    allow.roleV2 = u"sql-console-readonly"_s;
    RolePolicy deny;
    deny.id = context.random.uuid();
    deny.allowDeny = u"DENY"_s;
    deny.permissions = { u"control-plane:service:manage"_s };
    deny.resources = { u"instance/"_s + service->id };
    store.roles().append(Role {
        roleId, u"Analytics readers"_s, u"custom"_s, { allow, deny }, daysAgo(context, 30), daysAgo(context, 3) });
    key->assignedRoleIds.append(roleId);
    service->queryEndpoint
        = QueryEndpoint { context.random.uuid(),
                          { endpointKey->id },
                          { u"sql_console_read_only"_s },
                          u"https://dashboards.acme-analytics.example,https://grafana.acme-analytics.example"_s };
}

Member &addMember(SeedContext &context, const QString &name, const QString &email, const QString &role,
                  double joinedDaysAgo)
{
    Member member;
    member.userId = context.random.uuid();
    member.name = name;
    member.email = email;
    member.role = role;
    if (const Role *r = context.store.systemRoleForLegacy(role))
        member.assignedRoleIds.append(r->id);
    member.joinedAt = daysAgo(context, joinedDaysAgo);
    context.store.members().append(member);
    return context.store.members().last();
}

void addActivity(SeedContext &context, const QDateTime &at, const QString &type, const Actor &actor,
                 const QString &serviceId = {}, const QString &targetKeyId = {}, const QString &keyUpdateType = {})
{
    Activity activity;
    activity.id = context.random.uuid();
    activity.createdAt = at;
    activity.type = type;
    activity.actorType = actor.type;
    activity.actorId = actor.id;
    activity.actorDetails = actor.details;
    activity.actorIpAddress = actor.ipAddress;
    activity.userAgent = actor.userAgent;
    activity.serviceId = serviceId;
    activity.targetKeyId = targetKeyId;
    activity.keyUpdateType = keyUpdateType;
    context.store.activities().append(activity);
}

struct KeySpec
{
    QString name;
    QStringList legacyRoles;
    QString customRole;
    double createdDaysAgo;
    double expiresInDays; ///< 0 = never; negative = already expired
    double usedDaysAgo; ///< negative = never used
    bool disabled;
};

ApiKey &addKey(SeedContext &context, const KeySpec &spec, const QString &keyId, const QString &keySecret,
               const Member &creator)
{
    ApiKey key;
    key.id = context.random.uuid();
    key.name = spec.name;
    key.state = spec.disabled ? u"disabled"_s : u"enabled"_s;
    key.roles = spec.legacyRoles;
    context.store.syncKeyRolesFromLegacy(key);
    if (!spec.customRole.isEmpty()) {
        if (const Role *r = context.store.roleByName(spec.customRole))
            key.assignedRoleIds.append(r->id);
    }
    key.keyIdHash = Seeder::hashOf(keyId);
    key.keySuffix = keyId.right(4);
    key.keySecretHash = Seeder::hashOf(keySecret);
    key.createdAt = daysAgo(context, spec.createdDaysAgo);
    if (spec.expiresInDays != 0)
        key.expireAt = daysAgo(context, -spec.expiresInDays);
    if (spec.usedDaysAgo >= 0)
        key.usedAt = daysAgo(context, spec.usedDaysAgo);
    key.ipAccessList = { IpAccessEntry { u"0.0.0.0/0"_s, u"Anywhere"_s } };
    context.store.keys().append(key);
    addActivity(context, key.createdAt, u"key_create"_s, Store::userActor(creator), {}, key.id, u"created"_s);
    return context.store.keys().last();
}

struct ServiceSpec
{
    QString name;
    QString provider;
    QString region;
    QString state;
    QList<ResourceTag> tags;
    double createdDaysAgo;
    int minMemory;
    int maxMemory;
    int replicas;
    bool horizontal;
};

Service &addService(SeedContext &context, const ServiceSpec &spec, const Member &creator)
{
    Service service;
    service.id = context.random.uuid();
    service.name = spec.name;
    service.provider = spec.provider;
    service.region = spec.region;
    service.state = spec.state;
    service.clickhouseVersion = context.random.chance(0.5) ? u"25.8.1.8344"_s : u"25.6.2.6054"_s;
    service.host
        = context.random.token(10).toLower() + u"."_s + spec.region + u"."_s + spec.provider + u".clickhouse.cloud"_s;
    service.dataWarehouseId = context.random.uuid();
    service.createdAt = daysAgo(context, spec.createdDaysAgo);
    service.minReplicaMemoryGb = spec.minMemory;
    service.maxReplicaMemoryGb = spec.maxMemory;
    service.numReplicas = spec.replicas;
    if (spec.horizontal) {
        service.horizontalScaling = true;
        service.minReplicas = 2;
        service.maxReplicas = 6;
        service.replicaMemoryGb = spec.minMemory;
    }
    service.idleScaling = spec.state == u"idle"_s || context.random.chance(0.5);
    service.idleTimeoutMinutes = 15;
    service.tags = spec.tags;
    service.ipAccessList
        = { IpAccessEntry { u"203.0.113.0/24"_s, u"Office"_s }, IpAccessEntry { u"198.51.100.7"_s, u"VPN gateway"_s } };
    service.passwordHash = Seeder::hashOf(DeterministicRandom::secureToken(16));
    service.usageHistoryDays = context.store.usageHistoryDays();
    if (spec.state == u"stopped"_s)
        service.stoppedAtMs = 0;
    context.store.services().append(service);
    if (spec.createdDaysAgo <= 540)
        addActivity(context, service.createdAt, u"service_create"_s, Store::userActor(creator), service.id);
    return context.store.services().last();
}

ResourceTag tag(const QString &key, const QString &value)
{
    return ResourceTag { key, value, true };
}

/// Non-default ClickHouse settings, a scaling schedule and an upgrade window, so the
/// service's configuration tabs have something to show. Entry ids derive from the
/// service id (no draw from the seed's random sequence, which the rest relies on).
void seedServiceConfiguration(Service &service)
{
    service.clickhouseSettings
        = { { u"compatibility"_s, u"24.8"_s }, { u"async_insert"_s, u"1"_s }, { u"max_execution_time"_s, u"600"_s } };
    auto entryId = [&](const QString &name) {
        return QUuid::createUuidV5(QUuid::fromString(service.id), name).toString(QUuid::WithoutBraces);
    };
    ScalingScheduleEntry business;
    business.id = entryId(u"business-hours"_s);
    business.name = u"Business hours"_s;
    business.weekdays = { 1, 2, 3, 4, 5 };
    business.startHourUtc = 8;
    business.endHourUtc = 18;
    business.minReplicaMemoryGb = 32;
    business.maxReplicaMemoryGb = 64;
    business.minReplicas = business.maxReplicas = 3;
    ScalingScheduleEntry nightly;
    nightly.id = entryId(u"nightly-etl"_s);
    nightly.name = u"Nightly ETL"_s;
    nightly.weekdays = { 1, 2, 3, 4, 5 };
    nightly.startHourUtc = 22;
    nightly.endHourUtc = 4;
    nightly.minReplicaMemoryGb = 48;
    nightly.maxReplicaMemoryGb = 96;
    ScalingScheduleEntry weekend;
    weekend.id = entryId(u"weekend"_s);
    weekend.name = u"Weekend"_s;
    weekend.weekdays = { 0, 6 };
    weekend.startHourUtc = 0;
    weekend.endHourUtc = 24;
    weekend.minReplicaMemoryGb = weekend.maxReplicaMemoryGb = 16;
    weekend.minReplicas = weekend.maxReplicas = 2;
    weekend.hasIdleScaling = true;
    weekend.idleScaling = true;
    weekend.idleTimeoutMinutes = 30;
    service.scalingSchedule = { business, nightly, weekend };
    service.upgradeWindow = UpgradeWindow { 0, 6 }; // Sunday 06:00–12:00 UTC
}

void seedDemo(SeedContext &context, const Seeder::BootstrapKey &bootstrap)
{
    Store &store = context.store;
    seedOrganization(context, u"Acme Analytics"_s);
    seedRoles(context);
    seedCustomRoles(context);
    Member &alice = addMember(context, u"Alice Nguyen"_s, u"alice@acme-analytics.example"_s, u"admin"_s, 540);
    const Member aliceCopy = alice;
    Member &bob = addMember(context, u"Bob Martins"_s, u"bob@acme-analytics.example"_s, u"developer"_s, 400);
    const Member bobCopy = bob;
    Member &carla = addMember(context, u"Carla Diaz"_s, u"carla@acme-analytics.example"_s, u"admin"_s, 300);
    const Member carlaCopy = carla;
    addMember(context, u"Dev Patel"_s, u"dev@acme-analytics.example"_s, u"developer"_s, 120);
    Member &emma = addMember(context, u"Emma Rossi"_s, u"emma@acme-analytics.example"_s, u"developer"_s, 45);
    emma.assignedRoleIds.append(store.roleByName(u"Read-only auditors"_s)->id);
    for (const Member &m : std::as_const(store.members())) {
        if (m.userId != aliceCopy.userId)
            addActivity(context, m.joinedAt, u"organization_member_join"_s, Store::userActor(m));
    }
    addActivity(context, daysAgo(context, 540), u"create_organization"_s, Store::userActor(aliceCopy));

    const QList<ServiceSpec> services {
        { u"production-analytics"_s,
          u"aws"_s,
          u"us-east-1"_s,
          u"running"_s,
          { tag(u"env"_s, u"production"_s), tag(u"team"_s, u"data"_s) },
          400,
          16,
          64,
          3,
          false },
        { u"staging-analytics"_s,
          u"aws"_s,
          u"eu-west-1"_s,
          u"stopped"_s,
          { tag(u"env"_s, u"staging"_s) },
          300,
          8,
          32,
          2,
          false },
        { u"dev-sandbox"_s,
          u"gcp"_s,
          u"us-central1"_s,
          u"idle"_s,
          { tag(u"env"_s, u"dev"_s), ResourceTag { u"ephemeral"_s, {}, false } },
          200,
          8,
          16,
          1,
          false },
        { u"eu-reporting"_s,
          u"gcp"_s,
          u"europe-west4"_s,
          u"running"_s,
          { tag(u"env"_s, u"production"_s), tag(u"region"_s, u"eu"_s) },
          250,
          24,
          120,
          3,
          false },
        { u"ml-features"_s,
          u"azure"_s,
          u"eastus2"_s,
          u"running"_s,
          { tag(u"env"_s, u"production"_s), tag(u"team"_s, u"ml"_s) },
          150,
          32,
          32,
          2,
          true },
        { u"archive-cold"_s,
          u"azure"_s,
          u"germanywestcentral"_s,
          u"stopped"_s,
          { tag(u"env"_s, u"archive"_s) },
          350,
          8,
          16,
          1,
          false },
        { u"legacy-etl"_s,
          u"aws"_s,
          u"ap-southeast-2"_s,
          u"degraded"_s,
          { tag(u"team"_s, u"data"_s) },
          500,
          16,
          48,
          2,
          false },
        { u"new-ingest"_s,
          u"aws"_s,
          u"us-west-2"_s,
          u"provisioning"_s,
          { tag(u"env"_s, u"staging"_s) },
          0.01,
          8,
          24,
          2,
          false },
    };
    const Member *creators[] = { &aliceCopy, &carlaCopy, &bobCopy };
    int index = 0;
    for (const ServiceSpec &spec : services) {
        Service &service = addService(context, spec, *creators[index++ % 3]);
        if (spec.state == u"provisioning"_s)
            service.targetState = u"running"_s; // the state machine arms it at start
        if (spec.name == u"production-analytics"_s) {
            service.mysqlEndpoint = true;
            seedServiceConfiguration(service);
        }
        const QString id = service.id;
        const QString state = spec.state;
        if (state == u"stopped"_s) {
            addActivity(context, daysAgo(context, 20), u"service_stop"_s, Store::userActor(carlaCopy), id);
        } else if (state == u"running"_s) {
            addActivity(context, daysAgo(context, 60), u"service_stop"_s, Store::userActor(aliceCopy), id);
            addActivity(context, daysAgo(context, 59.9), u"service_start"_s, Store::userActor(aliceCopy), id);
            addActivity(context, daysAgo(context, 30), u"service_update_ip_access_list"_s, Store::userActor(bobCopy),
                        id);
        } else if (state == u"idle"_s) {
            addActivity(context, daysAgo(context, 0.5), u"service_idle"_s,
                        Actor { u"system"_s, u"system"_s, u"ClickHouse Cloud"_s, {}, {} }, id);
        }
    }

    // The bootstrap key first: the app finds "the key in use" by its suffix.
    addKey(context, KeySpec { u"Bootstrap admin"_s, { u"admin"_s }, {}, 100, 0, 0, false }, bootstrap.keyId,
           bootstrap.keySecret, aliceCopy);
    const QList<KeySpec> keys {
        { u"CI deploy"_s, { u"admin"_s }, {}, 80, 90, 0.04, false },
        { u"Grafana metrics"_s, { u"developer"_s }, {}, 70, 0, 0.01, false },
        { u"Terraform"_s, { u"admin"_s }, {}, 60, 5, 1, false },
        { u"Old integration"_s, { u"developer"_s }, {}, 200, -10, 12, false },
        { u"Nightly backup job"_s, { u"admin"_s }, {}, 150, 0, 40, true },
        { u"Fresh read-only key"_s, { u"developer"_s }, {}, 2, 30, -1, false },
        { u"Query endpoint app"_s, { u"query_endpoints"_s }, {}, 40, 0, 3, false },
        { u"Ops on-call bot"_s, {}, u"Ops on-call"_s, 25, 180, 0.2, false },
        { u"Auditor export"_s, { u"developer"_s }, u"Read-only auditors"_s, 14, 0, 2, false },
    };
    index = 0;
    for (const KeySpec &spec : keys) {
        const ApiKey &key = addKey(context, spec, context.random.token(20), DeterministicRandom::secureToken(42),
                                   *creators[index++ % 3]);
        if (spec.disabled) {
            addActivity(context, daysAgo(context, 10), u"openapi_key_update"_s, Store::userActor(carlaCopy), {}, key.id,
                        u"state-changed"_s);
        }
    }

    struct InviteSpec
    {
        QString email;
        QString role;
        double createdDaysAgo;
    };
    const QList<InviteSpec> invites { { u"frank@acme-analytics.example"_s, u"developer"_s, 2 },
                                      { u"grace@partner.example"_s, u"admin"_s, 6.5 },
                                      { u"heidi@acme-analytics.example"_s, u"developer"_s, 0.2 } };
    for (const InviteSpec &spec : invites) {
        Invitation invitation;
        invitation.id = context.random.uuid();
        invitation.email = spec.email;
        invitation.role = spec.role;
        if (const Role *r = store.systemRoleForLegacy(spec.role))
            invitation.assignedRoleIds.append(r->id);
        invitation.createdAt = daysAgo(context, spec.createdDaysAgo);
        invitation.expireAt = invitation.createdAt.addDays(7);
        store.invitations().append(invitation);
        addActivity(context, invitation.createdAt, u"organization_invite_create"_s, Store::userActor(aliceCopy));
    }
    addActivity(context, daysAgo(context, 33), u"organization_member_update_role"_s, Store::userActor(aliceCopy));
    addActivity(context, daysAgo(context, 1), u"user_login"_s, Store::userActor(aliceCopy));
    addActivity(context, daysAgo(context, 0.3), u"user_login"_s, Store::userActor(bobCopy));
    seedScopedAccess(context, u"production-analytics"_s, u"Grafana metrics"_s, u"Query endpoint app"_s);
    std::sort(store.activities().begin(), store.activities().end(),
              [](const Activity &a, const Activity &b) { return a.createdAt < b.createdAt; });
}

void seedEmpty(SeedContext &context, const Seeder::BootstrapKey &bootstrap)
{
    seedOrganization(context, u"Empty Org"_s);
    seedRoles(context);
    const Member &owner = addMember(context, u"Owner"_s, u"owner@empty-org.example"_s, u"admin"_s, 30);
    addKey(context, KeySpec { u"Bootstrap admin"_s, { u"admin"_s }, {}, 1, 0, -1, false }, bootstrap.keyId,
           bootstrap.keySecret, owner);
    context.store.activities().clear();
}

void seedLarge(SeedContext &context, const Seeder::BootstrapKey &bootstrap)
{
    Store &store = context.store;
    store.setUsageHistoryDays(365);
    seedOrganization(context, u"Globex Data Platform"_s);
    seedRoles(context);
    seedCustomRoles(context);
    static const QStringList firstNames { u"Ava"_s,    u"Ben"_s, u"Chen"_s, u"Dana"_s, u"Eli"_s,
                                          u"Fatima"_s, u"Gus"_s, u"Hana"_s, u"Ivan"_s, u"Jo"_s };
    static const QStringList lastNames { u"Kim"_s, u"Lopez"_s, u"Meyer"_s, u"Novak"_s, u"Okafor"_s };
    for (int i = 0; i < 50; ++i) {
        const QString &first = firstNames.at(i % firstNames.size());
        const QString &last = lastNames.at((i / firstNames.size()) % lastNames.size());
        addMember(context, first + u" "_s + last,
                  first.toLower() + u"."_s + last.toLower() + QString::number(i) + u"@globex.example"_s,
                  i % 5 == 0 ? u"admin"_s : u"developer"_s, context.random.uniform(10, 700));
    }
    const QList<Member> members = store.members();
    const QStringList states { u"running"_s, u"running"_s, u"running"_s, u"stopped"_s, u"idle"_s, u"degraded"_s };
    const QStringList envs { u"production"_s, u"staging"_s, u"dev"_s, u"qa"_s };
    for (int i = 0; i < 2000; ++i) {
        const QString region = validation::regions().at(context.random.bounded(0, int(validation::regions().size())));
        const int memory = 8 + 4 * context.random.bounded(0, 10);
        ServiceSpec spec { u"svc-"_s + QString::number(i + 1).rightJustified(4, u'0'),
                           validation::providerOfRegion(region),
                           region,
                           states.at(context.random.bounded(0, int(states.size()))),
                           { tag(u"env"_s, envs.at(i % envs.size())),
                             tag(u"team"_s, u"team-"_s + QString::number(i % 25)) },
                           context.random.uniform(1, 700),
                           memory,
                           memory * 2,
                           context.random.bounded(1, 4),
                           false };
        addService(context, spec, members.at(i % members.size()));
    }
    addKey(context, KeySpec { u"Bootstrap admin"_s, { u"admin"_s }, {}, 100, 0, 0, false }, bootstrap.keyId,
           bootstrap.keySecret, members.first());
    const QStringList &legacy = validation::legacyKeyRoles();
    for (int i = 1; i < 100; ++i) {
        KeySpec spec { u"key-"_s + QString::number(i).rightJustified(3, u'0'),
                       { legacy.at(i % legacy.size()) },
                       {},
                       context.random.uniform(1, 300),
                       i % 7 == 0 ? -3.0 : (i % 3 == 0 ? context.random.uniform(1, 200) : 0.0),
                       i % 11 == 0 ? -1.0 : context.random.uniform(0, 5),
                       i % 13 == 0 };
        addKey(context, spec, context.random.token(20), DeterministicRandom::secureToken(42),
               members.at(i % members.size()));
    }
    static const QStringList types { u"service_start"_s,
                                     u"service_stop"_s,
                                     u"service_update_ip_access_list"_s,
                                     u"service_update_autoscaling_memory"_s,
                                     u"user_login"_s,
                                     u"service_update_backup_configuration"_s,
                                     u"service_idle"_s,
                                     u"service_awaken"_s };
    const QList<Service> &services = store.services();
    while (store.activities().size() < 50000) {
        const Member &actor = members.at(context.random.bounded(0, int(members.size())));
        const QString &type = types.at(context.random.bounded(0, int(types.size())));
        const QString serviceId
            = type == u"user_login"_s ? QString() : services.at(context.random.bounded(0, int(services.size()))).id;
        addActivity(context, daysAgo(context, context.random.uniform(0, 365)), type, Store::userActor(actor),
                    serviceId);
    }
    std::sort(store.activities().begin(), store.activities().end(),
              [](const Activity &a, const Activity &b) { return a.createdAt < b.createdAt; });
}

} // namespace

QByteArray Seeder::hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64();
}

void Seeder::ensureBootstrapKey(Store &store, const BootstrapKey &bootstrap)
{
    if (ApiKey *existing = store.keyByIdHash(hashOf(bootstrap.keyId))) {
        existing->keySecretHash = hashOf(bootstrap.keySecret);
        return;
    }
    ApiKey key;
    key.id = DeterministicRandom::randomUuid();
    key.name = u"Bootstrap admin"_s;
    key.roles = { u"admin"_s };
    store.syncKeyRolesFromLegacy(key);
    key.keyIdHash = hashOf(bootstrap.keyId);
    key.keySuffix = bootstrap.keyId.right(4);
    key.keySecretHash = hashOf(bootstrap.keySecret);
    key.createdAt = QDateTime::currentDateTimeUtc();
    key.ipAccessList = { IpAccessEntry { u"0.0.0.0/0"_s, {} } };
    store.keys().append(key);
}

void Seeder::seed(Store &store, const QString &name, const BootstrapKey &bootstrap)
{
    SeedContext context { store, DeterministicRandom(DeterministicRandom::stableHash(name.toUtf8())),
                          QDateTime::currentDateTimeUtc() };
    if (name == u"empty"_s)
        seedEmpty(context, bootstrap);
    else if (name == u"large"_s)
        seedLarge(context, bootstrap);
    else
        seedDemo(context, bootstrap);
}

} // namespace chcloud::emulator
