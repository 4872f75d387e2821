#pragma once

#include "Preferences.h"

#include <QObject>

namespace chcloud {

/// Tells whoever follows a preference live (the keys' "expiring soon" threshold)
/// that the application's preferences were saved. One per process, living as long
/// as the application; Preferences::save() announces through it.
class PreferencesNotifier : public QObject
{
    Q_OBJECT

public:
    static PreferencesNotifier *instance();

Q_SIGNALS:
    /// The application's preferences were saved with these values.
    void changed(const chcloud::Preferences &preferences);

private:
    using QObject::QObject;
};

} // namespace chcloud
