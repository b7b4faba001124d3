#include "requirement_form.hpp"

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
#include <QVBoxLayout>
#include <chrono>

#include "domain_labels.hpp"
#include "sitefit/core/units.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

const QDate kNoDate(2000, 1, 1);

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
    box->setKeyboardTracking(false);  // rematch on Enter, focus change or a step, not per key
    box->setAlignment(Qt::AlignRight);
    return box;
}

void setOptional(QDoubleSpinBox* box, const std::optional<double>& value) {
    box->setValue(value.value_or(0.0));
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

RequirementForm::RequirementForm(WorkspaceDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document) {
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_need = new QComboBox(this);
    m_need->setObjectName(QStringLiteral("need"));
    m_landM2 = figureBox(this, "landM2", 1e8, 0, 100.0, QStringLiteral(" m²"));
    m_landMu = figureBox(this, "landMu", 150000.0, 1, 1.0, QStringLiteral(" 亩"));
    m_floorM2 = figureBox(this, "floorM2", 1e8, 0, 100.0, QStringLiteral(" m²"));
    m_floorLoad = figureBox(this, "floorLoad", 200.0, 1, 0.5, QStringLiteral(" kN/m²"));
    m_clearHeight = figureBox(this, "clearHeight", 100.0, 1, 0.5, QStringLiteral(" m"));
    m_power = figureBox(this, "powerKva", 1e6, 0, 100.0, QStringLiteral(" kVA"));
    m_investment = figureBox(this, "investment", 1e9, 0, 100.0, QStringLiteral(" 万元"));
    m_pollution = new QSpinBox(this);
    m_pollution->setObjectName(QStringLiteral("pollutionClass"));
    m_pollution->setRange(1, 3);
    m_pollution->setKeyboardTracking(false);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("preferredZone"));
    m_neededBy = new QDateEdit(this);
    m_neededBy->setObjectName(QStringLiteral("neededBy"));
    m_neededBy->setCalendarPopup(true);
    m_neededBy->setMinimumDate(kNoDate);
    m_neededBy->setSpecialValueText(QStringLiteral("—"));
    m_neededBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_neededBy->setKeyboardTracking(false);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetRequirements"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* land = new QHBoxLayout;
    land->addWidget(m_landM2, 3);
    land->addWidget(m_landMu, 2);

    // Two columns of figures keep the form short, so the project table above it stays
    // tall; the land area (m² and 亩) and the preferred zone span the width.
    m_form = new QGridLayout;
    m_form->setHorizontalSpacing(8);
    m_form->setVerticalSpacing(4);
    m_form->setColumnStretch(1, 1);
    m_form->setColumnStretch(3, 1);
    const auto label = [this](QWidget* buddy) {
        auto* text = new QLabel(this);
        text->setBuddy(buddy);
        m_labels.push_back(text);
        return text;
    };
    m_form->addWidget(label(m_need), 0, 0);
    m_form->addWidget(m_need, 0, 1);
    m_form->addWidget(label(m_pollution), 0, 2);
    m_form->addWidget(m_pollution, 0, 3);
    m_form->addWidget(label(m_landM2), 1, 0);
    m_form->addLayout(land, 1, 1, 1, 3);
    m_form->addWidget(label(m_floorM2), 2, 0);
    m_form->addWidget(m_floorM2, 2, 1);
    m_form->addWidget(label(m_floorLoad), 2, 2);
    m_form->addWidget(m_floorLoad, 2, 3);
    m_form->addWidget(label(m_clearHeight), 3, 0);
    m_form->addWidget(m_clearHeight, 3, 1);
    m_form->addWidget(label(m_power), 3, 2);
    m_form->addWidget(m_power, 3, 3);
    m_form->addWidget(label(m_investment), 4, 0);
    m_form->addWidget(m_investment, 4, 1);
    m_form->addWidget(label(m_neededBy), 4, 2);
    m_form->addWidget(m_neededBy, 4, 3);
    m_form->addWidget(label(m_zone), 5, 0);
    m_form->addWidget(m_zone, 5, 1, 1, 3);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_reset);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto changed = [this] {
        if (!m_filling) {
            apply();
        }
    };
    connect(m_need, &QComboBox::currentIndexChanged, this, changed);
    connect(m_landM2, &QDoubleSpinBox::valueChanged, this, [this, changed](double m2) {
        if (m_filling) {
            return;
        }
        const QSignalBlocker block(m_landMu);
        m_landMu->setValue(core::muFromSquareMetres(m2));
        changed();
    });
    connect(m_landMu, &QDoubleSpinBox::valueChanged, this, [this, changed](double mu) {
        if (m_filling) {
            return;
        }
        const QSignalBlocker block(m_landM2);
        m_landM2->setValue(core::squareMetresFromMu(mu));
        changed();
    });
    for (QDoubleSpinBox* box : {m_floorM2, m_floorLoad, m_clearHeight, m_power, m_investment}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    }
    connect(m_pollution, &QSpinBox::valueChanged, this, changed);
    connect(m_zone, &QComboBox::currentIndexChanged, this, changed);
    connect(m_neededBy, &QDateEdit::dateChanged, this, changed);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (m_project) {
            m_document.resetProject(*m_project);
            showProject();
        }
    });

    connect(&m_document, &WorkspaceDocument::opened, this, [this] {
        fillZones();
        showProject();
    });
    connect(&m_document, &WorkspaceDocument::closed, this, [this] { showProject(); });
    connect(&m_document, &WorkspaceDocument::projectSelected, this, [this] { showProject(); });
    // A reset (or any change not made here) shows the project's requirements again.
    connect(&m_document, &WorkspaceDocument::projectEdited, this, [this](std::size_t project) {
        if (!m_applying && project == m_project) {
            showProject();
        }
    });

    retranslateUi();
    showProject();
}

