#pragma once

#include <QList>
#include <QWidget>
#include <cstddef>
#include <optional>

#include "sitefit/core/project.hpp"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sitefit::gui {

class WorkspaceDocument;

// The selected project's requirements, editable: need, land (m² and 亩, kept in step),
// floor area, floor load, clear height, power, investment, pollution class, preferred zone,
// needed-by date. Every change is applied at once: the document rematches the project and
// the candidates and the map follow. A figure at its minimum shows "—" and means "not set".
class RequirementForm : public QWidget {
    Q_OBJECT
public:
    explicit RequirementForm(WorkspaceDocument& document, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProject();
    void apply();
    void retranslateUi();
    void fillZones();
    [[nodiscard]] core::Project edited() const;

    WorkspaceDocument& m_document;
    std::optional<std::size_t> m_project;
    bool m_filling = false;
    bool m_applying = false;

    QLabel* m_title = nullptr;
    QGridLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QComboBox* m_need = nullptr;
    QDoubleSpinBox* m_landM2 = nullptr;
    QDoubleSpinBox* m_landMu = nullptr;
    QDoubleSpinBox* m_floorM2 = nullptr;
    QDoubleSpinBox* m_floorLoad = nullptr;
    QDoubleSpinBox* m_clearHeight = nullptr;
    QDoubleSpinBox* m_power = nullptr;
    QDoubleSpinBox* m_investment = nullptr;
    QSpinBox* m_pollution = nullptr;
    QComboBox* m_zone = nullptr;
    QDateEdit* m_neededBy = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace sitefit::gui
