#include "attribute_editor.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

#include "edit_session.hpp"
#include "workspace_document.hpp"

namespace sitefit::gui {
namespace {

enum Column { kField = 0, kSaved = 1, kValue = 2 };

// The id field is the row's identity: never edited (WorkspaceEditor refuses it too).
bool isIdField(const std::string& layer, const std::string& field) {
    return !layer.empty() && field == layer.substr(0, layer.size() - 1) + "_id";
}

QString shown(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

AttributeEditor::AttributeEditor(const WorkspaceDocument& document, EditSession& session,
                                 QWidget* parent)
    : Retranslating(parent), m_document(document), m_session(session) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("attributeEditorTitle"));
    m_title->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("attributeTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(kField, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kSaved, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("attributeReload"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &AttributeEditor::onItemChanged);
    connect(m_reload, &QPushButton::clicked, this, &AttributeEditor::reloadRow);
    connect(&m_session, &EditSession::changed, this, &AttributeEditor::fill);
    retranslateUi();
}

QString AttributeEditor::fieldLabel(const std::string& field) {
    // The same words as the Identify panel and the requirement form where they exist.
    static const std::map<std::string, const char*> kLabels{
        {"kind", QT_TR_NOOP("Kind")},
        {"floors", QT_TR_NOOP("Floors")},
        {"floor_area_m2", QT_TR_NOOP("Floor area (m²)")},
        {"vacant_m2", QT_TR_NOOP("Vacant floor space (m²)")},
        {"floor_load_kn_m2", QT_TR_NOOP("Floor load (kN/m²)")},
        {"clear_height_m", QT_TR_NOOP("Clear height (m)")},
        {"rent", QT_TR_NOOP("Rent (yuan/m²/month)")},
        {"available_from", QT_TR_NOOP("Available from")},
        {"carrier", QT_TR_NOOP("Carrier")},
        {"land_use", QT_TR_NOOP("Land use")},
        {"status", QT_TR_NOOP("Status")},
        {"far_min", QT_TR_NOOP("Min. FAR")},
        {"far_max", QT_TR_NOOP("Max. FAR")},
        {"density_max", QT_TR_NOOP("Max. building coverage")},
        {"green_max", QT_TR_NOOP("Max. green ratio")},
        {"height_max_m", QT_TR_NOOP("Max. height (m)")},
        {"land_price", QT_TR_NOOP("Land price (10k yuan/mu)")},
        {"power_kva", QT_TR_NOOP("Power (kVA)")},
        {"name", QT_TR_NOOP("Name")},
        {"investor", QT_TR_NOOP("Investor")},
        {"category_code", QT_TR_NOOP("Category")},
        {"industry_code", QT_TR_NOOP("Industry code (GB/T 4754)")},
        {"need", QT_TR_NOOP("Needs")},
        {"land_m2", QT_TR_NOOP("Land (m²)")},
        {"floor_m2", QT_TR_NOOP("Floor area needed (m²)")},
        {"investment", QT_TR_NOOP("Investment (10k yuan)")},
        {"pollution_class", QT_TR_NOOP("Pollution class")},
        {"preferred_zone", QT_TR_NOOP("Preferred zone")},
        {"needed_by", QT_TR_NOOP("Needed by")},
        {"annual_tax", QT_TR_NOOP("Annual tax (10k yuan)")},
        {"jobs", QT_TR_NOOP("Jobs")},
        {"priority", QT_TR_NOOP("Priority")},
        {"mandatory", QT_TR_NOOP("Mandatory (0/1)")},
    };
    const auto found = kLabels.find(field);
    return found == kLabels.end() ? shown(field) : tr(found->second);
}

void AttributeEditor::showRow(const std::string& layer, const std::string& id) {
    m_layer = layer;
    m_id = id;
    m_row.reset();
    m_problem.clear();
    try {
        m_row = gis::WorkspaceEditor::fetch(m_document.path().toStdString(), layer, id);
    } catch (const std::exception& error) {
        m_problem = QString::fromUtf8(error.what());
    }
    fill();
}

void AttributeEditor::clear() {
    m_layer.clear();
    m_id.clear();
    m_row.reset();
    m_problem.clear();
    fill();
}

void AttributeEditor::reloadRow() {
    if (m_layer.empty()) {
        return;
    }
    showRow(m_layer, m_id);
    if (m_row) {
        m_session.rebaseRow(m_row->layer, m_row->id, m_row->version, m_row->fields);
    }
}

std::string AttributeEditor::fieldAt(int row) const {
    const QTableWidgetItem* item = m_table->item(row, kField);
    return item == nullptr ? std::string() : item->data(Qt::UserRole).toString().toStdString();
}

int AttributeEditor::rowOf(const std::string& field) const {
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (fieldAt(r) == field) {
            return r;
        }
    }
    return -1;
}

QString AttributeEditor::titleText() const {
    return m_title->text();
}

void AttributeEditor::retranslateUi() {
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Saved value"), tr("Value")});
    m_reload->setText(tr("Reload Row"));
    m_reload->setToolTip(
        tr("Read the row again from the workspace (after someone else saved it); your "
           "unsaved changes stay and will be saved on top of its current values"));
    fill();
}

void AttributeEditor::fill() {
    m_filling = true;
    m_table->setRowCount(0);
    const bool editable = m_session.isActive() && !m_document.isReadOnly();
    m_reload->setEnabled(m_row.has_value());
    if (!m_problem.isEmpty()) {
        m_title->setText(tr("Cannot read %1 %2: %3").arg(shown(m_layer), shown(m_id), m_problem));
        m_filling = false;
        return;
    }
    if (!m_row) {
        m_title->setText(
            tr("Click a building or parcel on the map, or select a project, to "
               "edit its attributes."));
        m_filling = false;
        return;
    }
    const gis::EditableRow& row = *m_row;
    QString title = tr("%1 %2, version %3").arg(shown(row.layer), shown(row.id)).arg(row.version);
    if (row.last_edit) {
        title += QLatin1Char('\n') +
                 tr("last saved by %1 at %2")
                     .arg(shown(row.last_edit->editor), shown(row.last_edit->edited_at));
    }
    m_title->setText(title);
    for (const auto& [field, saved] : row.fields) {
        if (isIdField(row.layer, field)) {
            continue;
        }
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto* label = new QTableWidgetItem(fieldLabel(field));
        label->setData(Qt::UserRole, shown(field));
        label->setToolTip(shown(field));
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* savedItem = new QTableWidgetItem(shown(saved));
        savedItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const std::optional<PendingEdit> pending =
            m_session.pending().find(row.layer, row.id, field);
        auto* value = new QTableWidgetItem(shown(pending ? pending->value : saved));
        value->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (pending) {
            // Unsaved: bold and marked, the field too, so a glance down the table finds them.
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            label->setFont(bold);
            label->setText(label->text() + QStringLiteral(" *"));
            value->setToolTip(tr("Unsaved change; saved value: %1")
                                  .arg(saved.empty() ? tr("(empty)") : shown(saved)));
            value->setBackground(QColor(255, 243, 205));
        }
        m_table->setItem(r, kField, label);
        m_table->setItem(r, kSaved, savedItem);
        m_table->setItem(r, kValue, value);
    }
    m_filling = false;
}

void AttributeEditor::onItemChanged(QTableWidgetItem* item) {
    if (m_filling || !m_row || item->column() != kValue) {
        return;
    }
    const std::string field = fieldAt(item->row());
    std::string saved;
    for (const auto& [name, value] : m_row->fields) {
        if (name == field) {
            saved = value;
        }
    }
    const std::string value = item->text().trimmed().toStdString();
    // Queued: the command's redo refills the table, which must not happen inside the
    // table's own itemChanged.
    QMetaObject::invokeMethod(
        this,
        [this, layer = m_row->layer, id = m_row->id, field, value, saved,
         version = m_row->version] {
            m_session.setValue(layer, id, field, value, saved, version);
            fill();
        },
        Qt::QueuedConnection);
}

}  // namespace sitefit::gui
