#include "sitefit/gis/edit_log_reader.hpp"

#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/ogr_field_read.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kEditLogTable = "edit_log";

}  // namespace

std::vector<EditLogEntry> EditLogReader::read(const std::string& workspace, std::size_t limit) {
    const detail::GdalErrorCapture quiet;
    GDALDatasetUniquePtr dataset = detail::openVectorDataset(workspace);
    std::vector<EditLogEntry> entries;
    OGRLayer* log = dataset->GetLayerByName(kEditLogTable);
    if (log == nullptr) {
        return entries;
    }
    const OGRFeatureDefn& definition = *log->GetLayerDefn();
    constexpr std::array<const char*, 8> kColumns{
        "edited_at", "editor", "layer", "object_id", "field", "old_value", "new_value", "version"};
    std::array<int, kColumns.size()> index{};
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
        index[c] = definition.GetFieldIndex(kColumns[c]);
        // old_value, new_value and version may be missing in a log kept by another tool.
        if (index[c] < 0 && c < 5) {
            throw Error(Error::Kind::Input,
                        std::string("the edit log lacks the column '") + kColumns[c] + "'",
                        {workspace, kEditLogTable, "", kColumns[c]});
        }
    }
    // Saves append to the log, so the FID order is the order of the saves; within one save
    // the fields are in the order they were saved.
    std::vector<std::pair<GIntBig, EditLogEntry>> rows;
    log->ResetReading();
    for (const auto& feature : *log) {
        EditLogEntry entry;
        entry.edited_at = detail::fieldText(*feature, index[0]).value_or("");
        entry.editor = detail::fieldText(*feature, index[1]).value_or("");
        entry.layer = detail::fieldText(*feature, index[2]).value_or("");
        entry.object_id = detail::fieldText(*feature, index[3]).value_or("");
        entry.field = detail::fieldText(*feature, index[4]).value_or("");
        entry.old_value = detail::fieldText(*feature, index[5]);
        entry.new_value = detail::fieldText(*feature, index[6]);
        if (index[7] >= 0 && feature->IsFieldSetAndNotNull(index[7])) {
            entry.version = feature->GetFieldAsInteger64(index[7]);
        }
        rows.emplace_back(feature->GetFID(), std::move(entry));
    }
    if (quiet.hasFailure()) {
        throw Error(Error::Kind::Input, "cannot read the edit log: " + quiet.lastMessage(),
                    {workspace, kEditLogTable});
    }
    // Newest first: by time (ISO 8601 in UTC sorts as text), then by FID backwards.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.second.edited_at != b.second.edited_at) {
            return a.second.edited_at > b.second.edited_at;
        }
        return a.first > b.first;
    });
    entries.reserve(rows.size());
    for (auto& [fid, entry] : rows) {
        if (limit != 0 && entries.size() == limit) {
            break;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace sitefit::gis
