#include "KeyRotationDialog.h"

#include "viewmodels/KeyRotation.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

KeyRotationDialog::KeyRotationDialog(KeyRotation *rotation, QWidget *parent)
    : QDialog(parent)
    , m_rotation(rotation)
{
    setObjectName(u"keyRotationDialog"_s);
    setWindowTitle(tr("Rotate API key"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Replace “%1”, the key this profile signs in with, by a new key with the same roles "
                                "and IP access list. Each step is checked before the next one starts; if one "
                                "fails, nothing after it happens.")
                                 .arg(rotation->oldKey().name),
                             this);
    intro->setTextFormat(Qt::PlainText); // the key name is server data
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_deleteOld = new QCheckBox(tr("Delete the old key afterwards (otherwise it is only disabled)"), this);
    m_deleteOld->setObjectName(u"rotationDeleteOldCheck"_s);
    layout->addWidget(m_deleteOld);

    m_stepsBox = new QWidget(this);
    new QVBoxLayout(m_stepsBox);
    layout->addWidget(m_stepsBox);
    buildSteps();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"rotationProgress"_s);
    m_progress->setRange(0, int(rotation->steps().size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    m_result = new QLabel(this);
    m_result->setObjectName(u"rotationResultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Rotate"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"rotationStartButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"rotationCloseButton"_s);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &KeyRotationDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_deleteOld, &QCheckBox::toggled, this, [this](bool checked) {
        m_rotation->setDeleteOldKey(checked);
        buildSteps();
        m_progress->setRange(0, int(m_rotation->steps().size()));
    });
    connect(rotation, &KeyRotation::stepStarted, this, [this](KeyRotation::Step step) { onStepStarted(int(step)); });
    connect(rotation, &KeyRotation::stepFinished, this,
            [this](KeyRotation::Step step, bool ok, const QString &detail) { onStepFinished(int(step), ok, detail); });
    connect(rotation, &KeyRotation::progressChanged, m_progress, [this](int done) { m_progress->setValue(done); });
    connect(rotation, &KeyRotation::finished, this, &KeyRotationDialog::onFinished);
}

KeyRotationDialog::~KeyRotationDialog() = default;

void KeyRotationDialog::buildSteps()
{
    qDeleteAll(m_stepLabels);
    m_stepLabels.clear();
    const QList<KeyRotation::Step> steps = m_rotation->steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(tr("%1. %2").arg(i + 1).arg(KeyRotation::stepTitle(steps.at(i))), m_stepsBox);
        label->setObjectName(u"rotationStep%1"_s.arg(int(steps.at(i))));
        m_stepsBox->layout()->addWidget(label);
        m_stepLabels.append(label);
    }
}

void KeyRotationDialog::done(int result)
{
    if (m_rotation->state() == KeyRotation::State::Running)
        return;
    QDialog::done(result);
}

void KeyRotationDialog::start()
{
    m_start->setEnabled(false);
    m_deleteOld->setEnabled(false);
    m_close->setEnabled(false);
    m_result->clear();
    m_rotation->start();
}

void KeyRotationDialog::onStepStarted(int step)
{
    const qsizetype index = m_rotation->steps().indexOf(KeyRotation::Step(step));
    if (index < 0 || index >= m_stepLabels.size())
        return;
    m_stepLabels.at(index)->setText(
        tr("%1. %2 — working…").arg(index + 1).arg(KeyRotation::stepTitle(KeyRotation::Step(step))));
}

void KeyRotationDialog::onStepFinished(int step, bool ok, const QString &detail)
{
    const qsizetype index = m_rotation->steps().indexOf(KeyRotation::Step(step));
    if (index < 0 || index >= m_stepLabels.size())
        return;
    const QString title = KeyRotation::stepTitle(KeyRotation::Step(step));
    QString text = ok ? tr("%1. %2 — done").arg(index + 1).arg(title) : tr("%1. %2 — failed").arg(index + 1).arg(title);
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    m_stepLabels.at(index)->setText(text);
    StatusColors::mark(m_stepLabels.at(index), ok ? StatusColors::Status::None : StatusColors::Status::Problem);
}

void KeyRotationDialog::onFinished(bool ok)
{
    m_result->setText(m_rotation->message());
    StatusColors::mark(m_result, ok ? StatusColors::Status::None : StatusColors::Status::Problem);
    m_close->setEnabled(true);
    m_close->setDefault(true);
}

} // namespace chcloud
