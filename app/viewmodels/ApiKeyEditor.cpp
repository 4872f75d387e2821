#include "ApiKeyEditor.h"

#include "ApiKeysViewModel.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "domain/IpAccess.h"
#include "domain/Validation.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace chcloud {

ApiKeyEditor::ApiKeyEditor(ApiKeysViewModel *keys, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_mode(Mode::Create)
{
    m_roles = legacyRoles();
    m_legacyRoles = true;
}

ApiKeyEditor::ApiKeyEditor(ApiKeysViewModel *keys, const ApiKey &key, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_mode(Mode::Edit)
    , m_original(key)
{
    m_roles = legacyRoles();
    m_legacyRoles = true;
    name = key.name;
    expiration = Expiration::Keep;
    if (key.expireAt)
        customExpiryDate = key.expireAt->toLocalTime().date();
    ipAnywhere = IpAccess::isOpenToAnywhere(key.ipAccessList);
    for (const IpAccessListEntry &entry : key.ipAccessList) {
        if (!IpAccess::isAnywhereSource(entry.source))
            ipEntries.append(entry);
    }
    enabled = key.state != ApiKeyState::Disabled;
    selectRolesOf(key);
}

ApiKeyEditor::~ApiKeyEditor() = default;

QList<ApiKeyEditor::RoleOption> ApiKeyEditor::legacyRoles()
{
    return {
        { u"admin"_s, tr("Admin"), true },
        { u"developer"_s, tr("Developer"), true },
        { u"query_endpoints"_s, tr("Query endpoints"), true },
    };
}

void ApiKeyEditor::selectRolesOf(const ApiKey &key)
{
    selectedRoleIds.clear();
    if (m_legacyRoles) {
        selectedRoleIds = key.roles;
        return;
    }
    for (const AssignedRole &role : key.assignedRoles)
        selectedRoleIds.append(role.roleId);
}

void ApiKeyEditor::loadRoles()
{
    CloudApi *api = m_keys && m_keys->session() ? m_keys->session()->api() : nullptr;
    if (!api)
        return;
    api->organizationRolesGetList(
        m_keys->organizationId(), RequestPriority::Visible, this,
        [this](ApiResult<json::RowList<Role>> result) { applyRoles(result ? result.value().rows : QList<Role>()); });
}

void ApiKeyEditor::applyRoles(const QList<Role> &roles)
{
    if (roles.isEmpty()) {
        m_roles = legacyRoles();
        m_legacyRoles = true;
    } else {
        m_roles.clear();
        for (const Role &role : roles)
            m_roles.append({ role.id, role.name, false });
        m_legacyRoles = false;
    }
    if (m_mode == Mode::Edit)
        selectRolesOf(m_original);
    else
        selectedRoleIds.clear();
    Q_EMIT rolesChanged();
}

QString ApiKeyEditor::nameProblem(const QString &name)
{
    return validation::keyName(name);
}

QString ApiKeyEditor::ipEntryProblem(const QString &entry)
{
    return validation::ipSource(entry);
}

QList<IpAccessListEntry> ApiKeyEditor::parseIpLines(const QString &text)
{
    QList<IpAccessListEntry> entries;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        // A source has no blanks, so the first blank ends it.
        qsizetype end = 0;
        while (end < trimmed.size() && !trimmed.at(end).isSpace())
            ++end;
        entries.append({ trimmed.left(end), trimmed.mid(end).trimmed() });
    }
    return entries;
}

QString ApiKeyEditor::formatIpLines(const QList<IpAccessListEntry> &entries)
{
    QStringList lines;
    for (const IpAccessListEntry &entry : entries)
        lines.append(entry.description.isEmpty() ? entry.source : entry.source + u' ' + entry.description);
    return lines.join(u'\n');
}

QList<IpAccessListEntry> ApiKeyEditor::cleanedIpEntries() const
{
    QList<IpAccessListEntry> cleaned;
    for (const IpAccessListEntry &entry : ipEntries) {
        const QString source = entry.source.trimmed();
        if (!source.isEmpty())
            cleaned.append({ source, entry.description.trimmed() });
    }
    return cleaned;
}

QList<IpAccessListEntry> ApiKeyEditor::ipAccessList() const
{
    if (ipAnywhere) {
        // A key that already lets everyone in keeps its list (descriptions and all) untouched.
        if (IpAccess::isOpenToAnywhere(m_original.ipAccessList))
            return m_original.ipAccessList;
        return { IpAccess::anywhereEntry() };
    }
    return cleanedIpEntries();
}

QStringList ApiKeyEditor::problems() const
{
    QStringList result;
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        result.append(problem);
    if (selectedRoleIds.isEmpty())
        result.append(tr("Choose at least one role."));
    if (expiration == Expiration::Custom) {
        if (!customExpiryDate.isValid())
            result.append(tr("Choose an expiration date."));
        else if (customExpiryDate <= QDate::currentDate())
            result.append(tr("The expiration date must be in the future."));
    }
    if (!ipAnywhere) {
        for (const IpAccessListEntry &entry : cleanedIpEntries()) {
            if (const QString problem = ipEntryProblem(entry.source); !problem.isEmpty())
                result.append(problem);
        }
    }
    return result;
}

std::optional<QDateTime> ApiKeyEditor::expiryFor(const QDateTime &now) const
{
    switch (expiration) {
    case Expiration::Keep:
        return m_original.expireAt;
    case Expiration::Never:
        return std::nullopt;
    case Expiration::OneDay:
        return now.addDays(1);
    case Expiration::OneWeek:
        return now.addDays(7);
    case Expiration::OneMonth:
        return now.addMonths(1);
    case Expiration::SixMonths:
        return now.addMonths(6);
    case Expiration::OneYear:
        return now.addYears(1);
    case Expiration::Custom:
        // The end of the chosen day, in the user's time zone.
        return QDateTime(customExpiryDate, QTime(23, 59, 59), QTimeZone::systemTimeZone()).toUTC();
    }
    return std::nullopt;
}

ApiKeyCreateRequest ApiKeyEditor::createRequest(const QDateTime &now) const
{
    ApiKeyCreateRequest request;
    request.name = name.trimmed();
    if (m_legacyRoles)
        request.roles = selectedRoleIds;
    else
        request.assignedRoleIds = selectedRoleIds;
    request.expireAt = expiryFor(now);
    request.state = enabled ? ApiKeyState::Enabled : ApiKeyState::Disabled;
    request.ipAccessList = ipAccessList();
    return request;
}

ApiKeyUpdateRequest ApiKeyEditor::updateRequest(const QDateTime &now) const
{
    ApiKeyUpdateRequest request;
    if (name.trimmed() != m_original.name)
        request.name = name.trimmed();
    if (m_legacyRoles) {
        if (selectedRoleIds != m_original.roles)
            request.roles = selectedRoleIds;
    } else {
        QStringList before;
        for (const AssignedRole &role : m_original.assignedRoles)
            before.append(role.roleId);
        if (selectedRoleIds != before)
            request.assignedRoleIds = selectedRoleIds;
    }
    if (expiration != Expiration::Keep) {
        const std::optional<QDateTime> expiry = expiryFor(now);
        if (expiry != m_original.expireAt)
            request.expireAt = expiry;
    }
    const ApiKeyState state = enabled ? ApiKeyState::Enabled : ApiKeyState::Disabled;
    if (state != m_original.state)
        request.state = state;
    const QList<IpAccessListEntry> list = ipAccessList();
    if (list != m_original.ipAccessList)
        request.ipAccessList = list;
    return request;
}

void ApiKeyEditor::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorChanged(text);
}

