// chcloud-emulator: a local, spec-faithful stand-in for the ClickHouse Cloud API.
#include "Emulator.h"
#include "EmulatorOptions.h"
#include "HttpFrontEnd.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

using namespace chcloud::emulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chcloud-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHCLOUD_VERSION));

    EmulatorOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "chcloud-emulator: %s\n", qPrintable(error));
        return 2;
    }

    Emulator emulator(options);
    if (!emulator.seed(&error)) {
        std::fprintf(stderr, "chcloud-emulator: %s\n", qPrintable(error));
        return 2;
    }
    HttpFrontEnd server(emulator);
    const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        std::fprintf(stderr, "chcloud-emulator: cannot listen on 127.0.0.1:%u\n", unsigned(options.port));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(port));
    std::printf("control token: %s\n", emulator.controlToken().constData());
    std::fflush(stdout);
    if (emulator.generatedBootstrapSecret().isEmpty()) {
        std::printf("bootstrap key id: %s\n", qPrintable(emulator.bootstrapKeyId()));
    } else {
        std::printf("bootstrap key id: %s secret: %s\n", qPrintable(emulator.bootstrapKeyId()),
                    qPrintable(emulator.generatedBootstrapSecret()));
    }
    std::fflush(stdout);

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);

    // A child that must not outlive its parent: SIGTERM when the parent dies, and the end
    // of standard input (the parent's pipe closes with it) for the case where the parent
    // died before the death signal was armed.
    std::unique_ptr<QSocketNotifier> parentPipe;
    if (options.exitWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        parentPipe = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(parentPipe.get(), &QSocketNotifier::activated, &app, [&parentPipe] {
            char buffer[256];
            const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (count <= 0) {
                parentPipe->setEnabled(false);
                std::fprintf(stderr, "chcloud-emulator: the parent went away; exiting\n");
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
