// libFuzzer target: arbitrary bytes as JSON into every domain parser. A parser
// may refuse the input with a ParseError, but must never crash, hang, leak or
// hit undefined behaviour, and an error must always name where it happened.

#include "domain/Activity.h"
#include "domain/ApiKey.h"
#include "domain/Backup.h"
#include "domain/CloudLocation.h"
#include "domain/JsonFields.h"
#include "domain/JsonScanner.h"
#include "domain/Member.h"
#include "domain/Organization.h"
#include "domain/Role.h"
#include "domain/Service.h"
#include "domain/ServiceState.h"
#include "domain/UsageCost.h"
#include "domain/UsageLog.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cstdint>
#include <cstdlib>

using namespace chcloud;

namespace {

template<typename T>
void parseAs(const QJsonValue &value)
{
    const QString root = QStringLiteral("result");
    const auto one = T::fromJson(value, root);
    if (!one && !one.error().path.startsWith(root))
        std::abort(); // an error must name its place
    const auto many = json::parseList<T>(value, root);
    if (!many && !many.error().path.startsWith(root))
        std::abort();
}

void parseAsEverything(const QJsonValue &value)
{
    parseAs<Organization>(value);
    parseAs<OrganizationPrivateEndpoint>(value);
    parseAs<ByocConfig>(value);
    parseAs<Service>(value);
    parseAs<ServiceEndpoint>(value);
    parseAs<IpAccessListEntry>(value);
    parseAs<ResourceTag>(value);
    parseAs<CurrentScaling>(value);
    parseAs<ServiceCreateResult>(value);
    parseAs<ServicePasswordResult>(value);
    parseAs<PrivateEndpointConfig>(value);
    parseAs<ApiKey>(value);
    parseAs<ApiKeyCreateResult>(value);
    parseAs<AssignedRole>(value);
    parseAs<Member>(value);
    parseAs<Invitation>(value);
    parseAs<Role>(value);
    parseAs<RolePolicy>(value);
    parseAs<Activity>(value);
    parseAs<UsageCost>(value);
    parseAs<UsageCostRecord>(value);
    parseAs<UsageCostMetrics>(value);
    parseAs<Backup>(value);
    parseAs<BackupConfiguration>(value);
}

void useAsText(const QString &text)
{
    (void)json::parseDateTime(text);
    (void)ServiceState::fromString(text).label();
    (void)Activity::activityTypeLabel(text);
    (void)Region::providerOf(text);
    (void)validation::ipSource(text);
    (void)validation::email(text);
    (void)validation::serviceName(text);
    (void)validation::keyName(text);
}

/// The usage reader that walks the text (json::Scanner) must refuse exactly the
/// texts QJsonDocument refuses and read the others as UsageLog::fromJson reads
/// the document.
void compareUsageReaders(const QByteArray &bytes, const QJsonParseError &error, const QJsonDocument &document)
{
    // A document nested past QJsonDocument's depth limit may be read in pieces.
    if (error.error == QJsonParseError::DeepNesting)
        return;
    const QString root = QStringLiteral("result");
    json::Scanner scanner(bytes);
    qsizetype end = -1;
    const auto fromText = UsageLog::fromJsonText(scanner, 0, root, end);
    const bool textValid = !scanner.failed() && scanner.atEnd(end);
    // QJsonDocument refuses a scalar at the top; the scanner reads one.
    const bool containerAtTop
        = scanner.byteAt(scanner.skipSpace(0)) == '{' || scanner.byteAt(scanner.skipSpace(0)) == '[';
    if (!containerAtTop)
        return;
    if (textValid != (error.error == QJsonParseError::NoError))
        std::abort();
    if (!textValid)
        return;
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const auto fromDocument = UsageLog::fromJson(value, root);
    if (bool(fromText) != bool(fromDocument))
        std::abort();
    if (fromDocument && !(*fromText == *fromDocument))
        std::abort();
    if (!fromDocument && !(fromText.error() == fromDocument.error()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    compareUsageReaders(bytes, error, document);
    if (error.error != QJsonParseError::NoError) {
        useAsText(QString::fromUtf8(bytes.left(512)));
        return 0;
    }
    if (document.isObject()) {
        const QJsonObject object = document.object();
        parseAsEverything(object);
        // An envelope: parse its result the way CloudApi does.
        if (object.contains(QLatin1String("result")))
            parseAsEverything(object.value(QLatin1String("result")));
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        parseAsEverything(array);
        for (const QJsonValue &element : array) {
            parseAsEverything(element);
            if (element.isString())
                useAsText(element.toString());
        }
    }
    return 0;
}
