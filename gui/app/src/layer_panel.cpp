#include "layer_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "domain_labels.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gui {
namespace {

constexpr int kLayerRole = Qt::UserRole + 1;

}  // namespace

LayerPanel::LayerPanel(QWidget* parent) : QWidget(parent), m_layers(defaultLayerSettings()) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacityValue = new QLabel(this);
    m_opacityValue->setMinimumWidth(
        QFontMetrics(font()).horizontalAdvance(QStringLiteral("100 %")));
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityValue);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_labels = new QCheckBox(this);
    m_opacityLabel = new QLabel(this);
    m_themeLabel = new QLabel(this);

    auto* form = new QFormLayout;
    form->addRow(m_opacityLabel, opacityRow);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(QString(), m_labels);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_list, &QListWidget::itemChanged, this, &LayerPanel::onItemChanged);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { readOrderFromList(); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &LayerPanel::showContextMenu);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_opacityValue->setText(QStringLiteral("%1 %").arg(value));
        if (LayerSettings* layer = current(); layer && !m_filling) {
            layer->opacity = value / 100.0;
            emit layersChanged(m_layers);
        }
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (LayerSettings* layer = current(); layer && !m_filling && index >= 0) {
            layer->theme = static_cast<Theme>(m_theme->itemData(index).toInt());
            emit layersChanged(m_layers);
        }
    });
    connect(m_labels, &QCheckBox::toggled, this, [this](bool on) {
        if (LayerSettings* layer = current(); layer && !m_filling) {
            layer->labels = on;
            emit layersChanged(m_layers);
        }
    });

    retranslateUi();
    fillList();
}

void LayerPanel::setLayers(const std::vector<LayerSettings>& layers) {
    m_layers = layers;
    fillList();
}

void LayerPanel::setCurrentLayer(MapLayerId layer) {
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kLayerRole).toInt() == static_cast<int>(layer)) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void LayerPanel::setLayerVisible(MapLayerId layer, bool visible) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kLayerRole).toInt() == static_cast<int>(layer)) {
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
}

std::optional<MapLayerId> LayerPanel::currentLayer() const {
    const QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return static_cast<MapLayerId>(item->data(kLayerRole).toInt());
}

void LayerPanel::fillList() {
    m_filling = true;
    const int currentRow = std::max(0, m_list->currentRow());
    m_list->clear();
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        auto* item = new QListWidgetItem(DomainLabels::layer(it->layer));
        item->setData(kLayerRole, static_cast<int>(it->layer));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
    m_filling = false;
    m_list->setCurrentRow(std::min(currentRow, m_list->count() - 1));
    showCurrent();
}

LayerSettings* LayerPanel::current() {
    const QListWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return nullptr;
    }
    const auto id = static_cast<MapLayerId>(item->data(kLayerRole).toInt());
    const auto found = std::find_if(m_layers.begin(), m_layers.end(),
                                    [id](const LayerSettings& s) { return s.layer == id; });
    return found == m_layers.end() ? nullptr : &*found;
}

void LayerPanel::showCurrent() {
    const LayerSettings* layer = current();
    const bool any = layer != nullptr;
    m_opacity->setEnabled(any);
    m_theme->setEnabled(any);
    m_labels->setEnabled(any);
    if (!any) {
        return;
    }
    m_filling = true;
    m_opacity->setValue(static_cast<int>(std::lround(layer->opacity * 100.0)));
    m_opacityValue->setText(QStringLiteral("%1 %").arg(m_opacity->value()));
    m_theme->clear();
    for (const Theme theme : themesOf(layer->layer)) {
        m_theme->addItem(DomainLabels::theme(theme), static_cast<int>(theme));
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(layer->theme))));
    m_labels->setChecked(layer->labels);
    m_filling = false;
}

