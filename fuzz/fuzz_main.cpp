// The libFuzzer entry point of one target: SITEFIT_FUZZ_ENTRY names its function in
// entries.hpp (fuzz/CMakeLists.txt builds this file once per target).
#include <cstddef>
#include <cstdint>

#include "entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sitefit::fuzz::SITEFIT_FUZZ_ENTRY(data, size);
    return 0;
}
