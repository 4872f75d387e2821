#pragma once

#include "Page.h"

namespace chcloud {

/// A navigation entry whose page this version does not have yet. It says what
/// the page will show and that it is not available in this version — it never
/// shows made-up data. It counts as loaded at once, so --screenshot does not wait.
class NotAvailablePage final : public Page
{
    Q_OBJECT

public:
    /// pageName: the stable name (e.g. "usage"); title: the translated navigation
    /// title; description: a translated sentence saying what the page will show.
    NotAvailablePage(QString pageName, QString title, QString description, QWidget *parent = nullptr);

    QString pageName() const override { return m_pageName; }
    QString title() const override { return m_title; }
    void setContext(const PageContext &context) override;
    bool isLoaded() const override { return true; }
    QString loadError() const override { return {}; }
    QString description() const { return m_description; }

public Q_SLOTS:
    void refresh() override;

private:
    QString m_pageName;
    QString m_title;
    QString m_description;
};

} // namespace chcloud
