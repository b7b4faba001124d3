#include <ogrsf_frmts.h>

#include <charconv>
#include <filesystem>
#include <optional>
#include <set>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/ogr_field_read.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kRequiredColumns[] = {"layer", "id", "field", "value"};
constexpr const char* kVersionColumn = "version";

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
}

// The batch through GDAL's CSV reader, with every column as text: values are checked by the
// workspace's rules, not by a guess at their type.
GDALDatasetUniquePtr openBatch(const std::string& csvPath, const detail::GdalErrorCapture& errors) {
    const char* const drivers[] = {"CSV", nullptr};
    const char* const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(csvPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr)));
    if (!dataset || dataset->GetLayerCount() != 1) {
        throw Error(Error::Kind::Input,
                    "cannot read the batch as CSV: " + errors.lastMessage("not a CSV file"),
                    {csvPath});
    }
    return dataset;
}

// Refuses a column a batch does not have, and a missing required one.
void checkColumns(const OGRFeatureDefn& definition, const std::string& csvPath) {
    const std::set<std::string> known{"layer", "id", "field", "value", kVersionColumn};
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const std::string name = definition.GetFieldDefn(i)->GetNameRef();
        if (known.count(name) == 0) {
            throw Error(Error::Kind::Input,
                        "unknown column '" + name +
                            "'; a batch has the columns layer, id, field, value and optionally "
                            "version",
                        {csvPath});
        }
    }
    for (const char* column : kRequiredColumns) {
        if (definition.GetFieldIndex(column) < 0) {
            throw Error(Error::Kind::Input,
                        std::string("the column '") + column +
                            "' is missing; a batch has the columns layer, id, field, value and "
                            "optionally version",
                        {csvPath});
        }
    }
}

// The version a change expects, from the version column; none when it is empty.
std::optional<std::int64_t> expectedVersion(const std::string& version, const ErrorContext& where) {
    if (version.empty()) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, error] =
        std::from_chars(version.data(), version.data() + version.size(), value);
    if (error != std::errc{} || end != version.data() + version.size() || value < 0) {
        throw Error(Error::Kind::Input, "'" + version + "' is not a version (a whole number ≥ 0)",
                    where);
    }
    return value;
}

// One line of the batch as a change.
FieldChange changeOf(const OGRFeature& feature, const std::string& origin, bool versioned) {
    auto text = [&](const char* column) {
        return detail::fieldText(feature, feature.GetFieldIndex(column)).value_or(std::string{});
    };
    FieldChange change;
    change.layer = trimmed(text("layer"));
    change.id = trimmed(text("id"));
    change.field = trimmed(text("field"));
    change.value = text("value");
    change.origin = origin;
    if (versioned) {
        change.expected_version =
            expectedVersion(trimmed(text(kVersionColumn)), {origin, "", change.id, kVersionColumn});
    }
    return change;
}

}  // namespace

std::vector<FieldChange> WorkspaceEditor::readBatch(const std::string& csvPath) {
    const detail::GdalErrorCapture quiet;
    detail::ensureGdalRegistered();
    if (!std::filesystem::exists(csvPath)) {
        throw Error(Error::Kind::Input, "no such file", {csvPath});
    }
    detail::GdalErrorCapture errors;
    GDALDatasetUniquePtr dataset = openBatch(csvPath, errors);
    OGRLayer& layer = *dataset->GetLayer(0);
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    checkColumns(definition, csvPath);
    const bool versioned = definition.GetFieldIndex(kVersionColumn) >= 0;
    std::vector<FieldChange> changes;
    std::size_t line = 1;
    layer.ResetReading();
    for (const auto& feature : layer) {
        ++line;
        FieldChange change =
            changeOf(*feature, csvPath + ", line " + std::to_string(line), versioned);
        if (change.layer.empty() && change.id.empty() && change.field.empty() &&
            trimmed(change.value).empty()) {
            continue;  // a blank line
        }
        changes.push_back(std::move(change));
    }
    if (errors.hasFailure()) {
        throw Error(Error::Kind::Input, "cannot read the batch: " + errors.lastMessage(),
                    {csvPath});
    }
    return changes;
}

}  // namespace sitefit::gis
