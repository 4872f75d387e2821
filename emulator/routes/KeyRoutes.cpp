// openapiKeyGetList, openapiKeyCreate, openapiKeyGet, openapiKeyUpdate, openapiKeyDelete.
#include "../Seeder.h"
#include "RouteSupport.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxKeysPerOrganization = 100;

ApiReply list(RequestContext &context)
{
    QJsonArray array;
    for (const ApiKey &key : context.store.keys())
        array.append(json::apiKey(key, context.store));
    return ApiReply::ok(array);
}

ApiReply get(RequestContext &context)
{
    const ApiKey *key = context.store.key(context.params.at(1));
    if (!key)
        return ApiReply::notFound(u"API key"_s);
    return ApiReply::ok(json::apiKey(*key, context.store));
}

/// Reads the role fields shared by create and update into `key`; returns whether any was given.
bool readRoles(BodyReader &body, const Store &store, ApiKey &key)
{
    const auto roles = body.stringList(u"roles"_s);
    const auto roleIds = body.stringList(u"assignedRoleIds"_s);
    if (roles) {
        for (const QString &role : *roles) {
            if (!validation::legacyKeyRoles().contains(role))
                body.fail(u"roles must contain only admin, developer or query_endpoints"_s);
        }
    }
    if (roleIds) {
        const QString unknown = support::unknownRole(store, *roleIds);
        if (!unknown.isEmpty())
            body.fail(unknown);
    }
    if (body.failed())
        return false;
    if (roleIds) {
        key.assignedRoleIds = *roleIds;
        store.syncKeyRolesFromAssigned(key);
        if (roles) {
            key.roles = *roles;
        }
        return true;
    }
    if (roles) {
        key.roles = *roles;
        store.syncKeyRolesFromLegacy(key);
        return true;
    }
    return false;
}

bool decodesToSha256(const QString &base64)
{
    return QByteArray::fromBase64(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors).size() == 32;
}

ApiReply create(RequestContext &context)
{
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    ApiKey key;
    const auto name = body->string(u"name"_s);
    if (!body->failed() && (!name || name->trimmed().isEmpty()))
        body->fail(u"name is required"_s);
    else if (name && name->size() > 50)
        body->fail(u"name must be at most 50 characters"_s);
    const auto expireAt = body->dateTime(u"expireAt"_s);
    if (expireAt && expireAt->isValid() && *expireAt <= QDateTime::currentDateTimeUtc())
        body->fail(u"expireAt must be in the future"_s);
    const auto state = body->enumeration(u"state"_s, { u"enabled"_s, u"disabled"_s });
    const auto ipAccessList = body->ipAccessList(u"ipAccessList"_s);
    const auto hashData = body->object(u"hashData"_s);
    const bool hasRoles = readRoles(*body, context.store, key);
    if (!body->failed() && (!hasRoles || (key.roles.isEmpty() && key.assignedRoleIds.isEmpty())))
        body->fail(u"roles or assignedRoleIds must name at least one role"_s);
    if (hashData && !body->failed()) {
        BodyReader hashes(*hashData);
        const auto keyIdHash = hashes.string(u"keyIdHash"_s);
        const auto suffix = hashes.string(u"keyIdSuffix"_s);
        const auto secretHash = hashes.string(u"keySecretHash"_s);
        if (hashes.failed())
            body->fail(u"hashData."_s + hashes.error());
        else if (!keyIdHash || !suffix || !secretHash)
            body->fail(u"hashData needs keyIdHash, keyIdSuffix and keySecretHash"_s);
        else if (!decodesToSha256(*keyIdHash) || !decodesToSha256(*secretHash))
            body->fail(u"hashData.keyIdHash and hashData.keySecretHash must be base64 SHA-256 digests"_s);
        else if (suffix->size() != 4)
            body->fail(u"hashData.keyIdSuffix must be the last 4 characters of the key ID"_s);
        else if (context.store.keyByIdHash(keyIdHash->toLatin1()))
            body->fail(u"a key with this key ID already exists"_s);
        else {
            key.keyIdHash = keyIdHash->toLatin1();
            key.keySuffix = *suffix;
            key.keySecretHash = secretHash->toLatin1();
        }
    }
    if (body->failed())
        return ApiReply::badRequest(body->error());
    if (context.store.keys().size() >= maxKeysPerOrganization)
        return ApiReply::badRequest(u"an organization can have at most 100 API keys"_s);

    key.id = DeterministicRandom::randomUuid();
    key.name = *name;
    key.state = state.value_or(u"enabled"_s);
    key.createdAt = QDateTime::currentDateTimeUtc();
    key.expireAt = expireAt.value_or(QDateTime());
    key.ipAccessList = ipAccessList.value_or(QList<IpAccessEntry> { IpAccessEntry { u"0.0.0.0/0"_s, {} } });
    QJsonObject result;
    if (!hashData) {
        const QString keyId = DeterministicRandom::secureToken(20);
        const QString secret = u"4b1d"_s + DeterministicRandom::secureToken(38);
        key.keyIdHash = Seeder::hashOf(keyId);
        key.keySuffix = keyId.right(4);
        key.keySecretHash = Seeder::hashOf(secret);
        result.insert(u"keyId"_s, keyId);
        result.insert(u"keySecret"_s, secret);
    }
    const Actor actor = support::actor(context); // before append: the caller's reference may move
    context.store.keys().append(key);
    context.store.recordActivity(u"key_create"_s, actor, {}, key.id, u"created"_s);
    result.insert(u"key"_s, json::apiKey(key, context.store));
    return ApiReply::ok(result);
}

