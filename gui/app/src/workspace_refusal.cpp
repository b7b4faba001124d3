#include "workspace_refusal.hpp"

#include <QRegularExpression>
#include <QStringList>
#include <utility>

#include "domain_labels.hpp"

namespace sitefit::gui {

WorkspaceRefusedError::WorkspaceRefusedError(const Error& refusal, WorkspaceRefusal details)
    : Error(refusal), m_details(std::move(details)) {}

std::optional<WorkspaceRefusal> refusalOf(const QString& path, const Error& error) {
    if (error.kind() != Error::Kind::Input) {
        return std::nullopt;
    }
    const QString message = qs(error.message());
    // gis::refusal's listing: a heading with the count, the errors grouped by rule, then
    // what to do on the command line (which the window says in its own words).
    static const QRegularExpression heading(QStringLiteral("^the workspace has (\\d+) errors?"));
    if (const QRegularExpressionMatch match = heading.match(message); match.hasMatch()) {
        QString listing = message.mid(message.indexOf(QLatin1Char('\n')) + 1);
        if (const qsizetype advice = listing.indexOf(QStringLiteral("Run `sitefit check"));
            advice >= 0) {
            listing.truncate(advice);
        }
        return WorkspaceRefusal{path, match.captured(1).toInt(), listing.trimmed()};
    }
    // The only error: said as a read that stopped at it says it, naming the feature.
    const ErrorContext& context = error.context();
    if (context.feature.empty()) {
        return std::nullopt;
    }
    QStringList where;
    for (const std::string* part : {&context.layer, &context.feature, &context.field}) {
        if (!part->empty()) {
            where << qs(*part);
        }
    }
    return WorkspaceRefusal{path, 1, where.join(QLatin1Char(' ')) + QStringLiteral(": ") + message};
}

std::optional<WorkspaceRefusal> refusalOf(const std::exception_ptr& failure) {
    if (!failure) {
        return std::nullopt;
    }
    try {
        std::rethrow_exception(failure);
    } catch (const WorkspaceRefusedError& refused) {
        return refused.details();
    } catch (...) {
        return std::nullopt;
    }
}

}  // namespace sitefit::gui
