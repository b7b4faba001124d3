#include "requirement_editor.hpp"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>

#include "domain_labels.hpp"
#include "figure_text.hpp"
#include "sitefit/core/units.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

const QDate kNoDate(2000, 1, 1);
// A requirement of its own starts at 30 亩 of land; floor space is asked for by its area,
// so a switch to floor space starts at this much.
constexpr double kDefaultLandM2 = 20000.0;
constexpr double kDefaultFloorM2 = 2000.0;

// The range and steps of a figure: one set for every editor, so that the planner's and the
// investor's cannot drift apart again.
struct FigureLimits {
    const char* name;  // the box's object name
    double most;
    int decimals;
    double step;
    const char* suffix;
};

constexpr FigureLimits kLandM2{"landM2", 1e8, 0, 100.0, " m²"};
constexpr FigureLimits kLandMu{"landMu", 150000.0, 1, 1.0, " 亩"};
constexpr FigureLimits kFloorM2{"floorM2", 1e8, 0, 100.0, " m²"};
constexpr FigureLimits kFloorLoad{"floorLoad", 200.0, 1, 0.5, " kN/m²"};
constexpr FigureLimits kClearHeight{"clearHeight", 100.0, 1, 0.5, " m"};
constexpr FigureLimits kPower{"powerKva", 1e6, 0, 100.0, " kVA"};
constexpr FigureLimits kInvestment{"investment", 1e9, 0, 100.0, " 万元"};

QDoubleSpinBox* figureBox(QWidget* parent, const FigureLimits& limits) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(limits.name));
    box->setRange(0.0, limits.most);
    box->setDecimals(limits.decimals);
    box->setSingleStep(limits.step);
    box->setSuffix(QString::fromUtf8(limits.suffix));
    box->setSpecialValueText(QStringLiteral("—"));
    box->setGroupSeparatorShown(true);
    box->setKeyboardTracking(false);  // rematch on Enter, focus change or a step, not per key
    box->setAlignment(Qt::AlignRight);
    return box;
}

QComboBox* choiceBox(QWidget* parent, const char* name) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

void setOptional(QDoubleSpinBox* box, const std::optional<double>& value) {
    if (box != nullptr) {
        box->setValue(value.value_or(0.0));
    }
}

std::optional<double> optionalOf(const QDoubleSpinBox* box) {
    return box->value() > 0.0 ? std::optional<double>(box->value()) : std::nullopt;
}

QDate toQDate(const core::Date& date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                 static_cast<int>(unsigned(date.day())));
}

core::Date fromQDate(const QDate& date) {
    return core::Date{std::chrono::year(date.year()),
                      std::chrono::month(static_cast<unsigned>(date.month())),
                      std::chrono::day(static_cast<unsigned>(date.day()))};
}

}  // namespace

RequirementFieldSet RequirementFieldSet::planner() {
    using F = RequirementField;
    return {{F::Need, F::PollutionClass, F::Land, F::FloorArea, F::FloorLoad, F::ClearHeight,
             F::Power, F::Investment, F::NeededBy, F::PreferredZone},
            2,
            Reader::Planner,
            4};
}

RequirementFieldSet RequirementFieldSet::investor() {
    using F = RequirementField;
    return {{F::Need, F::Land, F::FloorArea, F::FloorLoad, F::ClearHeight, F::Power, F::Investment,
             F::IndustryChain, F::Trade},
            1,
            Reader::Investor,
            6};
}

