#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace chcloud::test {

/// Starts `chcloud-emulator --port 0` as a child process for one test and stops
/// it (by its PID) when destroyed. The emulator makes up the bootstrap admin key
/// and its control token and prints them on its standard output, which only this
/// fixture reads: no secret is on the command line.
class EmulatorProcess
{
public:
    /// extraArguments are appended, e.g. {"--rate-limit", "10", "--rate-window-ms", "1000"}.
    /// "--seed demo" is used unless extraArguments name another seed.
    explicit EmulatorProcess(QStringList extraArguments = {});
    ~EmulatorProcess();

    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    /// Starts the emulator and waits for its port, control token and bootstrap key lines.
    bool start(int timeoutMs = 20000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString keyId() const { return m_keyId; }
    QString keySecret() const { return m_keySecret; }
    /// "Basic <base64(keyId:keySecret)>" for hand-made requests.
    QByteArray authorization() const;
    /// The per-run token the /_emulator control routes require as X-Emulator-Token.
    QByteArray controlToken() const { return m_controlToken; }
    /// Name of the header that carries controlToken().
    static QByteArray controlTokenHeader() { return QByteArrayLiteral("X-Emulator-Token"); }

    /// A raw call to the emulator, bypassing the app (to look, or to change things
    /// "meanwhile"): the answer's JSON object, plus its HTTP status under "httpStatus".
    /// Sends the admin key (or authorization) and the control token. Waits at most
    /// timeoutMs; an answer that does not come is {"httpStatus": 0}.
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &authorization = {}, int timeoutMs = 20000) const;
    /// Why start() failed, with what the emulator printed.
    QString errorString() const { return m_error; }
    /// Everything the emulator wrote to stderr so far.
    QByteArray standardError();

    static QString executablePath();
    /// A random key ID / secret in the shape the emulator accepts.
    static QString randomToken(int length);

private:
    QProcess m_process;
    QStringList m_extraArguments;
    QUrl m_baseUrl;
    QString m_keyId;
    QString m_keySecret;
    QByteArray m_controlToken;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace chcloud::test
