#pragma once

#include <filesystem>
#include <string>
#include <utility>

#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

// Why writing `written`, the temporary file for `target`, may have failed for want of room,
// as a sentence that ends the error message: the file system is full (SQLite and GDAL say
// only "database or disk is full", or "disk I/O error"), or the file reached the process's
// size limit (ulimit -f). `message` is the error's own. Empty when neither shows.
[[nodiscard]] std::string storageShortage(const std::filesystem::path& written,
                                          const std::filesystem::path& target,
                                          const std::string& message);

// Runs `body`. An Output or Input error it throws while storage is short is thrown again as
// an Output error naming the shortage. Call it while `written` still exists: removing the
// unfinished file frees the room again.
template <typename Body>
void explainingStorageShortage(const std::filesystem::path& written,
                               const std::filesystem::path& target, Body&& body) {
    try {
        std::forward<Body>(body)();
    } catch (const Error& error) {
        if (error.kind() != Error::Kind::Output && error.kind() != Error::Kind::Input) {
            throw;
        }
        const std::string shortage = storageShortage(written, target, error.message());
        if (shortage.empty()) {
            throw;
        }
        throw Error(Error::Kind::Output, error.message() + ". " + shortage, error.context());
    }
}

}  // namespace sitefit::gis::detail