bool RequirementFieldSet::shows(RequirementField field) const {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

RequirementEditor::RequirementEditor(RequirementFieldSet fields, QWidget* parent)
    : RequirementEditor(std::move(fields), nullptr, parent) {}

RequirementEditor::RequirementEditor(RequirementFieldSet fields, WorkspaceDocument& document,
                                     QWidget* parent)
    : RequirementEditor(std::move(fields), &document, parent) {}

RequirementEditor::RequirementEditor(RequirementFieldSet fields, WorkspaceDocument* document,
                                     QWidget* parent)
    : Retranslating(parent), m_fields(std::move(fields)), m_document(document) {
    createFields();
    layOut();
    wire();
    if (m_document == nullptr) {
        const QSignalBlocker blockM2(m_landM2);
        const QSignalBlocker blockMu(m_landMu);
        setOptional(m_landM2, kDefaultLandM2);
        setOptional(m_landMu, core::muFromSquareMetres(kDefaultLandM2));
    }
    retranslateUi();
    updateEnabled();
}

void RequirementEditor::createFields() {
    if (m_document != nullptr) {
        m_title = new QLabel(this);
        m_title->setWordWrap(true);
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
    }
    // In reading order, which makes it the order of the Tab key too.
    for (const RequirementField field : m_fields.fields) {
        switch (field) {
            case RequirementField::Need:
                m_need = choiceBox(this, "need");
                break;
            case RequirementField::PollutionClass:
                m_pollution = new QSpinBox(this);
                m_pollution->setObjectName(QStringLiteral("pollutionClass"));
                m_pollution->setRange(1, 3);
                m_pollution->setKeyboardTracking(false);
                break;
            case RequirementField::Land:
                m_landM2 = figureBox(this, kLandM2);
                m_landMu = figureBox(this, kLandMu);
                break;
            case RequirementField::FloorArea:
                m_floorM2 = figureBox(this, kFloorM2);
                break;
            case RequirementField::FloorLoad:
                m_floorLoad = figureBox(this, kFloorLoad);
                break;
            case RequirementField::ClearHeight:
                m_clearHeight = figureBox(this, kClearHeight);
                break;
            case RequirementField::Power:
                m_power = figureBox(this, kPower);
                break;
            case RequirementField::Investment:
                m_investment = figureBox(this, kInvestment);
                break;
            case RequirementField::NeededBy:
                m_neededBy = new QDateEdit(this);
                m_neededBy->setObjectName(QStringLiteral("neededBy"));
                m_neededBy->setCalendarPopup(true);
                m_neededBy->setMinimumDate(kNoDate);
                m_neededBy->setSpecialValueText(QStringLiteral("—"));
                m_neededBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
                m_neededBy->setKeyboardTracking(false);
                break;
            case RequirementField::PreferredZone:
                m_zone = choiceBox(this, "preferredZone");
                break;
            case RequirementField::IndustryChain:
                m_chain = choiceBox(this, "industryChain");
                break;
            case RequirementField::Trade:
                m_category = choiceBox(this, "trade");
                break;
        }
    }
    if (m_document != nullptr) {
        m_reset = new QPushButton(this);
        m_reset->setObjectName(QStringLiteral("resetRequirements"));
        m_message = new QLabel(this);
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    }
}

void RequirementEditor::layOut() {
    // Label and field side by side, `columns` pairs a row; the land (m² and 亩) and the
    // preferred zone span a row of their own when there are two columns.
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    const int columns = std::max(1, m_fields.columns);
    for (int column = 0; column < columns; ++column) {
        form->setColumnStretch(2 * column + 1, 1);
    }
    int row = 0;
    int column = 0;
    for (const RequirementField field : m_fields.fields) {
        QWidget* buddy = nullptr;
        QHBoxLayout* land = nullptr;
        switch (field) {
            case RequirementField::Need:
                buddy = m_need;
                break;
            case RequirementField::PollutionClass:
                buddy = m_pollution;
                break;
            case RequirementField::Land:
                buddy = m_landM2;
                land = new QHBoxLayout;
                land->addWidget(m_landM2, 3);
                land->addWidget(m_landMu, 2);
                break;
            case RequirementField::FloorArea:
                buddy = m_floorM2;
                break;
            case RequirementField::FloorLoad:
                buddy = m_floorLoad;
                break;
            case RequirementField::ClearHeight:
                buddy = m_clearHeight;
                break;
            case RequirementField::Power:
                buddy = m_power;
                break;
            case RequirementField::Investment:
                buddy = m_investment;
                break;
            case RequirementField::NeededBy:
                buddy = m_neededBy;
                break;
            case RequirementField::PreferredZone:
                buddy = m_zone;
                break;
            case RequirementField::IndustryChain:
                buddy = m_chain;
                break;
            case RequirementField::Trade:
                buddy = m_category;
                break;
        }
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels.emplace_back(field, label);
        const bool wide = columns > 1 && (field == RequirementField::Land ||
                                          field == RequirementField::PreferredZone);
        if (wide && column > 0) {
            ++row;
            column = 0;
        }
        const int span = wide ? 2 * columns - 1 : 1;
        form->addWidget(label, row, 2 * column);
        if (land != nullptr) {
            form->addLayout(land, row, 2 * column + 1, 1, span);
        } else {
            form->addWidget(buddy, row, 2 * column + 1, 1, span);
        }
        if (wide || ++column == columns) {
            ++row;
            column = 0;
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(m_fields.margin, m_fields.margin, m_fields.margin, m_fields.margin);
    if (m_title != nullptr) {
        layout->addWidget(m_title);
    }
    layout->addLayout(form);
    if (m_reset != nullptr) {
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_message, 1);
        buttons->addWidget(m_reset);
        layout->addLayout(buttons);
    }
    layout->addStretch(1);
}

void RequirementEditor::wire() {
    const auto onChange = [this] { changed(); };
    if (m_need != nullptr) {
        connect(m_need, &QComboBox::currentIndexChanged, this, [this] {
            // Floor space is asked for by its area; land only optionally by the floor area to
            // build (then the FAR range is checked), so it starts unset. A project of the
            // workspace keeps its own figures.
            if (m_document == nullptr && !m_filling && !land() && m_floorM2 != nullptr &&
                m_floorM2->value() <= 0.0) {
                const QSignalBlocker block(m_floorM2);
                m_floorM2->setValue(kDefaultFloorM2);
            }
            changed();
        });
    }
    if (m_landM2 != nullptr) {
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
    }
    for (QDoubleSpinBox* box : {m_floorM2, m_floorLoad, m_clearHeight, m_power, m_investment}) {
        if (box != nullptr) {
            connect(box, &QDoubleSpinBox::valueChanged, this, onChange);
        }
    }
    if (m_pollution != nullptr) {
        connect(m_pollution, &QSpinBox::valueChanged, this, onChange);
    }
    if (m_zone != nullptr) {
        connect(m_zone, &QComboBox::currentIndexChanged, this, onChange);
    }
    if (m_neededBy != nullptr) {
        connect(m_neededBy, &QDateEdit::dateChanged, this, onChange);
    }
    if (m_chain != nullptr) {
        connect(m_chain, &QComboBox::currentIndexChanged, this, [this] {
            fillCategories();
            changed();
        });
    }
    if (m_category != nullptr) {
        connect(m_category, &QComboBox::currentIndexChanged, this, onChange);
    }
    if (m_document == nullptr) {
        return;
    }
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_project) {
            m_document->resetProject(*m_project);
            showProject();
        }
    });
    connect(m_document, &WorkspaceDocument::opened, this, [this] {
        fillZones();
        showProject();
    });
    connect(m_document, &WorkspaceDocument::closed, this, [this] { showProject(); });
    connect(m_document, &WorkspaceDocument::projectSelected, this, [this] { showProject(); });
    // A reset (or any change not made here) shows the project's requirements again.
    connect(m_document, &WorkspaceDocument::projectEdited, this, [this](std::size_t project) {
        if (!m_applying && project == m_project) {
            showProject();
        }
    });
}

