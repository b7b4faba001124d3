#pragma once

#include <QString>
#include <vector>

#include "sitefit/gui/site_cards.hpp"

namespace sitefit::gui {

class WorkspaceDocument;

// The files of an investor's proposal package.
struct ProposalFiles {
    QString pdf;         // the site cards
    QString geopackage;  // the chosen sites, beside it with the same name
    int pages = 0;
};

// Writes the shortlist as a proposal package: `pdf_path` (a cover and one site card per
// site, gui::writeSiteCardsPdf) and a GeoPackage of the same name (layer `proposal_sites`:
// the sites' polygons in the workspace CRS with the listing's columns plus rank and score,
// through gis::VectorFileWriter). Each file is replaced atomically. Reads the document,
// writes nothing into the workspace. Throws sitefit::Error.
ProposalFiles writeProposalPackage(const WorkspaceDocument& document,
                                   const std::vector<SiteCard>& cards,
                                   const ProposalDetails& details, const QString& pdf_path);

}  // namespace sitefit::gui
