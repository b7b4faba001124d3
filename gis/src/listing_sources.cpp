#include "sitefit/gis/listing_sources.hpp"

#include <ogrsf_frmts.h>

#include <array>
#include <chrono>
#include <filesystem>
#include <span>
#include <string_view>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/ogr_field_read.hpp"
#include "sitefit/core/listing_table.hpp"
#include "sitefit/gis/matching_session.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kCarriersTable = "carriers";
constexpr const char* kEditLogTable = "edit_log";

// The first of `names` the layer has, or -1.
int fieldIndex(const OGRFeatureDefn& definition, std::span<const std::string_view> names) {
    for (const std::string_view name : names) {
        const int index = definition.GetFieldIndex(std::string(name).c_str());
        if (index >= 0) {
            return index;
        }
    }
    return -1;
}

std::string textOf(const OGRFeature& feature, int index) {
    return detail::fieldText(feature, index).value_or(std::string{});
}

std::vector<core::CarrierContact> readContacts(GDALDataset& dataset) {
    std::vector<core::CarrierContact> contacts;
    OGRLayer* layer = dataset.GetLayerByName(kCarriersTable);
    if (layer == nullptr) {
        return contacts;
    }
    const OGRFeatureDefn& definition = *layer->GetLayerDefn();
    constexpr std::array<std::string_view, 1> kCarrier{"carrier"};
    constexpr std::array<std::string_view, 2> kName{"contact_name", "contact"};
    constexpr std::array<std::string_view, 2> kPhone{"phone", "telephone"};
    constexpr std::array<std::string_view, 1> kEmail{"email"};
    constexpr std::array<std::string_view, 1> kAddress{"address"};
    const int carrier = fieldIndex(definition, kCarrier);
    if (carrier < 0) {
        return contacts;
    }
    const int name = fieldIndex(definition, kName);
    const int phone = fieldIndex(definition, kPhone);
    const int email = fieldIndex(definition, kEmail);
    const int address = fieldIndex(definition, kAddress);
    layer->ResetReading();
    for (const auto& feature : *layer) {
        core::CarrierContact contact{textOf(*feature, carrier), textOf(*feature, name),
                                     textOf(*feature, phone), textOf(*feature, email),
                                     textOf(*feature, address)};
        if (!contact.carrier.empty()) {
            contacts.push_back(std::move(contact));
        }
    }
    return contacts;
}

std::optional<core::Date> dateOf(const OGRFeature& feature, int index) {
    if (!feature.IsFieldSetAndNotNull(index)) {
        return std::nullopt;
    }
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        const std::optional<detail::OgrDate> read = detail::fieldDate(feature, index);
        if (!read) {
            return std::nullopt;
        }
        const core::Date date{std::chrono::year(read->year),
                              std::chrono::month(static_cast<unsigned>(read->month)),
                              std::chrono::day(static_cast<unsigned>(read->day))};
        return date.ok() ? std::optional(date) : std::nullopt;
    }
    // Text: an ISO 8601 date or date-time ("2025-02-27T10:31:00Z"): its first ten characters.
    const std::string text = feature.GetFieldAsString(index);
    return core::parseIsoDate(std::string_view(text).substr(0, 10));
}

void readEditLog(GDALDataset& dataset, core::DataFreshness& freshness, std::string* problem) {
    OGRLayer* layer = dataset.GetLayerByName(kEditLogTable);
    if (layer == nullptr) {
        return;
    }
    const OGRFeatureDefn& definition = *layer->GetLayerDefn();
    constexpr std::array<std::string_view, 3> kLayer{"layer", "layer_name", "table_name"};
    constexpr std::array<std::string_view, 4> kObject{"object_id", "feature_id", "site_id", "id"};
    // `edited_at` is what `sitefit edit` writes (UTC, ISO 8601); the others are accepted
    // from logs kept by other tools.
    constexpr std::array<std::string_view, 6> kWhen{"edited_at",  "when",      "at",
                                                    "changed_at", "timestamp", "time"};
    const int layerField = fieldIndex(definition, kLayer);
    const int objectField = fieldIndex(definition, kObject);
    const int whenField = fieldIndex(definition, kWhen);
    if (layerField < 0 || objectField < 0 || whenField < 0) {
        if (problem != nullptr) {
            *problem =
                "the edit_log table lacks a column it needs (layer, object_id and when); "
                "the listing says there is no edit record";
        }
        return;
    }
    freshness.edit_log_present = true;
    layer->ResetReading();
    for (const auto& feature : *layer) {
        const std::optional<core::Date> when = dateOf(*feature, whenField);
        if (!when) {
            continue;
        }
        auto key = std::make_pair(textOf(*feature, layerField), textOf(*feature, objectField));
        auto [entry, added] = freshness.last_edit.emplace(std::move(key), *when);
        if (!added && entry->second < *when) {
            entry->second = *when;
        }
    }
}

std::optional<core::Date> modificationDate(const std::string& dataset) {
    std::error_code error;
    const std::filesystem::path path(dataset);
    if (!std::filesystem::is_regular_file(path, error)) {
        return std::nullopt;
    }
    const auto written = std::filesystem::last_write_time(path, error);
    if (error) {
        return std::nullopt;
    }
    const auto system = std::chrono::file_clock::to_sys(written);
    return core::Date{std::chrono::floor<std::chrono::days>(system)};
}

}  // namespace

core::ListingSources ListingSourceReader::read(const std::string& dataset, std::string* problem) {
    const detail::GdalErrorCapture quiet;
    GDALDatasetUniquePtr opened = detail::openVectorDataset(dataset);
    core::ListingSources sources;
    sources.contacts = readContacts(*opened);
    readEditLog(*opened, sources.freshness, problem);
    sources.freshness.file_modified = modificationDate(dataset);
    return sources;
}

core::Listing buildListing(const MatchingSession& session, const core::ListingScope& scope,
                           core::Date as_of, std::string* problem) {
    const CapacityAnalysis& capacity = session.capacity();
    const core::ListingSources sources =
        ListingSourceReader::read(capacity.workspace.source, problem);
    core::Listing listing = core::ListingBuilder::build(
        session.district(), capacity.report, capacity.facts, session.catalogue(), session.sites(),
        scope, sources, as_of, session.rules().disclosure);
    listing.set_aside = capacity.workspace.problems.errorCount();
    return listing;
}

ResultLayer listingLayer(const MatchingSession& session, const core::Listing& listing,
                         const std::string& name) {
    ResultLayer layer{name, core::listingTable(listing, session.district()), {}};
    for (const core::ListedSite& site : listing.sites) {
        layer.geometries.push_back(session.siteGeometry(session.sites().at(site.site)));
    }
    return layer;
}

}  // namespace sitefit::gis
