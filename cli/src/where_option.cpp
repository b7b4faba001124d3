#include "where_option.hpp"

#include "sitefit/core/error.hpp"

namespace sitefit::cli {

void WhereOption::addTo(CLI::App& command) {
    m_option = command.add_option(
        "--where", m_text,
        "Only the sites meeting this filter, e.g. \"area_mu >= 30 AND status = 'available'\" "
        "(docs/cli.md, Filters)");
}

std::optional<core::SiteFilter> WhereOption::filter() const {
    // Given but empty ("--where ''") is a mistake to report, not "no filter".
    if (m_option == nullptr || m_option->count() == 0) {
        return std::nullopt;
    }
    try {
        return core::SiteFilter::parse(m_text);
    } catch (const core::AttributeFilterError& error) {
        throw Error(Error::Kind::Usage, "--where: " + error.message());
    }
}

}  // namespace sitefit::cli