bool ApiKeyEditor::submit()
{
    if (isBusy() || !m_keys)
        return false;
    if (const QStringList found = problems(); !found.isEmpty()) {
        setErrorText(found.join(u'\n'));
        return false;
    }
    setErrorText({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_mode == Mode::Edit) {
        m_inFlight = m_keys->updateKey(m_original.id, updateRequest(now));
        connect(m_inFlight, &ApiKeyCommand::finished, this, [this, command = m_inFlight.data()] {
            m_inFlight = nullptr;
            Q_EMIT busyChanged(false);
            if (!command->isSuccess()) {
                setErrorText(command->errorText());
                return;
            }
            Q_EMIT keySaved(command->keyId());
        });
        Q_EMIT busyChanged(true);
        return true;
    }

    ApiKeyCreateRequest request = createRequest(now);
    // With local generation the secret is made here and only its hash is sent;
    // it is held until the server confirms, then handed to the reveal.
    auto material = std::make_shared<GeneratedKeyMaterial>();
    if (generateLocally) {
        *material = GeneratedKeyMaterial::generate();
        request.hashData = ApiKeyHashData::compute(material->keyId, material->keySecret);
    }
    m_inFlight = m_keys->createKey(request);
    connect(m_inFlight, &ApiKeyCommand::finished, this, [this, command = m_inFlight.data(), material] {
        m_inFlight = nullptr;
        Q_EMIT busyChanged(false);
        if (!command->isSuccess()) {
            material->keySecret.wipe();
            setErrorText(command->errorText());
            return;
        }
        ApiKeyCreateResult result = command->takeCreateResult();
        const bool local = !material->keyId.isEmpty();
        const QString keyId = local ? material->keyId : result.keyId;
        Secret secret = local ? std::move(material->keySecret) : std::move(result.keySecret);
        Q_EMIT keyCreated(result.key.id, result.key.name, keyId, secret);
        secret.wipe();
        result.keySecret.wipe();
        material->keySecret.wipe();
    });
    Q_EMIT busyChanged(true);
    return true;
}

} // namespace chcloud
