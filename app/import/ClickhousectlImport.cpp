#include "ClickhousectlImport.h"

#include "domain/Profile.h"
#include "session/ProfilesViewModel.h"

#include <QDir>

namespace chcloud {

ClickhousectlImport::ClickhousectlImport(ProfilesViewModel *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    connect(profiles, &ProfilesViewModel::connectionSucceeded, this,
            [this](const QString &organizationId, const QString &organizationName) {
                if (m_step != Step::Verifying || !m_credentials)
                    return;
                m_organizationId = organizationId;
                m_organizationName = organizationName;
                Profile profile;
                profile.label = m_label.isEmpty() ? organizationName : m_label;
                profile.baseUrl = m_baseUrl;
                profile.keyId = m_credentials->keyId;
                profile.organizationId = organizationId;
                profile.organizationName = organizationName;
                profile.storage = ProfileStorage::Keychain;
                setStep(Step::Saving);
                m_profiles->save(profile, m_credentials->secret);
            });
    connect(profiles, &ProfilesViewModel::connectionFailed, this, [this](const QString &message) {
        if (m_step == Step::Verifying)
            fail(tr("The key from the file does not work, so it was not imported: %1").arg(message));
    });
    connect(profiles, &ProfilesViewModel::saved, this, [this](const QUuid &id) {
        if (m_step != Step::Saving)
            return;
        m_profileId = id;
        m_credentials->secret.wipe(); // the keychain has it now
        setStep(Step::Imported);
        Q_EMIT imported(id, m_organizationName);
    });
    connect(profiles, &ProfilesViewModel::saveFailed, this, [this](const QString &message, bool) {
        if (m_step == Step::Saving)
            fail(tr("Nothing was imported and the file was left as it is. %1").arg(message));
    });
}

ClickhousectlImport::~ClickhousectlImport() = default;

void ClickhousectlImport::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void ClickhousectlImport::fail(const QString &message)
{
    setStep(m_credentials ? Step::Loaded : Step::Empty);
    Q_EMIT failed(message);
}

bool ClickhousectlImport::load(const QString &path)
{
    if (isBusy())
        return false;
    m_credentials.reset();
    m_profileId = QUuid();
    auto read = ClickhousectlCredentialsFile::read(path);
    if (!read) {
        fail(read.error().message);
        return false;
    }
    m_credentials = std::move(read).value();
    setStep(Step::Loaded);
    return true;
}

void ClickhousectlImport::importKey(const QUrl &baseUrl, const QString &label)
{
    if (m_step != Step::Loaded || !m_credentials) {
        Q_EMIT failed(tr("Choose a credentials file that holds a key first."));
        return;
    }
    if (!m_profiles) {
        Q_EMIT failed(tr("The profiles are not available."));
        return;
    }
    m_baseUrl = baseUrl;
    m_label = label.trimmed();
    m_organizationId.clear();
    m_organizationName.clear();
    setStep(Step::Verifying);
    m_profiles->testConnection(baseUrl, m_credentials->keyId, m_credentials->secret);
}

bool ClickhousectlImport::removePlaintextKey(QString *message)
{
    QString text;
    bool ok = false;
    if (m_step != Step::Imported || !m_credentials) {
        text = tr("The key is only taken out of the file once it is stored in the keychain.");
    } else {
        const auto removed = ClickhousectlCredentialsFile::removeKey(*m_credentials);
        const QString shown = QDir::toNativeSeparators(m_credentials->path);
        if (!removed)
            text = removed.error().message;
        else if (*removed)
            text = tr("%1 was deleted.").arg(shown);
        else
            text = tr("The key was removed from %1; its other entries were kept.").arg(shown);
        ok = bool(removed);
    }
    if (message)
        *message = text;
    return ok;
}

} // namespace chcloud
