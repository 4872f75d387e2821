#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace chcloud {

class RequestLogModel;

/// The request log of the signed-in session: a table of recent requests
/// (time, method, path, status, duration, queue wait, priority, request id)
/// and "Copy as curl" for the selected one. The curl command names the
/// credentials as environment variables; no secret is ever shown here.
class RequestLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogPanel(RequestLogModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// The curl command of the selected row, or empty.
    QString selectedCurlCommand() const;

public Q_SLOTS:
    /// Puts the selected request as a curl command on the clipboard.
    void copySelectedAsCurl();

Q_SIGNALS:
    /// Something to say in the status bar ("Copied as curl").
    void statusMessage(const QString &text);

private:
    void updateActions();
    int selectedRow() const;

    RequestLogModel *m_model;
    QTableView *m_table;
    QPushButton *m_copyCurlButton;
    bool m_followTail = true;
};

} // namespace chcloud
