#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace chcloud {

/// Writes comma-separated values as RFC 4180 describes them: fields separated
/// by commas, records ended by CRLF, and a field that holds a comma, a double
/// quote, CR or LF enclosed in double quotes with its quotes doubled. Text is
/// UTF-8. The Activity and Usage pages export what their tables show through it.
///
/// Spreadsheets run a cell that starts with '=', '+', '-' or '@' as a formula,
/// and audit-log fields (actor details, names) are text other people chose, so
/// by default such a cell is written with a leading apostrophe unless it is a
/// plain number ("CSV injection"). Pass FormulaGuard::Off to write text as is.
class CsvWriter
{
public:
    enum class FormulaGuard { On, Off };

    /// The data role an exporting model may answer with a machine-friendly
    /// value (ISO dates, unrounded numbers); DisplayRole is used when it does not.
    static constexpr int ExportRole = Qt::UserRole + 0x4353;

    explicit CsvWriter(QIODevice *device, FormulaGuard guard = FormulaGuard::On);

    /// Writes one record. Returns false once the device failed to take the bytes.
    bool writeRow(const QStringList &fields);
    /// Writes the model's horizontal header, then every row (ExportRole, else DisplayRole).
    bool writeModel(const QAbstractItemModel &model);
    /// False when a write failed.
    bool ok() const { return m_ok; }

    /// The field as it appears in the file, quoted when needed.
    static QString escapeField(const QString &field, FormulaGuard guard = FormulaGuard::On);
    /// One record with its CRLF.
    static QString formatRow(const QStringList &fields, FormulaGuard guard = FormulaGuard::On);

private:
    QIODevice *m_device;
    FormulaGuard m_guard;
    bool m_ok = true;
};

} // namespace chcloud