void LayerPanel::readOrderFromList() {
    if (m_filling) {
        return;
    }
    std::vector<LayerSettings> reordered;
    for (int row = m_list->count() - 1; row >= 0; --row) {
        const auto id = static_cast<MapLayerId>(m_list->item(row)->data(kLayerRole).toInt());
        const auto found = std::find_if(m_layers.begin(), m_layers.end(),
                                        [id](const LayerSettings& s) { return s.layer == id; });
        if (found != m_layers.end()) {
            reordered.push_back(*found);
        }
    }
    if (reordered.size() == m_layers.size() && reordered != m_layers) {
        m_layers = std::move(reordered);
        emit layersChanged(m_layers);
    }
}

void LayerPanel::onItemChanged(QListWidgetItem* item) {
    if (m_filling || item == nullptr) {
        return;
    }
    const auto id = static_cast<MapLayerId>(item->data(kLayerRole).toInt());
    for (LayerSettings& layer : m_layers) {
        if (layer.layer == id) {
            const bool visible = item->checkState() == Qt::Checked;
            if (layer.visible != visible) {
                layer.visible = visible;
                emit layersChanged(m_layers);
            }
            return;
        }
    }
}

void LayerPanel::showContextMenu(const QPoint& position) {
    QListWidgetItem* item = m_list->itemAt(position);
    if (item == nullptr) {
        return;
    }
    const auto id = static_cast<MapLayerId>(item->data(kLayerRole).toInt());
    QMenu menu(this);
    menu.addAction(tr("Zoom to Layer"), this, [this, id] { emit zoomToLayerRequested(id); });
    menu.addAction(
        item->checkState() == Qt::Checked ? tr("Hide Layer") : tr("Show Layer"), this, [item] {
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void LayerPanel::retranslateUi() {
    m_opacityLabel->setText(tr("Opacity"));
    m_themeLabel->setText(tr("Theme"));
    m_labels->setText(tr("Show labels"));
    m_list->setToolTip(tr("Tick to show a layer; drag to change the drawing order"));
}

void LayerPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillList();
    }
}

QStringList LayerPanel::encode(const std::vector<LayerSettings>& layers) {
    QStringList out;
    for (const LayerSettings& layer : layers) {
        out << QStringLiteral("%1:%2:%3:%4:%5")
                   .arg(qs(layerName(layer.layer)))
                   .arg(layer.visible ? 1 : 0)
                   .arg(layer.opacity, 0, 'f', 2)
                   .arg(qs(themeName(layer.theme)))
                   .arg(layer.labels ? 1 : 0);
    }
    return out;
}

std::vector<LayerSettings> LayerPanel::decode(const QStringList& text) {
    const std::vector<LayerSettings> defaults = defaultLayerSettings();
    std::vector<LayerSettings> out;
    for (const QString& line : text) {
        const QStringList parts = line.split(QLatin1Char(':'));
        if (parts.size() != 5) {
            continue;
        }
        try {
            LayerSettings layer;
            layer.layer = layerFromName(parts[0].toStdString());
            layer.visible = parts[1] == QLatin1String("1");
            layer.opacity = std::clamp(parts[2].toDouble(), 0.0, 1.0);
            layer.theme = themeFromName(parts[3].toStdString());
            layer.labels = parts[4] == QLatin1String("1");
            const auto themes = themesOf(layer.layer);
            const bool themeFits =
                std::find(themes.begin(), themes.end(), layer.theme) != themes.end();
            const bool duplicate = std::any_of(out.begin(), out.end(), [&](const LayerSettings& s) {
                return s.layer == layer.layer;
            });
            if (themeFits && !duplicate) {
                out.push_back(layer);
            }
        } catch (const Error&) {
            // A name from another version: that layer takes its default.
        }
    }
    for (const LayerSettings& fallback : defaults) {
        if (std::none_of(out.begin(), out.end(),
                         [&](const LayerSettings& s) { return s.layer == fallback.layer; })) {
            out.push_back(fallback);
        }
    }
    return out;
}

}  // namespace sitefit::gui
