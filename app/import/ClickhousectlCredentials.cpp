#include "ClickhousectlCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

const auto KeyIdMember = u"api_key"_s;
const auto SecretMember = u"api_secret"_s;

using Problem = ClickhousectlCredentialsFile::Problem;
using Error = ClickhousectlCredentialsFile::Error;

Unexpected<Error> failure(Problem problem, const QString &message)
{
    return unexpected(Error { problem, message });
}

/// The file's bytes, with the checks that come before parsing.
Expected<QByteArray, Error> readBytes(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return failure(Problem::NotFound, ClickhousectlCredentialsFile::tr("There is no file %1.").arg(shown));
    if (!info.isFile())
        return failure(Problem::NotAFile, ClickhousectlCredentialsFile::tr("%1 is not a file.").arg(shown));
    if (info.size() > ClickhousectlCredentialsFile::maximumSize)
        return failure(Problem::TooLarge,
                       ClickhousectlCredentialsFile::tr("%1 is too large to be a credentials file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Problem::Unreadable,
                       ClickhousectlCredentialsFile::tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    QByteArray bytes = file.read(ClickhousectlCredentialsFile::maximumSize + 1);
    if (bytes.size() > ClickhousectlCredentialsFile::maximumSize) {
        bytes.fill('\0');
        return failure(Problem::TooLarge,
                       ClickhousectlCredentialsFile::tr("%1 is too large to be a credentials file.").arg(shown));
    }
    return bytes;
}

Expected<QJsonObject, Error> parseObject(QByteArray bytes, const QString &path)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    bytes.fill('\0');
    const QString shown = QDir::toNativeSeparators(path);
    if (parseError.error != QJsonParseError::NoError)
        // The parser's own text only: an excerpt of the file could hold the secret.
        return failure(Problem::Malformed,
                       ClickhousectlCredentialsFile::tr("%1 is not valid JSON (%2 at byte %3).")
                           .arg(shown, parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return failure(Problem::Malformed,
                       ClickhousectlCredentialsFile::tr("%1 does not hold a JSON object.").arg(shown));
    return document.object();
}

Expected<QString, Error> stringMember(const QJsonObject &object, const QString &name, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return failure(Problem::MissingField, ClickhousectlCredentialsFile::tr("%1 has no “%2”.").arg(shown, name));
    if (!value.isString())
        return failure(Problem::WrongType,
                       ClickhousectlCredentialsFile::tr("“%2” in %1 is not a string.").arg(shown, name));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return failure(Problem::MissingField,
                       ClickhousectlCredentialsFile::tr("“%2” in %1 is empty.").arg(shown, name));
    return text;
}

} // namespace

QString ClickhousectlCredentialsFile::relativePath()
{
    return u".clickhouse/credentials.json"_s;
}

QStringList ClickhousectlCredentialsFile::candidatePaths(const QString &workingDirectory, const QString &homeDirectory)
{
    QStringList paths;
    for (const QString &directory : { workingDirectory, homeDirectory }) {
        if (directory.isEmpty())
            continue;
        const QString path = QDir::cleanPath(QDir(directory).filePath(relativePath()));
        if (!paths.contains(path))
            paths.append(path);
    }
    return paths;
}

QString ClickhousectlCredentialsFile::defaultPath(const QString &workingDirectory, const QString &homeDirectory)
{
    const QStringList paths = candidatePaths(workingDirectory, homeDirectory);
    for (const QString &path : paths) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return paths.value(0);
}

Expected<ClickhousectlCredentials, Error> ClickhousectlCredentialsFile::read(const QString &path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return unexpected(std::move(bytes).error());
    auto object = parseObject(std::move(bytes).value(), path);
    if (!object)
        return unexpected(std::move(object).error());
    auto keyId = stringMember(*object, KeyIdMember, path);
    if (!keyId)
        return unexpected(std::move(keyId).error());
    auto secret = stringMember(*object, SecretMember, path);
    if (!secret)
        return unexpected(std::move(secret).error());

    ClickhousectlCredentials credentials;
    credentials.path = QFileInfo(path).absoluteFilePath();
    credentials.keyId = *keyId;
    credentials.secret = Secret(*secret);
    secret->fill(u'\0');
    constexpr QFile::Permissions othersMayRead = QFile::ReadGroup | QFile::ReadOther;
    credentials.readableByOthers = (QFile::permissions(path) & othersMayRead) != QFile::Permissions();
    credentials.otherEntries = int(object->size()) - 2;
    return credentials;
}

Expected<bool, Error> ClickhousectlCredentialsFile::removeKey(const ClickhousectlCredentials &imported)
{
    const QString &path = imported.path;
    const QString shown = QDir::toNativeSeparators(path);
    auto bytes = readBytes(path);
    if (!bytes)
        return unexpected(std::move(bytes).error());
    auto object = parseObject(std::move(bytes).value(), path);
    if (!object)
        return unexpected(std::move(object).error());
    const QJsonValue keyId = object->value(KeyIdMember);
    if (!keyId.isString() || keyId.toString().trimmed() != imported.keyId)
        return failure(Problem::Changed, tr("%1 now holds another key; it was left as it is.").arg(shown));

    object->remove(KeyIdMember);
    object->remove(SecretMember);
    if (object->isEmpty()) {
        QFile file(path);
        if (!file.remove())
            return failure(Problem::Unreadable, tr("%1 could not be deleted: %2").arg(shown, file.errorString()));
        return true;
    }
    // QSaveFile keeps the permissions of the file it replaces.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(Problem::Unreadable, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    QByteArray json = QJsonDocument(*object).toJson(QJsonDocument::Indented);
    file.write(json);
    json.fill('\0');
    if (!file.commit())
        return failure(Problem::Unreadable, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    return false;
}

} // namespace chcloud
