#include "import_dialog.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <map>
#include <memory>

#include "background_task.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/importer.hpp"

namespace sitefit::gui {
namespace {

constexpr const char* kLastFolderKey = "import/lastFolder";

enum FieldColumn { SchemaColumn, SourceColumn, GuessColumn, RequiredColumn, ConstantColumn };
enum ValueColumn { ValueFieldColumn, SourceValueColumn, CountColumn, SchemaValueColumn };

QString fromUtf8(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toUtf8(const QString& text) {
    return text.trimmed().toStdString();
}

QTableWidgetItem* readOnlyItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);  // owned by the table it is set in
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString lastFolder() {
    return QSettings().value(QLatin1String(kLastFolderKey), QDir::homePath()).toString();
}

void rememberFolder(const QString& file) {
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(file).absolutePath());
}

}  // namespace

ImportDialog::ImportDialog(BackgroundTask& task, QWidget* parent) : QDialog(parent), m_task(task) {
    setWindowTitle(tr("Import Data"));
    setObjectName(QStringLiteral("importDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    const std::pair<const char*, QString> targets[] = {
        {"zones", tr("Zones (polygons, required)")},
        {"parcels", tr("Parcels (polygons, required)")},
        {"buildings", tr("Buildings (polygons, required)")},
        {"enterprises", tr("Enterprises (points)")},
        {"projects", tr("Projects (table)")},
        {"chains", tr("Industry chains (table)")},
        {"categories", tr("Project categories (table)")},
        {"chain_links", tr("Chain links (table)")},
    };
    for (const auto& [target, label] : targets) {
        SourceRow row{target,
                      std::string_view(target) == "zones" ||
                          std::string_view(target) == "parcels" ||
                          std::string_view(target) == "buildings",
                      new QLineEdit};
        row.path->setObjectName(QStringLiteral("source_") + QLatin1String(target));
        row.path->setPlaceholderText(row.required ? tr("a file, folder or .zip") : tr("optional"));
        auto* browse = new QPushButton(tr("Browse…"));
        auto* line = new QHBoxLayout;
        line->addWidget(row.path, 1);
        line->addWidget(browse);
        form->addRow(label, line);
        m_sources.push_back(row);
        const SourceRow copy = row;
        connect(browse, &QPushButton::clicked, this, [this, copy] { browseSource(copy); });
    }
    m_output = new QLineEdit;
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setPlaceholderText(tr("the workspace to write (.gpkg)"));
    auto* browseOutputButton = new QPushButton(tr("Browse…"));
    auto* outputLine = new QHBoxLayout;
    outputLine->addWidget(m_output, 1);
    outputLine->addWidget(browseOutputButton);
    form->addRow(tr("Workspace to write"), outputLine);
    connect(browseOutputButton, &QPushButton::clicked, this, &ImportDialog::browseOutput);
    layout->addLayout(form);

    auto* hint = new QLabel(
        tr("Suggest reads the files and guesses which of their fields holds each workspace "
           "field. Check the guesses, pick a field or give one value for every feature where "
           "one is missing, and give a workspace value to each source value no built-in table "
           "knows."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("suggestionTabs"));
    layout->addWidget(m_tabs, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox;
    m_suggestButton = buttons->addButton(tr("&Suggest"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_suggestButton, &QPushButton::clicked, this, [this] { (void)suggest(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { (void)startImport(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The task is the window's: its failure is this dialog's only while it imports.
    connect(&m_task, &BackgroundTask::failed, this, [this](const QString&, const QString& error) {
        if (m_importing) {
            showMessage(tr("The import failed: %1").arg(error), true);
        }
    });
    connect(&m_task, &BackgroundTask::cancelled, this, [this](const QString&) {
        if (m_importing) {
            showMessage(tr("The import was cancelled."), true);
        }
    });
    connect(&m_task, &BackgroundTask::finished, this, [this] {
        m_importing = false;
        m_suggestButton->setEnabled(true);
        m_importButton->setEnabled(m_suggestion.has_value());
    });
    resize(900, 760);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setSource(const std::string& target, const QString& path) {
    for (const SourceRow& row : m_sources) {
        if (row.target == target) {
            row.path->setText(path);
        }
    }
}

void ImportDialog::setOutput(const QString& path) {
    m_output->setText(path);
}

void ImportDialog::browseSource(const SourceRow& row) {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Source of %1").arg(fromUtf8(row.target)), lastFolder(),
        tr("GIS files (*.gpkg *.shp *.geojson *.json *.fgb *.csv *.zip *.gml *.kml *.tab "
           "*.mif *.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        rememberFolder(path);
        row.path->setText(path);
    }
}

void ImportDialog::browseOutput() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Workspace to write"), lastFolder(),
                                                      tr("Workspaces (*.gpkg)"));
    if (!path.isEmpty()) {
        rememberFolder(path);
        m_output->setText(path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)
                              ? path
                              : path + QStringLiteral(".gpkg"));
    }
}

bool ImportDialog::suggest() {
    std::map<std::string, std::string> sources;
    for (const SourceRow& row : m_sources) {
        if (!row.path->text().trimmed().isEmpty()) {
            sources[row.target] = toUtf8(row.path->text());
        }
    }
    if (sources.empty()) {
        showMessage(tr("Choose a source file for each layer first."), true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_suggestion = gis::MappingSuggestion::of(sources);
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        showMessage(tr("Cannot suggest a mapping: %1").arg(QString::fromUtf8(error.what())), true);
        return false;
    }
    QApplication::restoreOverrideCursor();
    showSuggestion();
    m_importButton->setEnabled(!m_importing);
    std::size_t guessed = 0;
    for (const gis::SuggestedLayer& layer : m_suggestion->layers) {
        guessed += layer.guessedCount();
    }
    const std::vector<std::string> open = m_suggestion->unresolved();
    QString text =
        tr("%n field(s) guessed from the headers: check them.", "", static_cast<int>(guessed));
    for (const std::string& line : open) {
        text += QLatin1Char('\n') + fromUtf8(line);
    }
    showMessage(text, false);
    return true;
}

void ImportDialog::showSuggestion() {
    m_tabs->clear();
    m_tables.clear();
    for (const gis::SuggestedLayer& layer : m_suggestion->layers) {
        auto* page = new QSplitter(Qt::Vertical);
        auto* fields = new QTableWidget(static_cast<int>(layer.fields.size()), 5);
        fields->setObjectName(QStringLiteral("fields_") + fromUtf8(layer.target));
        fields->setHorizontalHeaderLabels({tr("Workspace field"), tr("Source field"), tr("Guess"),
                                           tr("Required"), tr("Or one value for all")});
        QStringList choices{QString()};
        for (const std::string& name : layer.source_fields) {
            choices << fromUtf8(name);
        }
        for (int row = 0; row < fields->rowCount(); ++row) {
            const gis::SuggestedField& field = layer.fields[static_cast<std::size_t>(row)];
            fields->setItem(row, SchemaColumn, readOnlyItem(fromUtf8(field.schema_field)));
            auto* combo = new QComboBox;
            combo->setEditable(true);
            combo->addItems(choices);
            combo->setCurrentText(fromUtf8(field.source_field));
            fields->setCellWidget(row, SourceColumn, combo);
            fields->setItem(row, GuessColumn,
                            readOnlyItem(field.guessed ? tr("guess: check") : QString()));
            fields->setItem(row, RequiredColumn,
                            readOnlyItem(field.required ? tr("required") : QString()));
            fields->setItem(row, ConstantColumn, new QTableWidgetItem(fromUtf8(field.constant)));
            // A field the planner chose is no longer a guess.
            connect(combo, &QComboBox::currentTextChanged, fields,
                    [fields, row] { fields->item(row, GuessColumn)->setText(QString()); });
        }
        fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        // Wide enough for a Chinese header and its unit: the combo boxes do not size it.
        fields->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
        fields->setColumnWidth(SourceColumn, 240);
        fields->horizontalHeader()->setStretchLastSection(true);
        page->addWidget(fields);

        auto* values = new QTableWidget(static_cast<int>(layer.untranslated.size()), 4);
        values->setObjectName(QStringLiteral("values_") + fromUtf8(layer.target));
        values->setHorizontalHeaderLabels(
            {tr("Workspace field"), tr("Source value"), tr("Features"), tr("Workspace value")});
        for (int row = 0; row < values->rowCount(); ++row) {
            const gis::UntranslatedValue& value = layer.untranslated[static_cast<std::size_t>(row)];
            values->setItem(row, ValueFieldColumn, readOnlyItem(fromUtf8(value.schema_field)));
            values->setItem(row, SourceValueColumn, readOnlyItem(fromUtf8(value.source_value)));
            values->setItem(row, CountColumn,
                            readOnlyItem(QString::number(static_cast<qulonglong>(value.count))));
            auto* combo = new QComboBox;
            combo->setEditable(true);
            combo->addItem(QString());
            for (const std::string& nearest : value.nearest) {
                combo->addItem(fromUtf8(nearest));
            }
            combo->setCurrentText(fromUtf8(value.translation));
            combo->setToolTip(tr("Nearest known values are listed first"));
            values->setCellWidget(row, SchemaValueColumn, combo);
        }
        values->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        values->horizontalHeader()->setStretchLastSection(true);
        values->setVisible(values->rowCount() > 0);
        page->addWidget(values);

        const std::size_t open = layer.missingRequired().size() + layer.valuesToTranslate();
        m_tabs->addTab(page, open == 0 ? fromUtf8(layer.target)
                                       : tr("%1 (%2 to do)").arg(fromUtf8(layer.target)).arg(open));
        m_tables.push_back({layer.target, fields, values});
    }
}

void ImportDialog::applyEdits() {
    if (!m_suggestion) {
        return;
    }
    for (std::size_t i = 0; i < m_tables.size() && i < m_suggestion->layers.size(); ++i) {
        gis::SuggestedLayer& layer = m_suggestion->layers[i];
        const LayerTables& tables = m_tables[i];
        for (int row = 0; row < tables.fields->rowCount(); ++row) {
            gis::SuggestedField& field = layer.fields[static_cast<std::size_t>(row)];
            const auto* combo =
                qobject_cast<QComboBox*>(tables.fields->cellWidget(row, SourceColumn));
            const std::string source = combo != nullptr ? toUtf8(combo->currentText()) : "";
            if (source != field.source_field) {
                field.source_field = source;
                field.guessed = false;
                field.unit.clear();  // the header's unit was the guessed field's
            }
            field.constant = toUtf8(tables.fields->item(row, ConstantColumn)->text());
        }
        for (int row = 0; row < tables.values->rowCount(); ++row) {
            const auto* combo =
                qobject_cast<QComboBox*>(tables.values->cellWidget(row, SchemaValueColumn));
            layer.untranslated[static_cast<std::size_t>(row)].translation =
                combo != nullptr ? toUtf8(combo->currentText()) : "";
        }
    }
}

const std::optional<gis::MappingSuggestion>& ImportDialog::suggestion() {
    applyEdits();
    return m_suggestion;
}

QTableWidget* ImportDialog::fieldTable(const std::string& target) const {
    for (const LayerTables& tables : m_tables) {
        if (tables.target == target) {
            return tables.fields;
        }
    }
    return nullptr;
}

QTableWidget* ImportDialog::valueTable(const std::string& target) const {
    for (const LayerTables& tables : m_tables) {
        if (tables.target == target) {
            return tables.values;
        }
    }
    return nullptr;
}

QString ImportDialog::mappingPath() const {
    const QFileInfo output(m_output->text().trimmed());
    return output.absoluteDir().filePath(output.completeBaseName() +
                                         QStringLiteral(".mapping.toml"));
}

QString ImportDialog::message() const {
    return m_message->text();
}

void ImportDialog::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

bool ImportDialog::startImport() {
    if (!m_suggestion) {
        showMessage(tr("Suggest a mapping first."), true);
        return false;
    }
    if (m_task.isRunning()) {
        showMessage(tr("Wait until \"%1\" is over.").arg(m_task.title()), true);
        return false;
    }
    applyEdits();
    if (m_output->text().trimmed().isEmpty()) {
        showMessage(tr("Choose the workspace to write."), true);
        return false;
    }
    QStringList problems;
    for (const SourceRow& row : m_sources) {
        const bool suggested = std::any_of(
            m_suggestion->layers.begin(), m_suggestion->layers.end(),
            [&](const gis::SuggestedLayer& layer) { return layer.target == row.target; });
        if (row.required && !suggested) {
            problems << tr("%1: choose a source and suggest again").arg(fromUtf8(row.target));
        }
    }
    for (const std::string& line : m_suggestion->unresolved()) {
        problems << fromUtf8(line);
    }
    if (!problems.isEmpty()) {
        showMessage(tr("Not yet:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')), true);
        return false;
    }

    gis::ImportOptions options;
    options.output = m_output->text().trimmed().toStdString();
    options.mapping_file = mappingPath().toStdString();
    for (const gis::SuggestedLayer& layer : m_suggestion->layers) {
        options.sources[layer.target] = layer.source;
    }
    try {
        m_suggestion->write(options.mapping_file);
    } catch (const std::exception& error) {
        showMessage(QString::fromUtf8(error.what()), true);
        return false;
    }
    m_importing = true;
    m_suggestButton->setEnabled(false);
    m_importButton->setEnabled(false);
    showMessage(tr("Importing with the mapping %1…").arg(mappingPath()), false);
    QPointer<ImportDialog> self(this);
    m_task.start(tr("Importing %1").arg(QFileInfo(m_output->text()).fileName()),
                 [options, self](TaskProgress& progress) {
                     auto report =
                         std::make_shared<gis::ImportReport>(gis::Importer::run(options, progress));
                     return BackgroundTask::Completion([self, report] {
                         if (self) {
                             self->onImported(*report);
                         }
                     });
                 });
    return true;
}

QString ImportDialog::summaryOf(const gis::ImportReport& report) const {
    QStringList lines;
    lines << tr("Workspace CRS: %1").arg(fromUtf8(report.workspace_crs));
    for (const gis::ImportedLayer& layer : report.layers) {
        lines << tr("%1: %2 written of %3 read, %4 repaired, from %5")
                     .arg(fromUtf8(layer.target))
                     .arg(static_cast<qulonglong>(layer.written))
                     .arg(static_cast<qulonglong>(layer.read))
                     .arg(static_cast<qulonglong>(layer.repaired.size()))
                     .arg(fromUtf8(layer.source));
    }
    for (const std::string& note : report.notes) {
        lines << fromUtf8(note);
    }
    if (!report.problems.empty()) {
        // What `sitefit check` finds in the workspace written, capped as the CLI caps it.
        constexpr std::size_t kShown = 20;
        lines << tr("Checked as sitefit check does: %1 errors, %2 warnings")
                     .arg(static_cast<qulonglong>(report.problems.errorCount()))
                     .arg(static_cast<qulonglong>(report.problems.warningCount()))
              << fromUtf8(report.problems.text(kShown)).trimmed();
    }
    lines << tr("Mapping: %1").arg(mappingPath());
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::onImported(const gis::ImportReport& report) {
    m_importing = false;
    const QString summary = summaryOf(report);
    showMessage(summary, false);
    accept();
    emit imported(QString::fromStdString(report.output.string()), summary);
}

}  // namespace sitefit::gui
