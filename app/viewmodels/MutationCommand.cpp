#include "MutationCommand.h"

#include <QMetaObject>

#include <utility>

namespace chcloud {

MutationCommand::MutationCommand(QObject *parent)
    : QObject(parent)
{
}

MutationCommand::~MutationCommand() = default;

QString MutationCommand::errorText() const
{
    if (!m_validationError.isEmpty())
        return m_validationError;
    return m_error && !isCancelled() ? m_error->displayText() : QString();
}

void MutationCommand::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    end();
}

void MutationCommand::finishWithValidationError(QString message)
{
    if (m_finished)
        return;
    m_validationError = std::move(message);
    end();
}

void MutationCommand::endWithSuccess()
{
    if (m_finished)
        return;
    end();
}

void MutationCommand::discardPayload()
{
}

void MutationCommand::end()
{
    m_finished = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            // Whoever wanted the payload took it inside a slot; nothing is kept.
            discardPayload();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace chcloud
