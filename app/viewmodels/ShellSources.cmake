# The main window's view-models and the demo emulator launcher (paths relative to app/).
target_sources(chcloud_core PRIVATE
    DemoEmulator.h DemoEmulator.cpp
    TerminationSignals.h TerminationSignals.cpp
    viewmodels/SchedulerStatusFormatter.h viewmodels/SchedulerStatusFormatter.cpp
    viewmodels/RequestLogModel.h viewmodels/RequestLogModel.cpp
    viewmodels/ItemStatus.h
    viewmodels/CommandPaletteModel.h viewmodels/CommandPaletteModel.cpp
)
