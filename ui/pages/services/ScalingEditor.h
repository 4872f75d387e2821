#pragma once

#include "domain/ServiceRequests.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace chcloud {

struct Service;

/// The scaling of a service as the user edits it: minimum and maximum memory per
/// replica (multiples of 4 GiB within 8–356), the number of replicas (1–20), idle
/// scaling and its timeout (≥ 5 minutes). It says what is wrong as the values
/// change; problem() is empty when the values may be sent.
class ScalingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScalingEditor(QWidget *parent = nullptr);

    /// Shows a service's current scaling.
    void setService(const Service &service);
    /// Sets the values directly (the create dialog's defaults).
    void setValues(int minMemoryGb, int maxMemoryGb, int replicas, bool idleScaling, int idleTimeoutMinutes);

    int minMemoryGb() const;
    int maxMemoryGb() const;
    int replicas() const;
    bool idleScaling() const;
    int idleTimeoutMinutes() const;

    /// The values as a replicaScaling request.
    ReplicaScalingRequest request() const;
    /// Why the values cannot be sent, or an empty string.
    QString problem() const;

Q_SIGNALS:
    /// A value changed.
    void changed();

private:
    void updateFeedback();

    QSpinBox *m_minMemory;
    QSpinBox *m_maxMemory;
    QSpinBox *m_replicas;
    QCheckBox *m_idleScaling;
    QSpinBox *m_idleTimeout;
    QLabel *m_problem;
};

} // namespace chcloud
