// How QtKeychain 0.13.2's error codes and texts become a SecretStatus. The texts
// are the ones measured on Debian 12 (ENV-NOTES.md, "when no keychain answers").

#include "secrets/KeychainSecretStore.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestKeychainErrorMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsCodeAndText_data();
    void mapsCodeAndText();
};

void TestKeychainErrorMapping::mapsCodeAndText_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<SecretStatus>("expected");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << SecretStatus::Ok;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << u"No such secret item"_s
                                     << SecretStatus::NotFound;
    QTest::newRow("locked collection on write")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << SecretStatus::AccessDenied;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"denied"_s << SecretStatus::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                << SecretStatus::NoKeychain;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << SecretStatus::NoKeychain;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_s
                                      << SecretStatus::Other;
    QTest::newRow("no bus, no display") << int(QKeychain::OtherError)
                                        << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                        << SecretStatus::NoKeychain;
    QTest::newRow("no bus, display set") << int(QKeychain::OtherError) << u"Could not connect: Connection refused"_s
                                         << SecretStatus::NoKeychain;
    QTest::newRow("bus without Secret Service")
        << int(QKeychain::OtherError) << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << SecretStatus::NoKeychain;
    QTest::newRow("no login collection")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
        << SecretStatus::NoKeychain;
    QTest::newRow("locked, as text") << int(QKeychain::OtherError) << u"The collection is locked"_s
                                     << SecretStatus::AccessDenied;
    QTest::newRow("prompt dismissed") << int(QKeychain::OtherError) << u"Prompt was dismissed"_s
                                      << SecretStatus::AccessDenied;
    QTest::newRow("anything else") << int(QKeychain::OtherError) << u"Unknown error"_s << SecretStatus::Other;
    QTest::newRow("empty text") << int(QKeychain::OtherError) << QString() << SecretStatus::Other;
}

void TestKeychainErrorMapping::mapsCodeAndText()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(SecretStatus, expected);

    const SecretResult result = KeychainSecretStore::mapKeychainError(code, text);

    QCOMPARE(result.status, expected);
    QCOMPARE(result.message.isEmpty(), expected == SecretStatus::Ok);
    QCOMPARE(result.detail, expected == SecretStatus::NotFound ? QString() : text);
}

QTEST_GUILESS_MAIN(TestKeychainErrorMapping)
#include "tst_keychainerrormapping.moc"
