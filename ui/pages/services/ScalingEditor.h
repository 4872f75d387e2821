#pragma once

#include "domain/ServiceRequests.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace chcloud {

struct Service;

/// The scaling of a service as the user edits it. The autoscaling mode decides the
/// shape: vertical keeps a fixed number of replicas (1–20) while memory per replica
/// scales between a minimum and a maximum (multiples of 4 GiB within 8–356);
/// horizontal keeps one memory size per replica while the replica count scales
/// between a minimum and a maximum. Idle scaling and its timeout (≥ 5 minutes) apply
/// to both. It says what is wrong as the values change; problem() is empty when the
/// values may be sent.
///
/// A service whose mode the app does not know (the API may add modes) gets a
/// "keep the current mode" choice, which leaves autoscalingMode out of the request.
class ScalingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScalingEditor(QWidget *parent = nullptr);

    /// Shows a service's current scaling.
    void setService(const Service &service);
    /// Sets the values directly (the create dialog's defaults); the mode becomes vertical.
    void setValues(int minMemoryGb, int maxMemoryGb, int replicas, bool idleScaling, int idleTimeoutMinutes);

    /// "vertical", "horizontal", or empty for "keep the current mode".
    QString autoscalingMode() const;
    bool isHorizontal() const;
    int minMemoryGb() const;
    int maxMemoryGb() const;
    int replicas() const;
    int minReplicas() const;
    int maxReplicas() const;
    bool idleScaling() const;
    int idleTimeoutMinutes() const;

    /// The values as a replicaScaling request, shaped by the mode.
    ReplicaScalingRequest request() const;
    /// Why the values cannot be sent, or an empty string.
    QString problem() const;

Q_SIGNALS:
    /// A value changed.
    void changed();

private:
    void setMode(const QString &mode, const QString &unknownRaw);
    void updateFeedback();

    QComboBox *m_mode;
    QSpinBox *m_minMemory;
    QLabel *m_memoryTo;
    QSpinBox *m_maxMemory;
    QWidget *m_fixedReplicas;
    QSpinBox *m_replicas;
    QWidget *m_replicaBand;
    QSpinBox *m_minReplicas;
    QSpinBox *m_maxReplicas;
    QCheckBox *m_idleScaling;
    QSpinBox *m_idleTimeout;
    QLabel *m_problem;
};

} // namespace chcloud
