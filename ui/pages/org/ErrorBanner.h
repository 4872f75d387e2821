#pragma once

#include <QFrame>

class QLabel;

namespace chcloud {

/// A warning line above a page's content ("Could not load members: …"),
/// hidden while there is nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    /// Shows text; an empty text hides the banner.
    void setText(const QString &text);

private:
    QLabel *m_label;
};

} // namespace chcloud
