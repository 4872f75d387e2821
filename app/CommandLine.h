#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>
#include <optional>

class QCoreApplication;

namespace chcloud {

/// The options of chcloud-desktop, defined once: for the full parse after the GUI
/// has started, and for answering --help and --version before it starts, so that
/// both work where there is no display (a terminal over ssh, a package check).
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption demo;
    const QCommandLineOption screenshot;
    const QCommandLineOption page;
    const QCommandLineOption size;
    const QCommandLineOption apiUrl;
    /// Hidden from --help: prints the process's dumpability and core limit (for tests).
    const QCommandLineOption hardeningStatus;

    /// Answers --help, --help-all and --version without a GUI: the exit status when one
    /// of them was given on an otherwise valid command line, else nothing (and nothing
    /// was started: the caller goes on to create its QApplication). `prepare` is given
    /// the short-lived QCoreApplication first, to install the translations of the help text.
    static std::optional<int> answerWithoutDisplay(int argc, char *argv[],
                                                   const std::function<void(QCoreApplication &)> &prepare);
};

} // namespace chcloud