ApiReply update(RequestContext &context)
{
    ApiKey *key = context.store.key(context.params.at(1));
    if (!key)
        return ApiReply::notFound(u"API key"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    const auto name = body->string(u"name"_s);
    if (name && (name->trimmed().isEmpty() || name->size() > 50))
        body->fail(u"name must be 1 to 50 characters"_s);
    const auto expireAt = body->dateTime(u"expireAt"_s);
    if (expireAt && expireAt->isValid() && *expireAt <= QDateTime::currentDateTimeUtc())
        body->fail(u"expireAt must be in the future"_s);
    const auto state = body->enumeration(u"state"_s, { u"enabled"_s, u"disabled"_s });
    const auto ipAccessList = body->ipAccessList(u"ipAccessList"_s);
    ApiKey updated = *key;
    const bool rolesChanged = readRoles(*body, context.store, updated);
    if (!body->failed() && rolesChanged && updated.roles.isEmpty() && updated.assignedRoleIds.isEmpty())
        body->fail(u"a key needs at least one role"_s);
    if (body->failed())
        return ApiReply::badRequest(body->error());

    QStringList changes;
    if (name && *name != key->name) {
        updated.name = *name;
        changes << u"name-changed"_s;
    }
    if (rolesChanged && (updated.roles != key->roles || updated.assignedRoleIds != key->assignedRoleIds))
        changes << u"role-changed"_s;
    if (state && *state != key->state) {
        updated.state = *state;
        changes << u"state-changed"_s;
    }
    if (expireAt && *expireAt != key->expireAt) {
        updated.expireAt = *expireAt;
        changes << u"date-changed"_s;
    }
    if (ipAccessList && *ipAccessList != key->ipAccessList) {
        updated.ipAccessList = *ipAccessList; // PATCH /keys replaces the whole list
        changes << u"ip-access-list-changed"_s;
    }
    *key = updated;
    const Actor actor = support::actor(context);
    for (const QString &change : std::as_const(changes))
        context.store.recordActivity(u"openapi_key_update"_s, actor, {}, key->id, change);
    return ApiReply::ok(json::apiKey(*key, context.store));
}

ApiReply remove(RequestContext &context)
{
    const ApiKey *key = context.store.key(context.params.at(1));
    if (!key)
        return ApiReply::notFound(u"API key"_s);
    if (key->id == context.caller.id)
        return ApiReply::badRequest(u"an API key cannot delete itself"_s);
    const QString id = key->id;
    const Actor actor = support::actor(context); // before removal: the caller's reference may move
    context.store.keys().removeIf([&](const ApiKey &k) { return k.id == id; });
    context.store.recordActivity(u"key_delete"_s, actor, {}, id, u"deleted"_s);
    return ApiReply::okWithoutResult();
}

} // namespace

void registerKeyRoutes(Router &router)
{
    const QString base = u"/v1/organizations/{organizationId}/keys"_s;
    router.add("GET", base, list);
    router.add("POST", base, create);
    router.add("GET", base + u"/{keyId}"_s, get);
    router.add("PATCH", base + u"/{keyId}"_s, update);
    router.add("DELETE", base + u"/{keyId}"_s, remove);
}

} // namespace chcloud::emulator
