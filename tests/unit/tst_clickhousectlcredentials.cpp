// Reading the key that clickhousectl keeps in .clickhouse/credentials.json, and
// taking it out again: files this test writes, good and bad.

#include "import/ClickhousectlCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

const auto SecretText = u"4b1dSECRETxyzSECRET9q"_s;

using Problem = ClickhousectlCredentialsFile::Problem;

} // namespace

class TestClickhousectlCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void goodFile()
    {
        const QString path = write(
            u"good.json"_s, "{\"api_key\": \"AbCdEfGh12345678\", \"api_secret\": \"" + SecretText.toUtf8() + "\"}");
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->keyId, u"AbCdEfGh12345678"_s);
        QCOMPARE(read->secret.reveal(), SecretText);
        QCOMPARE(read->path, QFileInfo(path).absoluteFilePath());
        QVERIFY(!read->readableByOthers);
        QCOMPARE(read->otherEntries, 0);
    }

    void newerFileWithQueryKeys()
    {
        // Newer CLI versions keep per-service query keys beside the API key.
        const QString path = write(u"newer.json"_s,
                                   "{\"api_key\":\"KEY1\",\"api_secret\":\"S1\",\"service_query_keys\":{\"svc\":{\"key_"
                                   "id\":\"q\",\"key_secret\":\"qs\","
                                   "\"service_name\":\"demo\",\"created_at\":\"2026-05-11T12:00:00Z\"}}}");
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(read);
        QCOMPARE(read->keyId, u"KEY1"_s);
        QCOMPARE(read->otherEntries, 1);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing api_key") << QByteArray("{\"api_secret\":\"s\"}") << int(Problem::MissingField)
                                         << u"api_key"_s;
        QTest::newRow("missing api_secret")
            << QByteArray("{\"api_key\":\"k\"}") << int(Problem::MissingField) << u"api_secret"_s;
        QTest::newRow("null api_secret") << QByteArray("{\"api_key\":\"k\",\"api_secret\":null}")
                                         << int(Problem::MissingField) << u"api_secret"_s;
        QTest::newRow("blank api_key") << QByteArray("{\"api_key\":\"  \",\"api_secret\":\"s\"}")
                                       << int(Problem::MissingField) << u"api_key"_s;
        QTest::newRow("number api_key") << QByteArray("{\"api_key\":42,\"api_secret\":\"s\"}")
                                        << int(Problem::WrongType) << u"api_key"_s;
        QTest::newRow("object api_secret") << QByteArray("{\"api_key\":\"k\",\"api_secret\":{\"v\":\"s\"}}")
                                           << int(Problem::WrongType) << u"api_secret"_s;
        QTest::newRow("truncated JSON") << QByteArray("{\"api_key\":\"k\",\"api_secret\":\"") + SecretText.toUtf8()
                                        << int(Problem::Malformed) << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[\"k\",\"s\"]") << int(Problem::Malformed) << u"object"_s;
        QTest::newRow("empty file") << QByteArray() << int(Problem::Malformed) << u"JSON"_s;
        QTest::newRow("too large") << QByteArray(ClickhousectlCredentialsFile::maximumSize + 10, ' ')
                                   << int(Problem::TooLarge) << u"large"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, problem);
        QFETCH(QString, mentions);
        const QString path = write(u"bad.json"_s, content);
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(!read);
        QCOMPARE(int(read.error().problem), problem);
        QVERIFY2(read.error().message.contains(mentions), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(read.error().message));
        // No excerpt of the file: it may hold the secret.
        QVERIFY(!read.error().message.contains(SecretText));
    }

    void missingFile()
    {
        const auto read = ClickhousectlCredentialsFile::read(m_dir.filePath(u"nowhere/credentials.json"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().problem, Problem::NotFound);
    }

    void directoryIsNotAFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"adir.json"_s));
        const auto read = ClickhousectlCredentialsFile::read(m_dir.filePath(u"adir.json"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().problem, Problem::NotAFile);
    }

    void readableByOthersIsReported_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<bool>("exposed");
        QTest::newRow("0600 as the CLI writes it") << int(QFile::ReadOwner | QFile::WriteOwner) << false;
        QTest::newRow("0640") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup) << true;
        QTest::newRow("0644") << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
                              << true;
    }

    void readableByOthersIsReported()
    {
        QFETCH(int, permissions);
        QFETCH(bool, exposed);
        const QString path = write(u"perm.json"_s, "{\"api_key\":\"k\",\"api_secret\":\"s\"}");
        QVERIFY(QFile::setPermissions(path, QFile::Permissions(permissions)));
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(read);
        QCOMPARE(read->readableByOthers, exposed);
    }

    void unreadableFile()
    {
        const QString path = write(u"locked.json"_s, "{\"api_key\":\"k\",\"api_secret\":\"s\"}");
        QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
        if (::geteuid() != 0) {
            const auto read = ClickhousectlCredentialsFile::read(path);
            QVERIFY(!read);
            QCOMPARE(read.error().problem, Problem::Unreadable);
            return;
        }
        // Root reads a file whatever its permissions: read it as "nobody", in a child process.
        constexpr QFile::Permissions othersMayEnter = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
            | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_dir.path(), othersMayEnter));
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(2);
            const auto read = ClickhousectlCredentialsFile::read(path);
            ::_exit(!read && read.error().problem == Problem::Unreadable ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // 1: not reported as unreadable; 2: could not become "nobody"
    }

    void candidatePaths()
    {
        const QStringList both = ClickhousectlCredentialsFile::candidatePaths(u"/work/project"_s, u"/home/me"_s);
        QCOMPARE(both,
                 QStringList(
                     { u"/work/project/.clickhouse/credentials.json"_s, u"/home/me/.clickhouse/credentials.json"_s }));
        QCOMPARE(ClickhousectlCredentialsFile::candidatePaths(u"/home/me"_s, u"/home/me/"_s).size(), 1);

        // The first existing one wins; with none, the working directory's.
        const QString work = m_dir.filePath(u"work"_s);
        const QString home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home + u"/.clickhouse"_s));
        QVERIFY(QDir().mkpath(work));
        QCOMPARE(ClickhousectlCredentialsFile::defaultPath(work, home), work + u"/.clickhouse/credentials.json"_s);
        QFile file(home + u"/.clickhouse/credentials.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(ClickhousectlCredentialsFile::defaultPath(work, home), file.fileName());
    }

    void removeKeyDeletesAFileThatHeldOnlyTheKey()
    {
        const QString path = write(u"only.json"_s, "{\"api_key\":\"K\",\"api_secret\":\"S\"}");
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(read);
        const auto removed = ClickhousectlCredentialsFile::removeKey(*read);
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
        QVERIFY(*removed);
        QVERIFY(!QFile::exists(path));
    }

    void removeKeyKeepsOtherEntriesAndPermissions()
    {
        const QString path
            = write(u"others.json"_s,
                    "{\"api_key\":\"K\",\"api_secret\":\"S\",\"service_query_keys\":{\"svc\":{\"key_id\":\"q\"}}}");
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(read);
        const auto removed = ClickhousectlCredentialsFile::removeKey(*read);
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
        QVERIFY(!*removed);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject rest = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!rest.contains(u"api_key"_s));
        QVERIFY(!rest.contains(u"api_secret"_s));
        QCOMPARE(rest.value(u"service_query_keys"_s).toObject().value(u"svc"_s).toObject().value(u"key_id"_s),
                 QJsonValue(u"q"_s));
        QCOMPARE(QFile::permissions(path)
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void removeKeyRefusesAFileThatChanged()
    {
        const QString path = write(u"changed.json"_s, "{\"api_key\":\"K\",\"api_secret\":\"S\"}");
        const auto read = ClickhousectlCredentialsFile::read(path);
        QVERIFY(read);
        // The CLI signed in with another key meanwhile.
        write(u"changed.json"_s, "{\"api_key\":\"OTHER\",\"api_secret\":\"S2\"}");
        const auto removed = ClickhousectlCredentialsFile::removeKey(*read);
        QVERIFY(!removed);
        QCOMPARE(removed.error().problem, Problem::Changed);
        QVERIFY(QFile::exists(path));
        QVERIFY(ClickhousectlCredentialsFile::read(path));
    }

private:
    /// Writes `content` as the CLI does (mode 0600) and returns the path.
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestClickhousectlCredentials)
#include "tst_clickhousectlcredentials.moc"
