target_sources(chcloud_core PRIVATE
    viewmodels/CsvWriter.h viewmodels/CsvWriter.cpp
)
