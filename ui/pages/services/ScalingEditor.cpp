#include "ScalingEditor.h"

#include "domain/Service.h"
#include "domain/Validation.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QString verticalMode()
{
    return u"vertical"_s;
}

QString horizontalMode()
{
    return u"horizontal"_s;
}

QSpinBox *memorySpin(QWidget *parent, const QString &objectName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    // Wider than the API's range on purpose: a value outside it is explained, not silently clamped.
    spin->setRange(1, 1024);
    spin->setSingleStep(validation::kReplicaMemoryStepGb);
    spin->setSuffix(QCoreApplication::translate("chcloud::ScalingEditor", " GiB"));
    return spin;
}

QSpinBox *replicaSpin(QWidget *parent, const QString &objectName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 64);
    return spin;
}

} // namespace

ScalingEditor::ScalingEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_minMemory(memorySpin(this, u"minMemorySpin"_s))
    , m_memoryTo(new QLabel(tr("to"), this))
    , m_maxMemory(memorySpin(this, u"maxMemorySpin"_s))
    , m_fixedReplicas(new QWidget(this))
    , m_replicas(replicaSpin(m_fixedReplicas, u"replicasSpin"_s))
    , m_replicaBand(new QWidget(this))
    , m_minReplicas(replicaSpin(m_replicaBand, u"minReplicasSpin"_s))
    , m_maxReplicas(replicaSpin(m_replicaBand, u"maxReplicasSpin"_s))
    , m_idleScaling(new QCheckBox(tr("Scale to zero when idle"), this))
    , m_idleTimeout(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    m_mode->setObjectName(u"autoscalingModeCombo"_s);
    m_mode->addItem(tr("Vertical: fixed replicas, memory scales"), verticalMode());
    m_mode->addItem(tr("Horizontal: replicas scale, fixed memory"), horizontalMode());
    m_fixedReplicas->setObjectName(u"fixedReplicas"_s);
    m_replicaBand->setObjectName(u"replicaBand"_s);
    m_idleScaling->setObjectName(u"idleScalingCheck"_s);
    m_minMemory->setAccessibleName(tr("Minimum memory per replica"));
    m_maxMemory->setAccessibleName(tr("Maximum memory per replica"));
    m_idleTimeout->setObjectName(u"idleTimeoutSpin"_s);
    m_idleTimeout->setAccessibleName(tr("Idle time before scaling to zero"));
    m_replicas->setAccessibleName(tr("Number of replicas"));
    m_minReplicas->setAccessibleName(tr("Minimum number of replicas"));
    m_maxReplicas->setAccessibleName(tr("Maximum number of replicas"));
    m_idleTimeout->setRange(0, 7 * 24 * 60);
    m_idleTimeout->setSuffix(tr(" min"));
    m_problem->setObjectName(u"scalingProblem"_s);
    m_problem->setWordWrap(true);
    StatusColors::mark(m_problem, StatusColors::Status::Problem);

    auto *memoryRow = new QHBoxLayout;
    memoryRow->addWidget(m_minMemory);
    memoryRow->addWidget(m_memoryTo);
    memoryRow->addWidget(m_maxMemory);
    memoryRow->addStretch();
    auto *fixedRow = new QHBoxLayout(m_fixedReplicas);
    fixedRow->setContentsMargins(0, 0, 0, 0);
    fixedRow->addWidget(m_replicas);
    fixedRow->addStretch();
    auto *bandRow = new QHBoxLayout(m_replicaBand);
    bandRow->setContentsMargins(0, 0, 0, 0);
    bandRow->addWidget(m_minReplicas);
    bandRow->addWidget(new QLabel(tr("to"), m_replicaBand));
    bandRow->addWidget(m_maxReplicas);
    bandRow->addStretch();
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleScaling);
    idleRow->addWidget(new QLabel(tr("after"), this));
    idleRow->addWidget(m_idleTimeout);
    idleRow->addStretch();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Autoscaling:"), m_mode);
    form->addRow(tr("Memory per replica:"), memoryRow);
    form->addRow(tr("Replicas:"), m_fixedReplicas);
    form->addRow(tr("Replicas between:"), m_replicaBand);
    form->addRow(tr("Idle scaling:"), idleRow);
    form->addRow(m_problem);

    for (QSpinBox *spin : { m_minMemory, m_maxMemory, m_replicas, m_minReplicas, m_maxReplicas, m_idleTimeout })
        connect(spin, &QSpinBox::valueChanged, this, &ScalingEditor::updateFeedback);
    connect(m_idleScaling, &QCheckBox::toggled, this, &ScalingEditor::updateFeedback);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScalingEditor::updateFeedback);

    setValues(8, 16, 3, true, 15);
}

