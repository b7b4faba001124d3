#include "proposal_package.hpp"

#include <QFileInfo>

#include "site_card_widget.hpp"
#include "sitefit/core/listing_table.hpp"
#include "sitefit/gis/vector_file_writer.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {

ProposalFiles writeProposalPackage(const WorkspaceDocument& document,
                                   const std::vector<SiteCard>& cards,
                                   const ProposalDetails& details, const QString& pdf_path) {
    const QFileInfo info(pdf_path);
    ProposalFiles files;
    files.pdf = pdf_path;
    files.geopackage =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".gpkg");

    std::vector<core::ListedSite> sites;
    sites.reserve(cards.size());
    for (const SiteCard& card : cards) {
        sites.push_back(card.site);
    }
    const planning::WorkspaceSession& session = document.session();
    gis::ResultLayer layer{
        "proposal_sites",
        core::listingTable(sites, document.district(), document.listingSources().contacts),
        {}};
    layer.table.columns.push_back({"rank", core::ColumnType::Integer});
    layer.table.columns.push_back({"score", core::ColumnType::Real});
    for (std::size_t i = 0; i < cards.size(); ++i) {
        layer.table.rows[i].push_back(
            cards[i].rank ? core::Cell(static_cast<std::int64_t>(*cards[i].rank)) : core::Cell());
        layer.table.rows[i].push_back(cards[i].score ? core::Cell(*cards[i].score) : core::Cell());
        layer.geometries.push_back(session.siteGeometry(cards[i].site.site));
    }
    files.pages = writeSiteCardsPdf(cards, document.mapData(), uiListingLanguage(), details,
                                    pdf_path.toStdString());
    gis::VectorFileWriter::write(files.geopackage.toStdString(),
                                 session.capacity().workspace.crs_wkt, layer);
    return files;
}

}  // namespace sitefit::gui
