#include "investor_requirement_form.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStringList>
#include <QVBoxLayout>
#include <algorithm>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::gui {
namespace {

constexpr double kDefaultLandM2 = 20000.0;  // 30 亩
constexpr double kDefaultFloorM2 = 2000.0;

QDoubleSpinBox* figureBox(QWidget* parent, const char* name, double most, int decimals, double step,
                          const QString& suffix) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0.0, most);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);  // rematch on Enter, focus change or a step
    box->setAlignment(Qt::AlignRight);
    return box;
}

std::optional<double> optionalOf(const QDoubleSpinBox* box) {
    return box->value() > 0.0 ? std::optional<double>(box->value()) : std::nullopt;
}

}  // namespace

InvestorRequirementForm::InvestorRequirementForm(QWidget* parent) : QWidget(parent) {
    m_need = new QComboBox(this);
    m_need->setObjectName(QStringLiteral("investorNeed"));
    m_landM2 = figureBox(this, "investorLandM2", 1e8, 0, 1000.0, QStringLiteral(" m²"));
    m_landMu = figureBox(this, "investorLandMu", 150000.0, 1, 5.0, QStringLiteral(" 亩"));
    m_floorM2 = figureBox(this, "investorFloorM2", 1e7, 0, 100.0, QStringLiteral(" m²"));
    m_floorLoad = figureBox(this, "investorFloorLoad", 200.0, 1, 0.5, QStringLiteral(" kN/m²"));
    m_clearHeight = figureBox(this, "investorClearHeight", 100.0, 1, 0.5, QStringLiteral(" m"));
    m_power = figureBox(this, "investorPower", 1e6, 0, 100.0, QStringLiteral(" kVA"));
    m_budget = figureBox(this, "investorBudget", 1e9, 0, 500.0, QStringLiteral(" 万元"));
    m_chain = new QComboBox(this);
    m_chain->setObjectName(QStringLiteral("investorChain"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("investorCategory"));
    m_landM2->setValue(kDefaultLandM2);
    m_landMu->setValue(core::muFromSquareMetres(kDefaultLandM2));

    auto* land = new QHBoxLayout;
    land->addWidget(m_landM2, 3);
    land->addWidget(m_landMu, 2);
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    form->setColumnStretch(1, 1);
    const auto label = [this](QWidget* buddy) {
        auto* text = new QLabel(this);
        text->setBuddy(buddy);
        m_labels.push_back(text);
        return text;
    };
    int row = 0;
    const auto add = [&](QWidget* field) {
        form->addWidget(label(field), row, 0);
        form->addWidget(field, row++, 1);
    };
    add(m_need);
    form->addWidget(label(m_landM2), row, 0);
    form->addLayout(land, row++, 1);
    add(m_floorM2);
    add(m_floorLoad);
    add(m_clearHeight);
    add(m_power);
    add(m_budget);
    add(m_chain);
    add(m_category);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_need, &QComboBox::currentIndexChanged, this, [this] {
        // Floor space is asked for by its area; land only optionally by the floor area to
        // build (then the FAR range is checked), so it starts unset.
        const bool space =
            m_need->currentData().toInt() == static_cast<int>(core::ProjectNeed::Space);
        if (space && m_floorM2->value() <= 0.0) {
            const QSignalBlocker block(m_floorM2);
            m_floorM2->setValue(kDefaultFloorM2);
        }
        updateEnabled();
        changed();
    });
    connect(m_landM2, &QDoubleSpinBox::valueChanged, this, [this](double m2) {
        if (m_filling) {
            return;
        }
        const QSignalBlocker block(m_landMu);
        m_landMu->setValue(core::muFromSquareMetres(m2));
        changed();
    });
    connect(m_landMu, &QDoubleSpinBox::valueChanged, this, [this](double mu) {
        if (m_filling) {
            return;
        }
        const QSignalBlocker block(m_landM2);
        m_landM2->setValue(core::squareMetresFromMu(mu));
        changed();
    });
    for (QDoubleSpinBox* box : {m_floorM2, m_floorLoad, m_clearHeight, m_power, m_budget}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { changed(); });
    }
    connect(m_chain, &QComboBox::currentIndexChanged, this, [this] {
        fillCategories();
        changed();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    retranslateUi();
    updateEnabled();
}

void InvestorRequirementForm::setCatalogue(const core::CatalogueTables& catalogue) {
    // Keep the trade chosen (by code) when the same catalogue comes again, e.g. in another
    // language.
    const QString chain = m_chain->currentData().toString();
    const QString category = m_category->currentData().toString();
    m_catalogue = catalogue;
    {
        const QSignalBlocker block(m_chain);
        m_chain->clear();
        for (const core::Chain& c : m_catalogue.chains) {
            m_chain->addItem(localName(c.name_zh, c.name_en), QString::fromStdString(c.chain_code));
        }
        m_chain->setCurrentIndex(std::max(0, m_chain->findData(chain)));
    }
    fillCategories();
    const QSignalBlocker block(m_category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

void InvestorRequirementForm::fillCategories() {
    const QSignalBlocker block(m_category);
    const QString chain = m_chain->currentData().toString();
    m_category->clear();
    for (const core::Category& category : m_catalogue.categories) {
        if (QString::fromStdString(category.chain_code) == chain) {
            m_category->addItem(localName(category.name_zh, category.name_en),
                                QString::fromStdString(category.category_code));
        }
    }
}

void InvestorRequirementForm::changed() {
    if (!m_filling) {
        emit requirementChanged();
    }
}

void InvestorRequirementForm::updateEnabled() {
    const bool land = m_need->currentData().toInt() == static_cast<int>(core::ProjectNeed::Land);
    m_landM2->setEnabled(land);
    m_landMu->setEnabled(land);
    m_floorLoad->setEnabled(!land);
    m_clearHeight->setEnabled(!land);
}

core::Project InvestorRequirementForm::requirement() const {
    core::Project project;
    project.project_id = "INVESTOR";
    project.name = tr("Your project").toStdString();
    project.category_code = m_category->currentData().toString().toStdString();
    project.need = static_cast<core::ProjectNeed>(m_need->currentData().toInt());
    const bool land = project.need == core::ProjectNeed::Land;
    project.land_m2 = land ? optionalOf(m_landM2) : std::nullopt;
    project.floor_m2 = optionalOf(m_floorM2);
    project.floor_load_kn_m2 = land ? std::nullopt : optionalOf(m_floorLoad);
    project.clear_height_m = land ? std::nullopt : optionalOf(m_clearHeight);
    project.power_kva = optionalOf(m_power);
    project.investment_wan = optionalOf(m_budget);
    for (const core::Category& category : m_catalogue.categories) {
        if (category.category_code == project.category_code) {
            project.pollution_class = category.pollution_class;
        }
    }
    return project;
}

QString InvestorRequirementForm::summary() const {
    const core::Project project = requirement();
    QStringList parts;
    parts << DomainLabels::need(project.need);
    if (project.land_m2) {
        parts << areaBoth(*project.land_m2);
    }
    if (project.floor_m2) {
        parts << tr("floor area %1").arg(squareMetres(*project.floor_m2));
    }
    if (project.floor_load_kn_m2) {
        parts << tr("floor load ≥ %1 kN/m²").arg(decimalText(*project.floor_load_kn_m2, 1));
    }
    if (project.clear_height_m) {
        parts << tr("clear height ≥ %1 m").arg(decimalText(*project.clear_height_m, 1));
    }
    if (project.power_kva) {
        parts << tr("power %1 kVA").arg(groupedText(*project.power_kva));
    }
    if (project.investment_wan) {
        parts << tr("budget %1 万元").arg(groupedText(*project.investment_wan));
    }
    parts << m_chain->currentText() + QStringLiteral(" / ") + m_category->currentText();
    return parts.join(QStringLiteral(", "));
}

void InvestorRequirementForm::retranslateUi() {
    m_filling = true;
    {
        const QSignalBlocker block(m_need);
        const int current = m_need->currentIndex();
        m_need->clear();
        m_need->addItem(DomainLabels::need(core::ProjectNeed::Land),
                        static_cast<int>(core::ProjectNeed::Land));
        m_need->addItem(DomainLabels::need(core::ProjectNeed::Space),
                        static_cast<int>(core::ProjectNeed::Space));
        m_need->setCurrentIndex(current < 0 ? 0 : current);
    }
    const QStringList labels{tr("Looking for"), tr("Land"),           tr("Floor area"),
                             tr("Floor load"),  tr("Clear height"),   tr("Power"),
                             tr("Budget"),      tr("Industry chain"), tr("Trade")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
    }
    m_landM2->setToolTip(tr("Land you need, in m²; a parcel may be up to 30 % larger"));
    m_landMu->setToolTip(tr("The same in 亩 (1 亩 = 666.67 m²)"));
    m_floorM2->setToolTip(
        tr("Floor space to rent (floor space), or the floor area you plan to build (land: "
           "checked against the parcel's FAR range)"));
    m_budget->setToolTip(
        tr("Your total investment: checked against the zone's minimum investment per 亩, "
           "and used to weigh the land price"));
    m_category->setToolTip(
        tr("Your trade decides the land-use classes and the pollution class that apply, and "
           "which enterprises count as chain partners"));
    if (!m_catalogue.chains.empty()) {
        setCatalogue(m_catalogue);  // names in the new language, the same trade
    }
    m_filling = false;
}

void InvestorRequirementForm::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

}  // namespace sitefit::gui
