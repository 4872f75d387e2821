#pragma once

#include "api/RequestLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QUrl>

namespace chcloud {

/// The request log of the signed-in session as a table for the diagnostics
/// panel: one row per finished request, oldest first, following the log's ring
/// buffer (rows are appended as requests finish; the oldest row goes when the
/// log drops it). Bodies and headers are not shown; nothing here holds a secret.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        QueueWaitColumn,
        PriorityColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RequestLogModel(QObject *parent = nullptr);
    ~RequestLogModel() override;

    /// Shows `log` (may be null: an empty table). baseUrl is used for "Copy as curl".
    void setLog(RequestLog *log, const QUrl &baseUrl = RequestLog::defaultBaseUrl());
    RequestLog *log() const { return m_log; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry shown in `row`; row must be valid.
    const RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }
    /// A curl command repeating the request of `row`; the credentials stay
    /// environment-variable references that reach curl on its standard input
    /// (RequestLog::toCurl()). Empty for an invalid row.
    Q_INVOKABLE QString curlCommand(int row) const;

    /// "404", or for a request that got no response the kind of failure ("timeout").
    static QString statusText(const RequestLogEntry &entry);
    static QString priorityText(RequestPriority priority);

private:
    void append(const RequestLogEntry &entry);

    QPointer<RequestLog> m_log;
    QUrl m_baseUrl;
    QList<RequestLogEntry> m_entries;
    int m_capacity = RequestLog::defaultCapacity;
};

} // namespace chcloud
