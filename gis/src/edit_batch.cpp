#include <ogrsf_frmts.h>

#include <charconv>
#include <filesystem>
#include <set>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kRequiredColumns[] = {"layer", "id", "field", "value"};
constexpr const char* kVersionColumn = "version";

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
}

}  // namespace

std::vector<FieldChange> WorkspaceEditor::readBatch(const std::string& csvPath) {
    const detail::GdalErrorCapture quiet;
    // GDAL's CSV reader, with every column as text: values are checked by the workspace's
    // rules, not by a guess at their type.
    detail::ensureGdalRegistered();
    if (!std::filesystem::exists(csvPath)) {
        throw Error(Error::Kind::Input, "no such file", {csvPath});
    }
    const char* const drivers[] = {"CSV", nullptr};
    const char* const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    detail::GdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(csvPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr)));
    if (!dataset || dataset->GetLayerCount() != 1) {
        throw Error(Error::Kind::Input,
                    "cannot read the batch as CSV: " + errors.lastMessage("not a CSV file"),
                    {csvPath});
    }
    OGRLayer& layer = *dataset->GetLayer(0);
    const OGRFeatureDefn& definition = *layer.GetLayerDefn();
    std::set<std::string> known{"layer", "id", "field", "value", kVersionColumn};
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
    const int versionColumn = definition.GetFieldIndex(kVersionColumn);
    std::vector<FieldChange> changes;
    std::size_t line = 1;
    layer.ResetReading();
    for (const auto& feature : layer) {
        ++line;
        const std::string origin = csvPath + ", line " + std::to_string(line);
        auto text = [&](const char* column) {
            const int index = feature->GetFieldIndex(column);
            return feature->IsFieldSetAndNotNull(index)
                       ? std::string(feature->GetFieldAsString(index))
                       : std::string{};
        };
        FieldChange change;
        change.layer = trimmed(text("layer"));
        change.id = trimmed(text("id"));
        change.field = trimmed(text("field"));
        change.value = text("value");
        change.origin = origin;
        if (versionColumn >= 0) {
            const std::string version = trimmed(text(kVersionColumn));
            if (!version.empty()) {
                std::int64_t value = 0;
                const auto [end, error] =
                    std::from_chars(version.data(), version.data() + version.size(), value);
                if (error != std::errc{} || end != version.data() + version.size() || value < 0) {
                    throw Error(Error::Kind::Input,
                                "'" + version + "' is not a version (a whole number ≥ 0)",
                                {origin, "", change.id, kVersionColumn});
                }
                change.expected_version = value;
            }
        }
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
