# Files of app/api, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
    api/ApiCall.h
    api/ApiError.h api/ApiError.cpp
    api/ApiSession.h api/ApiSession.cpp
    api/CloudApi.h api/CloudApi.cpp
    api/ApiReply.h api/ApiReply.cpp
    api/ApiRequest.h
    api/Clock.h api/Clock.cpp
    api/NetworkTransport.h api/NetworkTransport.cpp
    api/RequestLog.h api/RequestLog.cpp
    api/RateBudget.h api/RateBudget.cpp
    api/ReplyEnvelope.h api/ReplyEnvelope.cpp
    api/RequestQueue.h api/RequestQueue.cpp
    api/RequestScheduler.h api/RequestScheduler.cpp
    api/SchedulerLog.h api/SchedulerLog.cpp
    api/Transport.h
)
