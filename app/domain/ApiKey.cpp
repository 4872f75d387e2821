#include "ApiKey.h"

#include "JsonFields.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace chcloud {

using json::ObjectReader;

ApiKeyState ApiKey::stateFromText(const QString &text)
{
    if (text == QLatin1String("enabled"))
        return ApiKeyState::Enabled;
    if (text == QLatin1String("disabled"))
        return ApiKeyState::Disabled;
    return ApiKeyState::Unknown;
}

QString ApiKey::textForState(ApiKeyState state)
{
    switch (state) {
    case ApiKeyState::Enabled:
        return QStringLiteral("enabled");
    case ApiKeyState::Disabled:
        return QStringLiteral("disabled");
    case ApiKeyState::Unknown:
        break;
    }
    return {};
}

Expected<ApiKey, ParseError> ApiKey::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ApiKey key;
    reader.required(QStringLiteral("id"), key.id);
    reader.required(QStringLiteral("name"), key.name);
    reader.optional(QStringLiteral("state"), key.stateText);
    key.state = stateFromText(key.stateText);
    reader.optional(QStringLiteral("roles"), key.roles);
    reader.optionalList(QStringLiteral("assignedRoles"), key.assignedRoles);
    reader.optional(QStringLiteral("keySuffix"), key.keySuffix);
    reader.optional(QStringLiteral("createdAt"), key.createdAt);
    reader.optional(QStringLiteral("expireAt"), key.expireAt);
    reader.optional(QStringLiteral("usedAt"), key.usedAt);
    reader.optionalList(QStringLiteral("ipAccessList"), key.ipAccessList);
    if (!reader.ok())
        return unexpected(reader.error());
    return key;
}

Expected<ApiKeyCreateResult, ParseError> ApiKeyCreateResult::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    if (reader.ok() && !reader.has(QStringLiteral("key")))
        reader.fail(QStringLiteral("key"), QStringLiteral("required field is missing"));
    std::optional<ApiKey> key;
    reader.optionalObject(QStringLiteral("key"), key);
    ApiKeyCreateResult result;
    reader.optional(QStringLiteral("keyId"), result.keyId);
    QString secret;
    reader.optional(QStringLiteral("keySecret"), secret);
    if (!reader.ok())
        return unexpected(reader.error());
    result.key = std::move(*key);
    result.keySecret = Secret(secret);
    return result;
}

ApiKeyHashData ApiKeyHashData::compute(const QString &keyId, const Secret &keySecret)
{
    const auto sha256Base64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
    };
    ApiKeyHashData data;
    data.keyIdHash = sha256Base64(keyId.toUtf8());
    data.keyIdSuffix = keyId.right(4);
    data.keySecretHash = sha256Base64(keySecret.revealUtf8());
    return data;
}

QJsonObject ApiKeyHashData::toJson() const
{
    return QJsonObject { { QStringLiteral("keyIdHash"), keyIdHash },
                         { QStringLiteral("keyIdSuffix"), keyIdSuffix },
                         { QStringLiteral("keySecretHash"), keySecretHash } };
}

GeneratedKeyMaterial GeneratedKeyMaterial::generate(int keyIdLength, int secretLength)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = int(sizeof(kAlphabet)) - 1;
    QRandomGenerator *random = QRandomGenerator::system();
    const auto randomText = [&](int length) {
        QByteArray text(length, Qt::Uninitialized);
        for (int i = 0; i < length; ++i)
            text[i] = kAlphabet[random->bounded(alphabetSize)];
        return text;
    };
    return GeneratedKeyMaterial { QString::fromLatin1(randomText(keyIdLength)), Secret(randomText(secretLength)) };
}

QJsonObject ApiKeyCreateRequest::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    if (!roles.isEmpty())
        object.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    if (!assignedRoleIds.isEmpty())
        object.insert(QStringLiteral("assignedRoleIds"), QJsonArray::fromStringList(assignedRoleIds));
    object.insert(QStringLiteral("expireAt"),
                  expireAt ? QJsonValue(json::formatDateTime(*expireAt)) : QJsonValue(QJsonValue::Null));
    if (state != ApiKeyState::Unknown)
        object.insert(QStringLiteral("state"), ApiKey::textForState(state));
    object.insert(QStringLiteral("ipAccessList"), json::toJsonArray(ipAccessList));
    if (hashData)
        object.insert(QStringLiteral("hashData"), hashData->toJson());
    return object;
}

QJsonObject ApiKeyUpdateRequest::toJson() const
{
    QJsonObject object;
    json::insertIfSet(object, QStringLiteral("name"), name);
    if (roles)
        object.insert(QStringLiteral("roles"), QJsonArray::fromStringList(*roles));
    if (assignedRoleIds)
        object.insert(QStringLiteral("assignedRoleIds"), QJsonArray::fromStringList(*assignedRoleIds));
    if (expireAt) {
        object.insert(QStringLiteral("expireAt"),
                      *expireAt ? QJsonValue(json::formatDateTime(**expireAt)) : QJsonValue(QJsonValue::Null));
    }
    if (state && *state != ApiKeyState::Unknown)
        object.insert(QStringLiteral("state"), ApiKey::textForState(*state));
    if (ipAccessList)
        object.insert(QStringLiteral("ipAccessList"), json::toJsonArray(*ipAccessList));
    return object;
}

} // namespace chcloud
