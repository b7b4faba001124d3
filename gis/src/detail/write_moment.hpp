#pragma once

#include <string_view>

namespace sitefit::gis::detail {

// Marks a moment of a file write: "write-start" (the temporary file is ready for the
// writer), "write-end" (written, before it is flushed and renamed over the target) and
// "committed" (renamed). When the environment variable SITEFIT_STOP_AT names the moment (it
// may name several, separated by commas), the process stops itself there (SIGSTOP): the kill -9
// tests kill a writer at a known moment of its write instead of at a time that may or may not fall
// in it. Otherwise it does nothing.
void markWriteMoment(std::string_view moment);

}  // namespace sitefit::gis::detail
