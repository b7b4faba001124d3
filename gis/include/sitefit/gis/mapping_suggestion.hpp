#pragma once

#include <cstddef>
#include <filesystem>
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
    // The unit the source header states ("用地面积（亩）" → "亩") when the field's values need
    // converting from it; written under [target.units]. "" when none.
    std::string unit;
    // One value for every feature instead of a source field (the planner's, e.g. a zone kind
    // the source lacks); written under [target.constants]. "" when none.
    std::string constant;
};

// A source value of a translated field that neither the schema nor a built-in table knows:
// the planner gives it a value table entry.
struct UntranslatedValue {
    std::string schema_field;          // e.g. "status"
    std::string source_value;          // e.g. "招拍挂中"
    std::size_t count = 0;             // features holding it
    std::vector<std::string> nearest;  // nearest known values, best first
    // The schema value the planner gives it; "" until given, and a mapping file with a value
    // left empty is refused when read, so an unfinished table never imports.
    std::string translation;
};

// The suggested mapping of one target layer ("parcels", ...) from its source.
struct SuggestedLayer {
    std::string target;
    std::string source;                           // as given
    std::string source_layer;                     // the layer read
    std::vector<std::string> source_fields;       // every field of the source, in its order
    std::vector<SuggestedField> fields;           // every schema field, in schema order
    std::vector<UntranslatedValue> untranslated;  // by field, then most features first
    // Carried over from the existing mapping, so a suggestion made from it loses nothing.
    std::string geometry_column;
    std::string assume_crs;
    bool name_layer = false;  // write `layer`: the source has several, or the mapping named it
    std::size_t features_scanned = 0;  // for the values of translated fields
    bool scan_capped = false;          // stopped at MappingSuggestion::kValueScanLimit features
    std::vector<std::string> notes;    // things to check, written as comments

    [[nodiscard]] std::size_t matchedCount() const;  // fields with a source field or constant
    [[nodiscard]] std::size_t guessedCount() const;
    // Required schema fields with neither a source field nor a constant.
    [[nodiscard]] std::vector<std::string> missingRequired() const;
    // Untranslated values still without a translation.
    [[nodiscard]] std::size_t valuesToTranslate() const;
};

// What `sitefit import ... --suggest-mapping FILE.toml` and the map window's import dialog
// propose for sources as they are: each schema field's likely source field, guessed from
// common Chinese and English headers (地块编号, 用地性质, 容积率, 层数, 建筑面积, ...) and
// marked as a guess, and every value that needs a table. Sources are only read.
struct MappingSuggestion {
    std::vector<SuggestedLayer> layers;  // in workspace order

    // Values of translated fields are counted over at most this many features per layer, so a
    // suggestion for a large source stays quick; a rarer value is then reported by the import.
    static constexpr std::size_t kValueScanLimit = 100000;

    // Workspace layer → source, as ImportOptions::sources takes them; `existing` (may be
    // empty) is a mapping already written, whose choices are kept. Throws sitefit::Error
    // (Input) naming the source it cannot open.
    [[nodiscard]] static MappingSuggestion of(const std::map<std::string, std::string>& sources,
                                              const ImportMapping& existing = {});

    // The suggestion as a mapping file that ImportMapping::parse reads back: every source
    // field listed in a comment, guesses marked `# guess: check`, unmatched required fields
    // as commented-out keys, and a value table per untranslated field with its counts.
    [[nodiscard]] std::string toToml() const;
    // Writes toToml() to `file` atomically (a crash leaves the old file or the new one).
    // Throws sitefit::Error (Output) naming the file.
    void write(const std::filesystem::path& file) const;

    // What the planner still has to do before the mapping imports, one line each ("parcels:
    // status has no source field", "parcels.status: 3 values need a schema value"); empty when
    // nothing is left but checking the guesses.
    [[nodiscard]] std::vector<std::string> unresolved() const;
};

}  // namespace sitefit::gis
