# Notifications: what is worth telling the user outside the page on screen (paths relative to app/).
target_sources(chcloud_core PRIVATE
    notifications/KeyExpiryCheck.h notifications/KeyExpiryCheck.cpp
    notifications/Notifier.h notifications/Notifier.cpp
)
