#pragma once

#include <QWidget>
#include <optional>
#include <string>

#include "retranslating.hpp"
#include "sitefit/gis/workspace_edit.hpp"

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace sitefit::gui {

class EditSession;
class WorkspaceDocument;

// The Edit panel: the attributes of one building, parcel or project as the workspace holds
// them now (read with gis::WorkspaceEditor::fetch, with the row's version and last editor),
// and a column to change them. Every change goes to the EditSession as an undoable command;
// pending values are shown in bold with the saved value beside them. "Reload" reads the row
// again (after someone else saved it) and keeps the pending values on top of it.
class AttributeEditor : public Retranslating<QWidget> {
    Q_OBJECT
public:
    AttributeEditor(const WorkspaceDocument& document, EditSession& session,
                    QWidget* parent = nullptr);

    // Shows a row: layer "buildings", "parcels" or "projects" and its id. Reads it from the
    // workspace now; a row that cannot be read is shown as a message.
    void showRow(const std::string& layer, const std::string& id);
    void clear();
    // Reads the shown row again; its pending edits now expect the version read.
    void reloadRow();

    [[nodiscard]] const std::optional<gis::EditableRow>& row() const noexcept { return m_row; }
    // The table: field label, saved value, value (editable). Row r holds field fieldAt(r).
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] std::string fieldAt(int row) const;
    // The table row of `field`, or -1.
    [[nodiscard]] int rowOf(const std::string& field) const;
    // What the title says (the row, its version and last editor), for tests.
    [[nodiscard]] QString titleText() const;

    // The user's words for a schema field of buildings, parcels or projects.
    [[nodiscard]] static QString fieldLabel(const std::string& field);

private:
    void fill();
    void onItemChanged(QTableWidgetItem* item);
    void retranslateUi() override;

    const WorkspaceDocument& m_document;
    EditSession& m_session;
    std::optional<gis::EditableRow> m_row;
    std::string m_layer;
    std::string m_id;
    QString m_problem;
    bool m_filling = false;
    QLabel* m_title = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reload = nullptr;
};

}  // namespace sitefit::gui
