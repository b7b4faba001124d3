#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace sitefit::gis {

// Writes a file so that a crash at any moment leaves either the previous file or the new
// one, never a mix: the work goes into a temporary file beside the target, which replaces
// the target by rename(2) only on commit(). Uncommitted, the temporary file is removed (a
// killed writer's is removed by the next writer: removeStaleTemporaries).
class AtomicFileReplacement {
public:
    enum class Start {
        Empty,         // the temporary file does not exist yet; the caller creates it
        CopyOfTarget,  // the temporary file starts as a copy of the target
    };

    // Throws sitefit::Error (Output) when the copy cannot be made.
    AtomicFileReplacement(std::filesystem::path target, Start start);
    AtomicFileReplacement(const AtomicFileReplacement&) = delete;
    AtomicFileReplacement& operator=(const AtomicFileReplacement&) = delete;
    AtomicFileReplacement(AtomicFileReplacement&&) = delete;
    AtomicFileReplacement& operator=(AtomicFileReplacement&&) = delete;
    ~AtomicFileReplacement();

    // Where to write. Same directory and extension as the target.
    [[nodiscard]] const std::filesystem::path& temporaryPath() const noexcept {
        return m_temporary;
    }

    // Flushes the temporary file to disk and renames it over the target.
    // The caller must have closed every handle on the temporary file.
    void commit();

    // Removes the temporary files of `target` (and their SQLite side files) that a writer
    // killed before it could clean up left behind: those named with the pid of a process
    // that no longer exists. Call it holding the WorkspaceLock of `target`, so that no
    // other writer is at work. Returns how many files were removed.
    static std::size_t removeStaleTemporaries(const std::filesystem::path& target);

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_committed = false;
};

// A whole file written through an AtomicFileReplacement: `write` fills the stream, and the
// file replaces `target` only once all of it is written. Throws sitefit::Error (Output) with
// `failure` and the target's name when the stream fails.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::ostream&)>& write,
                         const std::string& failure);

// Writes `content` to `target` through an AtomicFileReplacement: a reader sees the old file
// or the whole new one. Throws sitefit::Error (Output) naming the file.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

}  // namespace sitefit::gis
