#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace chcloud {

class KeyRotation;

/// The guided key rotation: what will happen, one line per step with its
/// outcome as it runs, and at the end either the result or exactly where it
/// stopped and what state the keys are in.
class KeyRotationDialog : public QDialog
{
    Q_OBJECT

public:
    /// The rotation is not owned (the caller usually parents it to the dialog).
    explicit KeyRotationDialog(KeyRotation *rotation, QWidget *parent = nullptr);
    ~KeyRotationDialog() override;

    KeyRotation *rotation() const { return m_rotation; }

    /// Refused while the rotation runs: closing then could drop the new secret.
    void done(int result) override;

public Q_SLOTS:
    void start();

private:
    void buildSteps();
    void onStepStarted(int step);
    void onStepFinished(int step, bool ok, const QString &detail);
    void onFinished(bool ok);

    KeyRotation *m_rotation;
    QCheckBox *m_deleteOld = nullptr;
    QList<QLabel *> m_stepLabels;
    QWidget *m_stepsBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace chcloud
