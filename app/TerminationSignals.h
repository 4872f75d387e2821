#pragma once

#include <QObject>

class QSocketNotifier;

namespace chcloud {

/// Turns SIGINT, SIGTERM and SIGHUP into an orderly QCoreApplication::quit(), so
/// that what the application started (the --demo emulator) is stopped by the
/// normal shutdown path instead of being left behind. The signal handler only
/// writes a byte to a socket pair; the quit happens in the event loop.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    /// False when the socket pair or the handlers could not be installed.
    bool isInstalled() const { return m_notifier != nullptr; }

private:
    static void handle(int signal);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace chcloud
