#include "ScalingEditor.h"

#include "domain/Service.h"
#include "domain/Validation.h"
#include "viewmodels/ServicesViewModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

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

} // namespace

ScalingEditor::ScalingEditor(QWidget *parent)
    : QWidget(parent)
    , m_minMemory(memorySpin(this, u"minMemorySpin"_s))
    , m_maxMemory(memorySpin(this, u"maxMemorySpin"_s))
    , m_replicas(new QSpinBox(this))
    , m_idleScaling(new QCheckBox(tr("Scale to zero when idle"), this))
    , m_idleTimeout(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    m_replicas->setObjectName(u"replicasSpin"_s);
    m_replicas->setRange(0, 64);
    m_idleScaling->setObjectName(u"idleScalingCheck"_s);
    m_minMemory->setAccessibleName(tr("Minimum memory per replica"));
    m_maxMemory->setAccessibleName(tr("Maximum memory per replica"));
    m_idleTimeout->setObjectName(u"idleTimeoutSpin"_s);
    m_idleTimeout->setAccessibleName(tr("Idle time before scaling to zero"));
    m_idleTimeout->setRange(0, 7 * 24 * 60);
    m_idleTimeout->setSuffix(tr(" min"));
    m_problem->setObjectName(u"scalingProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);

    auto *memoryRow = new QHBoxLayout;
    memoryRow->addWidget(m_minMemory);
    memoryRow->addWidget(new QLabel(tr("to"), this));
    memoryRow->addWidget(m_maxMemory);
    memoryRow->addStretch();
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleScaling);
    idleRow->addWidget(new QLabel(tr("after"), this));
    idleRow->addWidget(m_idleTimeout);
    idleRow->addStretch();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Memory per replica:"), memoryRow);
    form->addRow(tr("Replicas:"), m_replicas);
    form->addRow(tr("Idle scaling:"), idleRow);
    form->addRow(m_problem);

    for (QSpinBox *spin : { m_minMemory, m_maxMemory, m_replicas, m_idleTimeout })
        connect(spin, &QSpinBox::valueChanged, this, &ScalingEditor::updateFeedback);
    connect(m_idleScaling, &QCheckBox::toggled, this, &ScalingEditor::updateFeedback);

    setValues(8, 16, 3, true, 15);
}

void ScalingEditor::setService(const Service &service)
{
    // The spec types these as numbers; the editor works in whole GiB and minutes.
    setValues(qRound(service.minReplicaMemoryGb.value_or(8)), qRound(service.maxReplicaMemoryGb.value_or(16)),
              service.numReplicas.value_or(service.minReplicas.value_or(1)), service.idleScaling.value_or(false),
              qRound(service.idleTimeoutMinutes.value_or(15)));
}

void ScalingEditor::setValues(int minMemoryGb, int maxMemoryGb, int replicas, bool idleScaling, int idleTimeoutMinutes)
{
    const QSignalBlocker blockers[]
        = { QSignalBlocker(m_minMemory), QSignalBlocker(m_maxMemory), QSignalBlocker(m_replicas),
            QSignalBlocker(m_idleScaling), QSignalBlocker(m_idleTimeout) };
    m_minMemory->setValue(minMemoryGb);
    m_maxMemory->setValue(maxMemoryGb);
    m_replicas->setValue(replicas);
    m_idleScaling->setChecked(idleScaling);
    m_idleTimeout->setValue(idleTimeoutMinutes);
    updateFeedback();
}

int ScalingEditor::minMemoryGb() const
{
    return m_minMemory->value();
}

int ScalingEditor::maxMemoryGb() const
{
    return m_maxMemory->value();
}

int ScalingEditor::replicas() const
{
    return m_replicas->value();
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
    request.minReplicaMemoryGb = minMemoryGb();
    request.maxReplicaMemoryGb = maxMemoryGb();
    request.numReplicas = replicas();
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
    m_idleTimeout->setEnabled(m_idleScaling->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT changed();
}

} // namespace chcloud
