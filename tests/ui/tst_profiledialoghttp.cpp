// The sign-in dialog warns in place about a plain http:// base URL: the key
// secret would travel unencrypted, and only literal loopback addresses are accepted.

#include "dialogs/ProfileDialog.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestProfileDialogHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void warnsAboutPlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("warned");
        QTest::newRow("https: no warning") << u"https://api.clickhouse.cloud"_s << false;
        QTest::newRow("http to 127.0.0.1: warned") << u"http://127.0.0.1:8123"_s << true;
        QTest::newRow("http to localhost: warned") << u"http://localhost:8123"_s << true;
        QTest::newRow("HTTP in capitals: warned") << u"HTTP://127.0.0.1"_s << true;
    }

    void warnsAboutPlainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, warned);
        SessionSecretStore keychain;
        SessionSecretStore session;
        ProfileStore profiles(keychain, session);
        ProfilesViewModel model(&profiles);
        ProfileDialog dialog(&model);
        dialog.show();
        auto *label = dialog.findChild<QLabel *>(u"httpWarningLabel"_s);
        QVERIFY(label);
        QVERIFY(!label->isVisible()); // the default URL is https
        dialog.setBaseUrl(QUrl(url));
        QCOMPARE(label->isVisible(), warned);
        QCOMPARE(label->text().contains(u"http://"_s), warned);
        // Typing back an https URL clears the warning.
        dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(u"https://api.clickhouse.cloud"_s);
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestProfileDialogHttp)
#include "tst_profiledialoghttp.moc"
