#pragma once

// Waiting for one CloudApi call in an integration test, and checking its result.

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/JsonFields.h"

#include <QList>
#include <QString>
#include <QTest>

#include <optional>

namespace chcloud::test {

constexpr int kApiCallTimeoutMs = 30000;

/// Runs one call and waits for its callback (a Timeout error when it never comes).
template<typename T, typename Start>
ApiResult<T> await(Start start)
{
    std::optional<ApiResult<T>> result;
    start([&result](ApiResult<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kApiCallTimeoutMs)) {
        ApiError timeout;
        timeout.kind = ApiErrorKind::Timeout;
        timeout.message = QStringLiteral("the test gave up waiting");
        return unexpected(timeout);
    }
    return std::move(*result);
}

/// A tolerant list call held to the strict standard: against the emulator every row must read.
template<typename T, typename Start>
ApiResult<QList<T>> awaitRows(Start start)
{
    ApiResult<json::RowList<T>> rows = await<json::RowList<T>>(start);
    if (!rows)
        return unexpected(rows.error());
    if (!rows->unreadable.isEmpty()) {
        ApiError error;
        error.kind = ApiErrorKind::Parse;
        error.message = rows->unreadable.first().error.toString();
        return unexpected(error);
    }
    return std::move(rows).value().rows;
}

inline QString describe(const ApiError &error)
{
    return QStringLiteral("%1 (kind %2, HTTP %3, field %4)")
        .arg(error.message)
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.fieldPath);
}

} // namespace chcloud::test

// Each evaluates its argument once: it is often the call itself, which sends a request.
#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto &verified = (expression);                                                                           \
        QVERIFY2(bool(verified), verified ? "" : qPrintable(chcloud::test::describe(verified.error())));               \
    } while (false)
#define VERIFY_FAILS_WITH(expression, expectedKind)                                                                    \
    do {                                                                                                               \
        const auto &verified = (expression);                                                                           \
        QVERIFY2(!verified, "the call succeeded");                                                                     \
        QCOMPARE(int(verified.error().kind), int(expectedKind));                                                       \
    } while (false)
