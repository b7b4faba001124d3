#pragma once

#include <QList>
#include <QWidget>

#include "sitefit/core/catalogue.hpp"
#include "sitefit/core/project.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace sitefit::gui {

// What an investor looks for, typed in the investor preview: land or floor space, the
// area (land in m² and 亩, kept in step), floor load, clear height, power, the investment
// budget and the trade (chain, then category). Nothing here comes from the workspace's
// projects. Every change emits requirementChanged(); requirement() is the form as a
// temporary core::Project for the matcher.
class InvestorRequirementForm : public QWidget {
    Q_OBJECT
public:
    explicit InvestorRequirementForm(QWidget* parent = nullptr);

    // The chains and categories to choose from (the workspace's catalogue).
    void setCatalogue(const core::CatalogueTables& catalogue);
    // The form as a project: id "INVESTOR", the chosen category and its pollution class.
    [[nodiscard]] core::Project requirement() const;
    // The requirement in one line, for the proposal ("Land, 30.0 亩, …").
    [[nodiscard]] QString summary() const;

signals:
    void requirementChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCategories();
    void updateEnabled();
    void changed();

    core::CatalogueTables m_catalogue;
    bool m_filling = false;
    QList<QLabel*> m_labels;
    QComboBox* m_need = nullptr;
    QDoubleSpinBox* m_landM2 = nullptr;
    QDoubleSpinBox* m_landMu = nullptr;
    QDoubleSpinBox* m_floorM2 = nullptr;
    QDoubleSpinBox* m_floorLoad = nullptr;
    QDoubleSpinBox* m_clearHeight = nullptr;
    QDoubleSpinBox* m_power = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QComboBox* m_chain = nullptr;
    QComboBox* m_category = nullptr;
};

}  // namespace sitefit::gui