void RequirementForm::fillZones() {
    const QSignalBlocker block(m_zone);
    m_zone->clear();
    m_zone->addItem(tr("(any zone)"), QString());
    if (!m_document.isOpen()) {
        return;
    }
    for (const core::Zone& zone : m_document.district().zones) {
        m_zone->addItem(QString::fromStdString(zone.zone_id + " " + zone.name),
                        QString::fromStdString(zone.zone_id));
    }
}

void RequirementForm::showProject() {
    m_filling = true;
    m_project = m_document.isOpen() ? m_document.selectedProject() : std::nullopt;
    const bool any = m_project.has_value();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_need, m_landM2, m_landMu, m_floorM2, m_floorLoad, m_clearHeight, m_power,
             m_investment, m_pollution, m_zone, m_neededBy, m_reset}) {
        widget->setEnabled(any);
    }
    m_message->clear();
    if (!any) {
        m_title->setText(tr("Select a project to see and edit its requirements."));
        m_filling = false;
        return;
    }
    const core::Project& project = m_document.district().projects.at(*m_project);
    m_title->setText(
        tr("Requirements of %1 %2")
            .arg(QString::fromStdString(project.project_id), QString::fromStdString(project.name)));
    m_need->setCurrentIndex(m_need->findData(static_cast<int>(project.need)));
    setOptional(m_landM2, project.land_m2);
    m_landMu->setValue(project.land_m2 ? core::muFromSquareMetres(*project.land_m2) : 0.0);
    setOptional(m_floorM2, project.floor_m2);
    setOptional(m_floorLoad, project.floor_load_kn_m2);
    setOptional(m_clearHeight, project.clear_height_m);
    setOptional(m_power, project.power_kva);
    setOptional(m_investment, project.investment_wan);
    m_pollution->setValue(project.pollution_class);
    const int zone = m_zone->findData(QString::fromStdString(project.preferred_zone));
    m_zone->setCurrentIndex(zone < 0 ? 0 : zone);
    m_neededBy->setDate(project.needed_by ? toQDate(*project.needed_by) : kNoDate);
    const bool land = project.need == core::ProjectNeed::Land;
    m_landM2->setEnabled(land);
    m_landMu->setEnabled(land);
    m_floorLoad->setEnabled(!land);
    m_clearHeight->setEnabled(!land);
    m_reset->setEnabled(m_document.isEdited(*m_project));
    m_filling = false;
}

core::Project RequirementForm::edited() const {
    core::Project project = m_document.district().projects.at(*m_project);
    project.need = static_cast<core::ProjectNeed>(m_need->currentData().toInt());
    project.land_m2 = optionalOf(m_landM2);
    project.floor_m2 = optionalOf(m_floorM2);
    project.floor_load_kn_m2 = optionalOf(m_floorLoad);
    project.clear_height_m = optionalOf(m_clearHeight);
    project.power_kva = optionalOf(m_power);
    project.investment_wan = optionalOf(m_investment);
    project.pollution_class = m_pollution->value();
    project.preferred_zone = m_zone->currentData().toString().toStdString();
    project.needed_by = m_neededBy->date() == kNoDate
                            ? std::nullopt
                            : std::optional<core::Date>(fromQDate(m_neededBy->date()));
    return project;
}

void RequirementForm::apply() {
    if (!m_project || !m_document.isOpen()) {
        return;
    }
    m_applying = true;
    try {
        m_document.editProject(*m_project, edited());
        m_message->clear();
    } catch (const std::exception& error) {
        m_message->setText(QString::fromUtf8(error.what()));
    }
    m_applying = false;
    const bool land = m_need->currentData().toInt() == static_cast<int>(core::ProjectNeed::Land);
    m_landM2->setEnabled(land);
    m_landMu->setEnabled(land);
    m_floorLoad->setEnabled(!land);
    m_clearHeight->setEnabled(!land);
    m_reset->setEnabled(m_document.isEdited(*m_project));
}

void RequirementForm::retranslateUi() {
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
    // In the order the labels were made in the constructor.
    const QStringList labels{tr("Needs"),      tr("Pollution class"), tr("Land"),  tr("Floor area"),
                             tr("Floor load"), tr("Clear height"),    tr("Power"), tr("Investment"),
                             tr("Needed by"),  tr("Preferred zone")};
    for (qsizetype i = 0; i < labels.size() && i < m_labels.size(); ++i) {
        m_labels[i]->setText(labels[i]);
    }
    m_landM2->setToolTip(tr("Land asked for, in m²; a parcel may be up to 30 % larger"));
    m_landMu->setToolTip(tr("The same in 亩 (1 亩 = 666.67 m²)"));
    m_floorM2->setToolTip(
        tr("Planned floor area (land: for the FAR check; space: the floor "
           "space to rent)"));
    m_pollution->setToolTip(tr("1 clean … 3 heavy; must fit the zone and the land use"));
    m_reset->setText(tr("Reset to workspace values"));
    {
        const QSignalBlocker block(m_zone);
        if (m_zone->count() > 0) {
            m_zone->setItemText(0, tr("(any zone)"));
        }
    }
    showProject();
}

void RequirementForm::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

}  // namespace sitefit::gui
