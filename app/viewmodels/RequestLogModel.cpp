#include "RequestLogModel.h"

#include <QLocale>

namespace chcloud {

namespace {

QString errorKindText(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::BadRequest:
        return RequestLogModel::tr("bad request");
    case ApiErrorKind::Unauthorized:
        return RequestLogModel::tr("unauthorized");
    case ApiErrorKind::Forbidden:
        return RequestLogModel::tr("forbidden");
    case ApiErrorKind::NotFound:
        return RequestLogModel::tr("not found");
    case ApiErrorKind::Conflict:
        return RequestLogModel::tr("conflict");
    case ApiErrorKind::FailedDependency:
        return RequestLogModel::tr("failed dependency");
    case ApiErrorKind::RateLimited:
        return RequestLogModel::tr("rate limited");
    case ApiErrorKind::Http:
        return RequestLogModel::tr("HTTP error");
    case ApiErrorKind::Server:
        return RequestLogModel::tr("server error");
    case ApiErrorKind::Network:
        return RequestLogModel::tr("network error");
    case ApiErrorKind::Timeout:
        return RequestLogModel::tr("timeout");
    case ApiErrorKind::Parse:
        return RequestLogModel::tr("unexpected response");
    case ApiErrorKind::Cancelled:
        return RequestLogModel::tr("cancelled");
    case ApiErrorKind::InsecureUrl:
        return RequestLogModel::tr("refused: insecure URL");
    }
    return {};
}

QString millisecondsText(qint64 ms)
{
    return RequestLogModel::tr("%1 ms").arg(ms);
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RequestLogModel::~RequestLogModel() = default;

void RequestLogModel::setLog(RequestLog *log, const QUrl &baseUrl)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    beginResetModel();
    m_log = log;
    m_baseUrl = baseUrl;
    m_entries = log ? log->entries() : QList<RequestLogEntry> {};
    m_capacity = log ? log->capacity() : RequestLog::defaultCapacity;
    endResetModel();
    if (log) {
        connect(log, &RequestLog::entryAdded, this, &RequestLogModel::append);
        connect(log, &QObject::destroyed, this, [this] { setLog(nullptr); });
    }
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    if (m_entries.size() >= m_capacity && !m_entries.isEmpty()) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return entry.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case MethodColumn:
            return QString::fromLatin1(entry.method);
        case PathColumn:
            return entry.pathAndQuery;
        case StatusColumn:
            return statusText(entry);
        case DurationColumn:
            return millisecondsText(entry.durationMs);
        case QueueWaitColumn:
            return millisecondsText(entry.queueWaitMs);
        case PriorityColumn:
            return priorityText(entry.priority);
        case RequestIdColumn:
            return entry.requestId;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat);
        case PathColumn:
            return entry.operationId.isEmpty() ? entry.pathAndQuery
                                               : tr("%1 (%2)").arg(entry.pathAndQuery, entry.operationId);
        case StatusColumn:
            return entry.attempts > 1 ? tr("%n attempts", nullptr, entry.attempts) : QVariant {};
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case StatusColumn:
        case DurationColumn:
        case QueueWaitColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case QueueWaitColumn:
        return tr("Queue wait");
    case PriorityColumn:
        return tr("Priority");
    case RequestIdColumn:
        return tr("Request ID");
    case ColumnCount:
        break;
    }
    return {};
}

QString RequestLogModel::curlCommand(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return RequestLog::toCurl(m_entries.at(row), m_baseUrl);
}

QString RequestLogModel::statusText(const RequestLogEntry &entry)
{
    if (entry.httpStatus > 0)
        return QString::number(entry.httpStatus);
    if (entry.errorKind)
        return errorKindText(*entry.errorKind);
    return tr("no response");
}

QString RequestLogModel::priorityText(RequestPriority priority)
{
    switch (priority) {
    case RequestPriority::Interactive:
        return tr("interactive");
    case RequestPriority::Visible:
        return tr("visible");
    case RequestPriority::Background:
        return tr("background");
    }
    return {};
}

} // namespace chcloud