void RequirementEditor::setCatalogue(const core::CatalogueTables& catalogue) {
    m_catalogue = catalogue;
    if (m_chain == nullptr) {
        return;
    }
    // Kept by code, not by the name, which changes with the language.
    const QString chain = m_chain->currentData().toString();
    const QString category =
        m_category != nullptr ? m_category->currentData().toString() : QString();
    {
        const QSignalBlocker block(m_chain);
        m_chain->clear();
        for (const core::Chain& c : m_catalogue.chains) {
            m_chain->addItem(localName(c.name_zh, c.name_en), QString::fromStdString(c.chain_code));
        }
        m_chain->setCurrentIndex(std::max(0, m_chain->findData(chain)));
    }
    fillCategories();
    if (m_category != nullptr) {
        const QSignalBlocker block(m_category);
        m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    }
}

void RequirementEditor::fillCategories() {
    if (m_category == nullptr) {
        return;
    }
    const QSignalBlocker block(m_category);
    const QString chain = m_chain != nullptr ? m_chain->currentData().toString() : QString();
    m_category->clear();
    for (const core::Category& category : m_catalogue.categories) {
        if (m_chain == nullptr || QString::fromStdString(category.chain_code) == chain) {
            m_category->addItem(localName(category.name_zh, category.name_en),
                                QString::fromStdString(category.category_code));
        }
    }
}

void RequirementEditor::fillZones() {
    if (m_zone == nullptr) {
        return;
    }
    const QSignalBlocker block(m_zone);
    m_zone->clear();
    m_zone->addItem(tr("(any zone)"), QString());
    if (m_document == nullptr || !m_document->isOpen()) {
        return;
    }
    for (const core::Zone& zone : m_document->district().zones) {
        m_zone->addItem(QString::fromStdString(zone.zone_id + " " + zone.name),
                        QString::fromStdString(zone.zone_id));
    }
}

void RequirementEditor::showProject() {
    m_filling = true;
    m_project = m_document->isOpen() ? m_document->selectedProject() : std::nullopt;
    m_message->clear();
    if (m_project) {
        const core::Project& project = m_document->district().projects.at(*m_project);
        m_title->setText(tr("Requirements of %1 %2")
                             .arg(QString::fromStdString(project.project_id),
                                  QString::fromStdString(project.name)));
        showRequirement(project);
    } else {
        m_title->setText(tr("Select a project to see and edit its requirements."));
    }
    updateEnabled();
    m_filling = false;
}

