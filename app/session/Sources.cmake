# Sign-in, the session of the signed-in profile and profile editing: the code
# outside app/secrets/ that handles key secrets (paths relative to app/).
target_sources(chcloud_core PRIVATE
    session/SessionManager.h session/SessionManager.cpp
    session/ProfilesViewModel.h session/ProfilesViewModel.cpp
    session/ProfileKeyActions.h session/ProfileKeyActions.cpp
)
