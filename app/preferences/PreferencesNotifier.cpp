#include "PreferencesNotifier.h"

namespace chcloud {

PreferencesNotifier *PreferencesNotifier::instance()
{
    static PreferencesNotifier notifier;
    return &notifier;
}

} // namespace chcloud