void RequirementEditor::showRequirement(const core::Project& project) {
    if (m_need != nullptr) {
        m_need->setCurrentIndex(m_need->findData(static_cast<int>(project.need)));
    }
    setOptional(m_landM2, project.land_m2);
    setOptional(m_landMu, project.land_m2
                              ? std::optional(core::muFromSquareMetres(*project.land_m2))
                              : std::nullopt);
    setOptional(m_floorM2, project.floor_m2);
    setOptional(m_floorLoad, project.floor_load_kn_m2);
    setOptional(m_clearHeight, project.clear_height_m);
    setOptional(m_power, project.power_kva);
    setOptional(m_investment, project.investment_wan);
    if (m_pollution != nullptr) {
        m_pollution->setValue(project.pollution_class);
    }
    if (m_zone != nullptr) {
        const int zone = m_zone->findData(QString::fromStdString(project.preferred_zone));
        m_zone->setCurrentIndex(zone < 0 ? 0 : zone);
    }
    if (m_neededBy != nullptr) {
        m_neededBy->setDate(project.needed_by ? toQDate(*project.needed_by) : kNoDate);
    }
}

std::vector<QWidget*> RequirementEditor::fieldWidgets() const {
    std::vector<QWidget*> widgets;
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_need, m_pollution, m_landM2, m_landMu, m_floorM2, m_floorLoad, m_clearHeight,
             m_power, m_investment, m_neededBy, m_zone, m_chain, m_category}) {
        if (widget != nullptr) {
            widgets.push_back(widget);
        }
    }
    return widgets;
}

bool RequirementEditor::land() const {
    return m_need == nullptr ||
           m_need->currentData().toInt() == static_cast<int>(core::ProjectNeed::Land);
}

void RequirementEditor::updateEnabled() {
    // Bound to a document, there is nothing to edit until a project is selected.
    const bool any = m_document == nullptr || m_project.has_value();
    for (QWidget* widget : fieldWidgets()) {
        widget->setEnabled(any);
    }
    if (m_reset != nullptr) {
        m_reset->setEnabled(any && m_document->isEdited(*m_project));
    }
    if (!any) {
        return;
    }
    const bool isLand = land();
    for (QWidget* landOnly : {m_landM2, m_landMu}) {
        if (landOnly != nullptr) {
            landOnly->setEnabled(isLand);
        }
    }
    for (QWidget* spaceOnly : {m_floorLoad, m_clearHeight}) {
        if (spaceOnly != nullptr) {
            spaceOnly->setEnabled(!isLand);
        }
    }
}

core::Project RequirementEditor::requirement() const {
    core::Project project;
    if (m_document != nullptr) {
        project = m_document->district().projects.at(m_project.value());
    } else {
        project.project_id = "INVESTOR";
        project.name = tr("Your project").toStdString();
    }
    if (m_need != nullptr) {
        project.need = static_cast<core::ProjectNeed>(m_need->currentData().toInt());
    }
    if (m_landM2 != nullptr) {
        project.land_m2 = optionalOf(m_landM2);
    }
    if (m_floorM2 != nullptr) {
        project.floor_m2 = optionalOf(m_floorM2);
    }
    if (m_floorLoad != nullptr) {
        project.floor_load_kn_m2 = optionalOf(m_floorLoad);
    }
    if (m_clearHeight != nullptr) {
        project.clear_height_m = optionalOf(m_clearHeight);
    }
    if (m_power != nullptr) {
        project.power_kva = optionalOf(m_power);
    }
    if (m_investment != nullptr) {
        project.investment_wan = optionalOf(m_investment);
    }
    if (m_pollution != nullptr) {
        project.pollution_class = m_pollution->value();
    }
    if (m_zone != nullptr) {
        project.preferred_zone = m_zone->currentData().toString().toStdString();
    }
    if (m_neededBy != nullptr) {
        project.needed_by = m_neededBy->date() == kNoDate
                                ? std::nullopt
                                : std::optional<core::Date>(fromQDate(m_neededBy->date()));
    }
    if (m_category != nullptr) {
        project.category_code = m_category->currentData().toString().toStdString();
        if (m_pollution == nullptr) {
            // The trade decides the pollution class when it is not asked for.
            for (const core::Category& category : m_catalogue.categories) {
                if (category.category_code == project.category_code) {
                    project.pollution_class = category.pollution_class;
                }
            }
        }
    }
    if (m_document == nullptr) {
        // A requirement of its own asks only for what its need uses; a project of the
        // workspace keeps the figures it has, greyed out, for a switch back.
        if (project.need == core::ProjectNeed::Land) {
            project.floor_load_kn_m2.reset();
            project.clear_height_m.reset();
        } else {
            project.land_m2.reset();
        }
    }
    return project;
}

