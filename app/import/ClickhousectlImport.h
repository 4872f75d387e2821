#pragma once

#include "ClickhousectlCredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace chcloud {

class ProfilesViewModel;

/// File ▸ Import from clickhousectl…: what the import dialog binds to. It reads
/// the CLI's plaintext key (load()), checks it against the API and saves it as a
/// keychain profile through the same ProfilesViewModel the sign-in dialog uses
/// (importKey()), and, only once the keychain holds the secret, takes the key
/// out of the plaintext file (removePlaintextKey()). The secret never goes to a
/// session-only profile here: when the keychain does not take it, nothing is
/// imported and the file is left alone.
class ClickhousectlImport : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        Empty, ///< nothing read yet, or the last read failed
        Loaded, ///< a key was read and can be imported
        Verifying, ///< asking the API whether the key works
        Saving, ///< writing the secret to the keychain and the profile to the settings
        Imported, ///< the profile exists; the plaintext may be removed
    };
    Q_ENUM(Step)

    /// profiles is not owned and must outlive this object.
    explicit ClickhousectlImport(ProfilesViewModel *profiles, QObject *parent = nullptr);
    ~ClickhousectlImport() override;

    Step step() const { return m_step; }
    bool isBusy() const { return m_step == Step::Verifying || m_step == Step::Saving; }

    /// Reads the file; true when it holds a key. A failure is emitted as failed().
    bool load(const QString &path);
    /// The key read by load(), while there is one.
    QString keyId() const { return m_credentials ? m_credentials->keyId : QString(); }
    QString path() const { return m_credentials ? m_credentials->path : QString(); }
    bool isReadableByOthers() const { return m_credentials && m_credentials->readableByOthers; }

    /// Checks the loaded key against baseUrl, then saves it as a keychain profile
    /// named `label` (the organization's name when empty). Ends with imported()
    /// or failed(), once.
    void importKey(const QUrl &baseUrl, const QString &label);
    QUuid importedProfileId() const { return m_profileId; }
    QString organizationName() const { return m_organizationName; }

    /// After imported() only: takes the key out of the plaintext file. True on
    /// success (message says what happened); false with the reason otherwise.
    bool removePlaintextKey(QString *message);

Q_SIGNALS:
    void stepChanged(chcloud::ClickhousectlImport::Step step);
    void imported(const QUuid &profileId, const QString &organizationName);
    /// Translated; the loaded key, if any, stays loaded so the user can try again.
    void failed(const QString &message);

private:
    void setStep(Step step);
    void fail(const QString &message);

    QPointer<ProfilesViewModel> m_profiles;
    std::optional<ClickhousectlCredentials> m_credentials;
    Step m_step = Step::Empty;
    QUrl m_baseUrl;
    QString m_label;
    QUuid m_profileId;
    QString m_organizationId;
    QString m_organizationName;
};

} // namespace chcloud
