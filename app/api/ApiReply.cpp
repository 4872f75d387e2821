#include "ApiReply.h"

namespace chcloud {

ApiReply::ApiReply(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

ApiReply::~ApiReply() = default;

void ApiReply::cancel()
{
    if (m_finished)
        return;
    // The scheduler first lets go of it (drops it from the queue or aborts the call),
    // then it ends here, once.
    Q_EMIT cancelRequested();
    finishWithError(ApiError::cancelled());
}

void ApiReply::finishWithResult(int httpStatus, QString requestId, QJsonValue result, QByteArray rawBody)
{
    if (m_finished)
        return;
    m_httpStatus = httpStatus;
    m_requestId = std::move(requestId);
    m_result = std::move(result);
    m_rawBody = std::move(rawBody);
    m_error.reset();
    finish();
}

void ApiReply::finishWithError(ApiError error, QByteArray rawBody)
{
    if (m_finished)
        return;
    m_httpStatus = error.httpStatus;
    m_requestId = error.requestId;
    m_rawBody = std::move(rawBody);
    m_error = std::move(error);
    finish();
}

void ApiReply::finish()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace chcloud
