#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "sitefit/gis/import_mapping.hpp"

namespace sitefit::gis {

// One schema field of a suggested layer mapping.
struct SuggestedField {
    std::string schema_field;  // e.g. "parcel_id"
    std::string source_field;  // e.g. "地块编号"; "" when nothing fits
    bool required = false;     // the schema requires it
    bool guessed = false;      // from the header's words, not an exact name: check it
};

// A source value of a translated field that neither the schema nor a built-in table knows:
// the planner gives it a value table entry.
struct UntranslatedValue {
    std::string schema_field;   // e.g. "status"
    std::string source_value;   // e.g. "招拍挂中"
    std::size_t count = 0;      // features holding it
    std::vector<std::string> nearest;  // nearest known values, best first
};

// The suggested mapping of one target layer ("parcels", ...) from its source.
struct SuggestedLayer {
    std::string target;
    std::string source;        // as given
    std::string source_layer;  // the layer read
    std::vector<std::string> source_fields;  // every field of the source, in its order
    std::vector<SuggestedField> fields;      // every schema field, in schema order
    std::vector<UntranslatedValue> untranslated;
};

// What `sitefit import ... --suggest-mapping FILE.toml` and the map window's import dialog
// propose for sources as they are: each schema field's likely source field, guessed from
// common Chinese and English headers (地块编号, 用地性质, 容积率, 层数, 建筑面积, ...) and
// marked as a guess, and every value that needs a table. Sources are only read.
struct MappingSuggestion {
    std::vector<SuggestedLayer> layers;  // in workspace order

    // Workspace layer → source, as ImportOptions::sources takes them; `existing` (may be
    // empty) is a mapping already written, whose choices are kept. Throws sitefit::Error
    // (Input) naming the source it cannot open.
    [[nodiscard]] static MappingSuggestion of(const std::map<std::string, std::string>& sources,
                                              const ImportMapping& existing = {});

    // The suggestion as a mapping file that ImportMapping::parse reads back: every source
    // field listed in a comment, guesses marked `# guess: check`, unmatched required fields
    // as commented-out keys, and a value table per untranslated field with its counts.
    [[nodiscard]] std::string toToml() const;
};

}  // namespace sitefit::gis
