#pragma once

#include "ApiError.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace chcloud {

struct ApiRequest;
struct TransportResult;

/// What the last attempt of a request brought, in the terms a reply ends with.
struct DecodedReply
{
    std::optional<ApiError> error; ///< empty on success
    QString requestId;
    QJsonValue value; ///< the envelope's result (JSON envelope format only)
};

/// Reads how an exchange ended: a transport failure becomes Timeout, InsecureUrl
/// or Network; a status outside 2xx becomes the error the server's body names;
/// a 2xx answer to a JSON-envelope request must be {"status":…, "requestId":…,
/// "result":…} (a DELETE may leave out "result"), or it is a Parse error.
DecodedReply decodeReply(const ApiRequest &request, const TransportResult &result);

} // namespace chcloud
