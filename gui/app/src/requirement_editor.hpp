#pragma once

#include <QWidget>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "retranslating.hpp"
#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/project.hpp"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sitefit::gui {

class WorkspaceDocument;

// One figure or choice of a project's requirements.
enum class RequirementField {
    Need,            // land or floor space
    PollutionClass,  // 1 clean … 3 heavy
    Land,            // m² and 亩, kept in step
    FloorArea,
    FloorLoad,
    ClearHeight,
    Power,
    Investment,  // the investor's budget
    NeededBy,
    PreferredZone,
    IndustryChain,  // the trade's chain, to choose the trade from
    Trade,          // the category: its land uses and pollution class apply
};

// What a requirement editor shows: its fields in reading order, in one or two columns of
// label and field, worded for the planner (a project of the workspace) or for the investor
// (their own project). Every editor has the same limits for a field, whatever the set.
struct RequirementFieldSet {
    enum class Reader { Planner, Investor };

    std::vector<RequirementField> fields;
    int columns = 1;
    Reader reader = Reader::Planner;
    int margin = 4;  // around the fields, in pixels

    // A project of the workspace: need, pollution class, land, floor area, floor load, clear
    // height, power, investment, needed-by date, preferred zone; two columns keep it short.
    [[nodiscard]] static RequirementFieldSet planner();
    // What an investor looks for: need, land, floor area, floor load, clear height, power,
    // budget, industry chain and trade; one column.
    [[nodiscard]] static RequirementFieldSet investor();

    [[nodiscard]] bool shows(RequirementField field) const;
};

// A project's requirements, editable, showing the fields of its RequirementFieldSet. A figure
// at its minimum shows "—" and means "not set"; land in m² and in 亩 stay in step; floor load
// and clear height apply to floor space only, land to land only.
//
// Bound to a WorkspaceDocument, it edits the selected project: every change is applied at
// once (the document rematches the project and the candidates and the map follow), a title
// names the project and a button resets it to the workspace's values. Without a document it
// holds a requirement of its own (the investor preview: 30 亩 of land to start with), which
// nothing of the workspace's projects fills. Either way every change emits
// requirementChanged().
class RequirementEditor : public Retranslating<QWidget> {
    Q_OBJECT
public:
    explicit RequirementEditor(RequirementFieldSet fields, QWidget* parent = nullptr);
    RequirementEditor(RequirementFieldSet fields, WorkspaceDocument& document,
                      QWidget* parent = nullptr);

    [[nodiscard]] const RequirementFieldSet& fieldSet() const { return m_fields; }
    // The chains and categories the trade is chosen from (the workspace's catalogue); the
    // trade chosen stays chosen when the same catalogue comes again (e.g. in another language).
    void setCatalogue(const core::CatalogueTables& catalogue);
    // The requirement as a project. Bound to a document: the selected project with the
    // edited fields (it must be one). Else a project of its own for the matcher: id
    // "INVESTOR", the chosen trade and its pollution class, and only the figures its need
    // uses.
    [[nodiscard]] core::Project requirement() const;
    // The requirement in one line, for the proposal ("Land, 20,000 m² (30.0 亩), …").
    [[nodiscard]] QString summary() const;

signals:
    void requirementChanged();

private:
    RequirementEditor(RequirementFieldSet fields, WorkspaceDocument* document, QWidget* parent);
    void createFields();
    void layOut();
    void wire();
    void retranslateUi() override;
    void fillZones();
    void fillCategories();
    // The selected project's requirements into the fields (document-bound only).
    void showProject();
    void showRequirement(const core::Project& project);
    void changed();
    void updateEnabled();
    [[nodiscard]] bool land() const;
    [[nodiscard]] std::vector<QWidget*> fieldWidgets() const;

    RequirementFieldSet m_fields;
    WorkspaceDocument* m_document = nullptr;  // none: a requirement of its own
    core::CatalogueTables m_catalogue;
    std::optional<std::size_t> m_project;
    bool m_filling = false;
    bool m_applying = false;

    std::vector<std::pair<RequirementField, QLabel*>> m_labels;
    QLabel* m_title = nullptr;    // document-bound only
    QLabel* m_message = nullptr;  // document-bound only: why an edit was refused
    QPushButton* m_reset = nullptr;
    QComboBox* m_need = nullptr;
    QSpinBox* m_pollution = nullptr;
    QDoubleSpinBox* m_landM2 = nullptr;
    QDoubleSpinBox* m_landMu = nullptr;
    QDoubleSpinBox* m_floorM2 = nullptr;
    QDoubleSpinBox* m_floorLoad = nullptr;
    QDoubleSpinBox* m_clearHeight = nullptr;
    QDoubleSpinBox* m_power = nullptr;
    QDoubleSpinBox* m_investment = nullptr;
    QDateEdit* m_neededBy = nullptr;
    QComboBox* m_zone = nullptr;
    QComboBox* m_chain = nullptr;
    QComboBox* m_category = nullptr;
};

}  // namespace sitefit::gui
