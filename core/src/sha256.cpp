#include "sha256.hpp"

#include <openssl/evp.h>

#include <stdexcept>

#include "hex.hpp"

namespace protokol {

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) append_hex(out, digest[i]);
  return out;
}

}  // namespace protokol
