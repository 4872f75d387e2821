#pragma once

#include <QString>

namespace chcloud::emulator {

class Store;
struct ApiKey;
struct ApiRequest;

/// HTTP Basic authentication against the stored SHA-256 hashes of key IDs and
/// secrets. Missing or wrong credentials, a disabled key and an expired key are all
/// 401; the message says which, as the real API's do.
class Authenticator
{
public:
    explicit Authenticator(Store &store);

    struct Result
    {
        ApiKey *key = nullptr; ///< set when authenticated
        QString error; ///< the 401 message otherwise
    };

    /// Authenticates and, on success, records the use (`usedAt`).
    Result authenticate(const ApiRequest &request);

private:
    Store &m_store;
};

} // namespace chcloud::emulator
