#pragma once
// What the fuzz targets share: the input as Qt bytes and a check that stops the run loudly. A
// failed check aborts, so libFuzzer keeps the input as a crash and the replay test fails, with
// or without sanitizers.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace relayq::fuzz {

// The fuzzer's bytes without a copy (the input outlives every use in one run).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Not assert(): it must hold in the Release-like builds too.
inline void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

} // namespace relayq::fuzz