QString RequirementEditor::summary() const {
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
    if (m_chain != nullptr && m_category != nullptr) {
        parts << m_chain->currentText() + QStringLiteral(" / ") + m_category->currentText();
    }
    return parts.join(QStringLiteral(", "));
}

void RequirementEditor::changed() {
    if (m_filling) {
        return;
    }
    if (m_document != nullptr && m_project && m_document->isOpen()) {
        m_applying = true;
        try {
            m_document->editProject(*m_project, requirement());
            m_message->clear();
        } catch (const std::exception& error) {
            m_message->setText(QString::fromUtf8(error.what()));
        }
        m_applying = false;
    }
    updateEnabled();
    emit requirementChanged();
}

void RequirementEditor::retranslateUi() {
    m_filling = true;
    if (m_need != nullptr) {
        const QSignalBlocker block(m_need);
        const int current = m_need->currentIndex();
        m_need->clear();
        m_need->addItem(DomainLabels::need(core::ProjectNeed::Land),
                        static_cast<int>(core::ProjectNeed::Land));
        m_need->addItem(DomainLabels::need(core::ProjectNeed::Space),
                        static_cast<int>(core::ProjectNeed::Space));
        m_need->setCurrentIndex(current < 0 ? 0 : current);
    }
    const bool investor = m_fields.reader == RequirementFieldSet::Reader::Investor;
    for (const auto& [field, label] : m_labels) {
        switch (field) {
            case RequirementField::Need:
                label->setText(investor ? tr("Looking for") : tr("Needs"));
                break;
            case RequirementField::PollutionClass:
                label->setText(tr("Pollution class"));
                break;
            case RequirementField::Land:
                label->setText(tr("Land"));
                break;
            case RequirementField::FloorArea:
                label->setText(tr("Floor area"));
                break;
            case RequirementField::FloorLoad:
                label->setText(tr("Floor load"));
                break;
            case RequirementField::ClearHeight:
                label->setText(tr("Clear height"));
                break;
            case RequirementField::Power:
                label->setText(tr("Power"));
                break;
            case RequirementField::Investment:
                label->setText(investor ? tr("Budget") : tr("Investment"));
                break;
            case RequirementField::NeededBy:
                label->setText(tr("Needed by"));
                break;
            case RequirementField::PreferredZone:
                label->setText(tr("Preferred zone"));
                break;
            case RequirementField::IndustryChain:
                label->setText(tr("Industry chain"));
                break;
            case RequirementField::Trade:
                label->setText(tr("Trade"));
                break;
        }
    }
    if (m_landM2 != nullptr) {
        m_landM2->setToolTip(investor
                                 ? tr("Land you need, in m²; a parcel may be up to 30 % larger")
                                 : tr("Land asked for, in m²; a parcel may be up to 30 % larger"));
        m_landMu->setToolTip(tr("The same in 亩 (1 亩 = 666.67 m²)"));
    }
    if (m_floorM2 != nullptr) {
        m_floorM2->setToolTip(
            investor ? tr("Floor space to rent (floor space), or the floor area you plan to "
                          "build (land: checked against the parcel's FAR range)")
                     : tr("Planned floor area (land: for the FAR check; space: the floor "
                          "space to rent)"));
    }
    if (m_investment != nullptr && investor) {
        m_investment->setToolTip(
            tr("Your total investment: checked against the zone's minimum investment per 亩, "
               "and used to weigh the land price"));
    }
    if (m_pollution != nullptr) {
        m_pollution->setToolTip(tr("1 clean … 3 heavy; must fit the zone and the land use"));
    }
    if (m_category != nullptr) {
        m_category->setToolTip(
            tr("Your trade decides the land-use classes and the pollution class that apply, "
               "and which enterprises count as chain partners"));
    }
    if (m_reset != nullptr) {
        m_reset->setText(tr("Reset to workspace values"));
    }
    if (m_zone != nullptr) {
        const QSignalBlocker block(m_zone);
        if (m_zone->count() > 0) {
            m_zone->setItemText(0, tr("(any zone)"));
        }
    }
    if (!m_catalogue.chains.empty()) {
        setCatalogue(m_catalogue);  // names in the new language, the same trade
    }
    m_filling = false;
    if (m_document != nullptr) {
        showProject();
    }
}

}  // namespace sitefit::gui
