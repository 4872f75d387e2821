#pragma once

#include <QObject>

class QSocketNotifier;

namespace chcloud::emulator {

/// Turns SIGTERM and SIGINT into a Qt signal (self-pipe), so the event loop ends
/// cleanly instead of the process dying mid-write.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    static void handle(int signalNumber);
    static int s_pipe[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace chcloud::emulator
