#pragma once

#include <QString>

namespace chcloud::emulator {

class Store;

/// `--state FILE`: the store as one JSON document, so data survives restarts.
/// Written atomically (QSaveFile) after every successful mutation. Key secrets and
/// service passwords are never in it: only their SHA-256 hashes, as in memory.
namespace statefile {

bool load(Store &store, const QString &path, QString *error);
bool save(const Store &store, const QString &path, QString *error);

} // namespace statefile
} // namespace chcloud::emulator
