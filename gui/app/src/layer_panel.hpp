#pragma once

#include <QStringList>
#include <QWidget>
#include <optional>
#include <vector>

#include "sitefit/gui/map_settings.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QSlider;

namespace sitefit::gui {

// The map's layers, topmost first as in every GIS: a checkbox shows or hides a layer, drag
// and drop reorders them, and the current layer's opacity, theme and labels are set below
// the list. Emits the whole layer list (bottom to top) on every change.
class LayerPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget* parent = nullptr);

    // Bottom to top, as MapSettings holds them.
    void setLayers(const std::vector<LayerSettings>& layers);
    [[nodiscard]] std::vector<LayerSettings> layers() const { return m_layers; }
    // Selects the row of `layer` (tests, keyboard users).
    void setCurrentLayer(MapLayerId layer);
    void setLayerVisible(MapLayerId layer, bool visible);
    // The layer selected in the list (Zoom to Layer acts on it).
    [[nodiscard]] std::optional<MapLayerId> currentLayer() const;

    // Layer settings as text for QSettings ("parcels:1:0.80:parcel_status:0", ...), and
    // back; unknown or missing layers fall back to their defaults.
    [[nodiscard]] static QStringList encode(const std::vector<LayerSettings>& layers);
    [[nodiscard]] static std::vector<LayerSettings> decode(const QStringList& text);

signals:
    void layersChanged(const std::vector<sitefit::gui::LayerSettings>& layers);
    void zoomToLayerRequested(sitefit::gui::MapLayerId layer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillList();
    void retranslateUi();
    void showCurrent();
    void readOrderFromList();
    void onItemChanged(QListWidgetItem* item);
    void showContextMenu(const QPoint& position);
    [[nodiscard]] LayerSettings* current();

    std::vector<LayerSettings> m_layers;
    QListWidget* m_list = nullptr;
    QLabel* m_opacityLabel = nullptr;
    QSlider* m_opacity = nullptr;
    QLabel* m_opacityValue = nullptr;
    QLabel* m_themeLabel = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_labels = nullptr;
    bool m_filling = false;
};

}  // namespace sitefit::gui
