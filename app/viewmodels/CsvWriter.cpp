#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QVariant>

namespace chcloud {

namespace {

bool looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    // "-12.5" is a number a spreadsheet should read as one.
    bool isNumber = false;
    field.toDouble(&isNumber);
    return !isNumber;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, FormulaGuard guard)
    : m_device(device)
    , m_guard(guard)
{
}

QString CsvWriter::escapeField(const QString &field, FormulaGuard guard)
{
    QString text = field;
    if (guard == FormulaGuard::On && looksLikeFormula(text))
        text.prepend(u'\'');
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString CsvWriter::formatRow(const QStringList &fields, FormulaGuard guard)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeField(fields.at(i), guard);
    }
    line += QStringLiteral("\r\n");
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_ok || !m_device)
        return m_ok = false;
    const QByteArray bytes = formatRow(fields, m_guard).toUtf8();
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool CsvWriter::writeModel(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QStringList fields;
    fields.reserve(columns);
    for (int column = 0; column < columns; ++column)
        fields.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writeRow(fields);

    const int rows = model.rowCount();
    for (int row = 0; row < rows && m_ok; ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            QVariant value = model.data(index, ExportRole);
            if (!value.isValid())
                value = model.data(index, Qt::DisplayRole);
            fields.append(value.toString());
        }
        writeRow(fields);
    }
    return m_ok;
}

} // namespace chcloud
