#include "NotAvailablePage.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace chcloud {

NotAvailablePage::NotAvailablePage(QString pageName, QString title, QString description, QWidget *parent)
    : Page(parent)
    , m_pageName(std::move(pageName))
    , m_title(std::move(title))
    , m_description(std::move(description))
{
    setObjectName(m_pageName + QStringLiteral("Page"));

    auto *heading = new QLabel(m_title, this);
    heading->setObjectName(QStringLiteral("notAvailableTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *notice = new QLabel(tr("This page is not available in this version."), this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setWordWrap(true);

    auto *description_ = new QLabel(m_description, this);
    description_->setObjectName(QStringLiteral("notAvailableDescription"));
    description_->setWordWrap(true);
    description_->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addWidget(description_);
    layout->addStretch(1);

    // Nothing to load: announce it from the event loop, like a page whose data arrived.
    QTimer::singleShot(0, this, &Page::loaded);
}

void NotAvailablePage::setContext(const PageContext &)
{
    QTimer::singleShot(0, this, &Page::loaded);
}

void NotAvailablePage::refresh()
{
    Q_EMIT statusMessage(tr("%1 is not available in this version.").arg(m_title));
}

} // namespace chcloud
