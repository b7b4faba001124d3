#pragma once

#include <QString>
#include <exception>
#include <optional>

#include "sitefit/core/error.hpp"

namespace sitefit::gui {

// A workspace the reader refused for its flawed features (read with FlawHandling::Refuse):
// its features with errors, which it opens without when asked (FlawHandling::SetAside).
struct WorkspaceRefusal {
    QString path;      // as it was opened: a GeoPackage or a PG: connection
    int errors = 0;    // how many features were refused
    QString problems;  // one line a problem, grouped by rule, as the reader listed them
};

// Thrown by WorkspaceDocument::openInBackground in place of the reader's refusal, so the
// window that asked can offer to open without the flawed features: the same Error (kind,
// context, what()) with the path it was opening.
class WorkspaceRefusedError : public Error {
public:
    WorkspaceRefusedError(const Error& refusal, WorkspaceRefusal details);
    [[nodiscard]] const WorkspaceRefusal& details() const noexcept { return m_details; }

private:
    WorkspaceRefusal m_details;
};

// Whether `error` is the reader's refusal of a workspace for its errors: an Input error
// listing them ("the workspace has N errors …"), or naming the only one (a feature's).
// The refusal's listing of the errors, when it is one.
[[nodiscard]] std::optional<WorkspaceRefusal> refusalOf(const QString& path, const Error& error);

// The refusal a failed task (BackgroundTask::failure()) was, if any.
[[nodiscard]] std::optional<WorkspaceRefusal> refusalOf(const std::exception_ptr& failure);

}  // namespace sitefit::gui
