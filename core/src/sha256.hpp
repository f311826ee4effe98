// sha256: content fingerprints (OpenSSL libcrypto; never a hand-written hash).
#pragma once

#include <string>
#include <string_view>

namespace protokol {

/// Lowercase hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace protokol
