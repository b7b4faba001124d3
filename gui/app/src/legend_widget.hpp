#pragma once

#include <QWidget>
#include <vector>

#include "sitefit/gui/legend.hpp"

namespace sitefit::gui {

// The legend of the visible layers, top layer first, drawn with the renderer's own colours
// (legendOf). Sits in a scroll area under the layer list.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void setLegend(std::vector<LegendGroup> groups);
    [[nodiscard]] const std::vector<LegendGroup>& legend() const { return m_groups; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int contentHeight() const;

    std::vector<LegendGroup> m_groups;
};

}  // namespace sitefit::gui