void ScalingEditor::setService(const Service &service)
{
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_minMemory),   QSignalBlocker(m_maxMemory),   QSignalBlocker(m_replicas),
            QSignalBlocker(m_minReplicas), QSignalBlocker(m_maxReplicas), QSignalBlocker(m_idleScaling),
            QSignalBlocker(m_idleTimeout), QSignalBlocker(m_mode) };
    const bool horizontal = service.autoscalingMode == horizontalMode();
    const bool known = horizontal || service.autoscalingMode == verticalMode();
    setMode(known ? service.autoscalingMode : QString(), service.autoscalingMode);
    // The spec types memory and the timeout as numbers; the editor works in whole GiB and minutes.
    const int fixedMemory = qRound(service.replicaMemoryGb.value_or(service.maxReplicaMemoryGb.value_or(16)));
    m_minMemory->setValue(horizontal ? fixedMemory : qRound(service.minReplicaMemoryGb.value_or(8)));
    m_maxMemory->setValue(horizontal ? fixedMemory : qRound(service.maxReplicaMemoryGb.value_or(16)));
    const int count = service.numReplicas.value_or(service.minReplicas.value_or(1));
    m_replicas->setValue(count);
    m_minReplicas->setValue(service.minReplicas.value_or(count));
    m_maxReplicas->setValue(service.maxReplicas.value_or(qMax(count, m_minReplicas->value())));
    m_idleScaling->setChecked(service.idleScaling.value_or(false));
    m_idleTimeout->setValue(qRound(service.idleTimeoutMinutes.value_or(15)));
    updateFeedback();
}

void ScalingEditor::setValues(int minMemoryGb, int maxMemoryGb, int replicas, bool idleScaling, int idleTimeoutMinutes)
{
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_minMemory),   QSignalBlocker(m_maxMemory),   QSignalBlocker(m_replicas),
            QSignalBlocker(m_minReplicas), QSignalBlocker(m_maxReplicas), QSignalBlocker(m_idleScaling),
            QSignalBlocker(m_idleTimeout), QSignalBlocker(m_mode) };
    setMode(verticalMode(), {});
    m_minMemory->setValue(minMemoryGb);
    m_maxMemory->setValue(maxMemoryGb);
    m_replicas->setValue(replicas);
    m_minReplicas->setValue(1);
    m_maxReplicas->setValue(qMax(1, replicas));
    m_idleScaling->setChecked(idleScaling);
    m_idleTimeout->setValue(idleTimeoutMinutes);
    updateFeedback();
}

void ScalingEditor::setMode(const QString &mode, const QString &unknownRaw)
{
    // The "keep" entry exists only while a service with an unknown mode is shown.
    const int keep = m_mode->findData(QString());
    if (keep >= 0)
        m_mode->removeItem(keep);
    if (mode.isEmpty()) {
        m_mode->addItem(unknownRaw.isEmpty() ? tr("Keep the current mode")
                                             : tr("Keep the current mode (%1)").arg(unknownRaw),
                        QString());
    }
    m_mode->setCurrentIndex(m_mode->findData(mode));
}

QString ScalingEditor::autoscalingMode() const
{
    return m_mode->currentData().toString();
}

bool ScalingEditor::isHorizontal() const
{
    return autoscalingMode() == horizontalMode();
}

int ScalingEditor::minMemoryGb() const
{
    return isHorizontal() ? m_maxMemory->value() : m_minMemory->value();
}

int ScalingEditor::maxMemoryGb() const
{
    return m_maxMemory->value();
}

int ScalingEditor::replicas() const
{
    return m_replicas->value();
}

int ScalingEditor::minReplicas() const
{
    return m_minReplicas->value();
}

int ScalingEditor::maxReplicas() const
{
    return m_maxReplicas->value();
}

bool ScalingEditor::idleScaling() const
{
    return m_idleScaling->isChecked();
}

int ScalingEditor::idleTimeoutMinutes() const
{
    return m_idleTimeout->value();
}

ReplicaScalingRequest ScalingEditor::request() const
{
    ReplicaScalingRequest request;
    request.autoscalingMode = autoscalingMode();
    // Horizontal: one memory size per replica (min equal to max) and a replica band.
    request.minReplicaMemoryGb = minMemoryGb();
    request.maxReplicaMemoryGb = maxMemoryGb();
    if (isHorizontal()) {
        request.minReplicas = minReplicas();
        request.maxReplicas = maxReplicas();
    } else {
        request.numReplicas = replicas();
    }
    request.idleScaling = idleScaling();
    if (idleScaling())
        request.idleTimeoutMinutes = idleTimeoutMinutes();
    return request;
}

QString ScalingEditor::problem() const
{
    return ServicesViewModel::validateScaling(request());
}

void ScalingEditor::updateFeedback()
{
    const bool horizontal = isHorizontal();
    auto *form = qobject_cast<QFormLayout *>(layout());
    m_minMemory->setVisible(!horizontal);
    m_memoryTo->setVisible(!horizontal);
    form->setRowVisible(m_fixedReplicas, !horizontal);
    form->setRowVisible(m_replicaBand, horizontal);
    m_idleTimeout->setEnabled(m_idleScaling->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT changed();
}

} // namespace chcloud
