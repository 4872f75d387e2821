#pragma once

#include "domain/Expected.h"
#include "domain/Secret.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace chcloud {

/// The API key that the official ClickHouse Cloud CLI (`clickhousectl`) keeps in
/// plain text. `clickhousectl cloud auth` writes `.clickhouse/credentials.json`
/// inside the directory it runs in (a project-local file, git-ignored, mode 0600):
/// a JSON object whose `api_key` and `api_secret` strings are the key ID and the
/// key secret. Newer versions keep further members beside them (per-service query
/// keys); they are counted, never read, and survive removeKey().
struct ClickhousectlCredentials
{
    QString path; ///< the file the key was read from
    QString keyId;
    Secret secret;
    /// The file's permissions let other users read it: the secret may have been seen.
    bool readableByOthers = false;
    /// Members of the file other than the key ID and secret (left in place on removal).
    int otherEntries = 0;
};

/// Reads and removes the CLI's plaintext key. Every failure comes back as a
/// problem with a translated message that names the file; nothing is half-read.
class ClickhousectlCredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(ClickhousectlCredentialsFile)

public:
    enum class Problem {
        NotFound, ///< no file at that path
        NotAFile, ///< a directory or a device
        Unreadable, ///< permissions or an I/O error
        TooLarge, ///< far larger than any credentials file
        Malformed, ///< not a JSON object
        MissingField, ///< api_key or api_secret absent, null or empty
        WrongType, ///< api_key or api_secret not a string
        Changed, ///< removeKey(): the file now holds another key
    };

    struct Error
    {
        Problem problem;
        QString message;
    };

    /// The file's place below the directory the CLI ran in.
    static QString relativePath();
    /// Where the CLI would have left the file when run in `workingDirectory` or in
    /// `homeDirectory`, in that order, without duplicates.
    static QStringList candidatePaths(const QString &workingDirectory, const QString &homeDirectory);
    /// The first candidate that exists, or the first candidate when none does.
    static QString defaultPath(const QString &workingDirectory, const QString &homeDirectory);

    static Expected<ClickhousectlCredentials, Error> read(const QString &path);

    /// Takes the key out of the file it was read from, once it is stored elsewhere:
    /// the file goes when it held nothing else; otherwise only `api_key` and
    /// `api_secret` are removed and the rest is written back with the file's
    /// permissions. Refuses (Changed) when the file no longer holds `imported`'s key.
    /// True when the whole file was deleted.
    static Expected<bool, Error> removeKey(const ClickhousectlCredentials &imported);

    /// Files larger than this are refused unread.
    static constexpr qint64 maximumSize = qint64(1024) * 1024;
};

} // namespace chcloud
