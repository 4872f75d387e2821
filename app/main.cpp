#include "AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(chcloud::AppInfo::organizationName());
    QApplication::setApplicationDisplayName(chcloud::AppInfo::applicationName());
    QApplication::setApplicationVersion(chcloud::AppInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for the ClickHouse Cloud management API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMessageBox::information(nullptr, chcloud::AppInfo::applicationName(),
                             QApplication::translate("main", "The console window is not available yet."));
    return 0;
}
