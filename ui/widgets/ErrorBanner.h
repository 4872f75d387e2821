#pragma once

#include <QFrame>

class QLabel;

namespace chcloud {

/// The one error line every page shows above its content ("The services could
/// not be loaded: …"), hidden while there is nothing to say. Its text is plain
/// text (server error texts are data) and selectable; its colours come from the
/// palette, a red tint over the window colour, so it reads in light and dark themes.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    /// Shows text; an empty text hides the banner.
    void setText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
};

} // namespace chcloud
