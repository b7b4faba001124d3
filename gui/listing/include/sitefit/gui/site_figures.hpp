#pragma once

#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/date.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/listing.hpp"

namespace sitefit::gui {

// The language of a brochure or site card. Its fixed texts come from the installed Qt
// translator (context "sitefit::gui::Listing"); this chooses the half of bilingual names
// ("海州高新区 Haizhou Hi-tech Zone") and the catalogue's name_zh or name_en.
enum class ListingLanguage { Chinese, English };

// The Chinese or the English half of a name written "中文 English"; the whole name when it
// is not bilingual.
[[nodiscard]] QString localName(const std::string& name, ListingLanguage language);
[[nodiscard]] QString chainName(const core::CatalogueTables& catalogue, const std::string& code,
                                ListingLanguage language);
[[nodiscard]] QString categoryName(const core::CatalogueTables& catalogue, const std::string& code,
                                   ListingLanguage language);
[[nodiscard]] QString zoneKindLabel(core::ZoneKind kind);
[[nodiscard]] QString buildingKindLabel(core::BuildingKind kind);
[[nodiscard]] QString partnerRelationLabel(core::ChainPartner::Relation relation);

// "850 m", "1.2 km".
[[nodiscard]] QString distanceText(double metres);
// "35.2 亩 (23,456 m²)".
[[nodiscard]] QString landAreaText(double m2);
// "12,345".
[[nodiscard]] QString groupedFigure(double value);

// What is known about how current a listing's figures are.
struct Freshness {
    bool edit_log_present = false;
    std::optional<core::Date> file_modified;
    core::Date as_of{};
};
[[nodiscard]] Freshness freshnessOf(const core::Listing& listing);

// "updated 3 days ago (2025-02-26)", or honestly "no edit record" (with the workspace
// file's modification date where known).
[[nodiscard]] QString freshnessText(const std::optional<core::Date>& last_edit,
                                    const Freshness& freshness);
// The short form for a table cell: "3 d ago", "—".
[[nodiscard]] QString freshnessShort(const std::optional<core::Date>& last_edit,
                                     const Freshness& freshness);
// The note under a listing saying where freshness comes from.
[[nodiscard]] QString freshnessNote(const Freshness& freshness);

// One labelled figure of a site, as a card shows it.
struct SiteFigure {
    QString label;
    QString value;
};

// The figures an investor asks for, in the order a card shows them: for land the area in
// 亩 and m², land use, FAR range, height limit, land price and total, power, available
// from; for floor space the building kind, floors, vacant space, floor load, clear height,
// rent, available from; then zone, carrier, the nearest chain leader and enterprise of each
// of the site's chains, and when its figures were last updated.
[[nodiscard]] std::vector<SiteFigure> siteFigures(const core::ListedSite& site,
                                                  const core::District& district,
                                                  ListingLanguage language,
                                                  const Freshness& freshness);

// "GX-0012 · land, 35.2 亩" / "B000123 · floor space, 3,200 m²".
[[nodiscard]] QString siteHeadline(const core::ListedSite& site);

}  // namespace sitefit::gui
