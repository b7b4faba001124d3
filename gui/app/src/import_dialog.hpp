#pragma once

#include <QDialog>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "sitefit/gis/mapping_suggestion.hpp"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sitefit::gis {
struct ImportReport;
}

namespace sitefit::gui {

class BackgroundTask;

// File ▸ Import: builds a workspace from a planner's own GIS files, as `sitefit import` does.
// The planner picks a source per layer (zones, parcels and buildings required) and the
// workspace to write; Suggest fills, per layer, a table of schema fields with the source
// field guessed for each (gis::MappingSuggestion) and a table of the values no built-in table
// knows; Import writes the reviewed mapping beside the workspace and runs gis::Importer on
// the window's background task. The mapping logic is gis's; this only shows and edits it.
// Thread rules: GUI thread.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(BackgroundTask& task, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // What the file pickers set: the source of a workspace layer ("parcels"), the output.
    void setSource(const std::string& target, const QString& path);
    void setOutput(const QString& path);
    // Reads the sources and shows the suggestion. False, with the reason shown, when a source
    // cannot be read or none is given.
    bool suggest();
    // Writes the mapping as edited and starts the import in the background. False, with the
    // reason shown, when something is still missing (a required field, a value's schema
    // value, a source, the output) or another task is running.
    bool startImport();

    // The suggestion with the planner's edits applied (after suggest()).
    [[nodiscard]] const std::optional<gis::MappingSuggestion>& suggestion();
    // The tables of a suggested layer, nullptr when none: columns schema field, source field
    // (an editable combo box), guess, required, one value for every feature; and source
    // field, source value, features, schema value (an editable combo box).
    [[nodiscard]] QTableWidget* fieldTable(const std::string& target) const;
    [[nodiscard]] QTableWidget* valueTable(const std::string& target) const;
    // Where Import writes the mapping: beside the output, "<name>.mapping.toml".
    [[nodiscard]] QString mappingPath() const;
    // The last message shown under the tables.
    [[nodiscard]] QString message() const;

signals:
    // After a successful import: the workspace written and a summary of the report.
    void imported(const QString& workspace, const QString& summary);

private:
    struct SourceRow {
        std::string target;
        bool required = false;
        QLineEdit* path = nullptr;
    };
    struct LayerTables {
        std::string target;
        QTableWidget* fields = nullptr;
        QTableWidget* values = nullptr;
    };

    void browseSource(const SourceRow& row);
    void browseOutput();
    void showSuggestion();
    void applyEdits();
    void onImported(const gis::ImportReport& report);
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QString summaryOf(const gis::ImportReport& report) const;

    BackgroundTask& m_task;
    std::vector<SourceRow> m_sources;
    QLineEdit* m_output = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_suggestButton = nullptr;
    QPushButton* m_importButton = nullptr;
    std::optional<gis::MappingSuggestion> m_suggestion;
    std::vector<LayerTables> m_tables;  // one per layer of m_suggestion, in its order
    bool m_importing = false;
};

}  // namespace sitefit::gui
