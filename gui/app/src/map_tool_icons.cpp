#include "map_tool_icons.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sitefit::gui {
namespace {

const QColor kInk(0x33, 0x3d, 0x4a);
const QColor kAccent(0x1f, 0x6f, 0xc5);

void magnifier(QPainter& p) {
    p.setPen(QPen(kInk, 2.2));
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawEllipse(QRectF(3, 3, 16, 16));
    p.setPen(QPen(kInk, 3.5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(17, 17), QPointF(27, 27));
}

void draw(QPainter& p, MapToolIcon kind) {
    switch (kind) {
        case MapToolIcon::Pan: {
            p.setPen(QPen(kInk, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawLine(QPointF(16, 4), QPointF(16, 28));
            p.drawLine(QPointF(4, 16), QPointF(28, 16));
            p.setBrush(kInk);
            const QPolygonF up{{16, 2}, {12, 7}, {20, 7}};
            const QPolygonF down{{16, 30}, {12, 25}, {20, 25}};
            const QPolygonF left{{2, 16}, {7, 12}, {7, 20}};
            const QPolygonF right{{30, 16}, {25, 12}, {25, 20}};
            for (const QPolygonF& arrow : {up, down, left, right}) {
                p.drawPolygon(arrow);
            }
            break;
        }
        case MapToolIcon::ZoomIn:
        case MapToolIcon::ZoomOut:
            magnifier(p);
            p.setPen(QPen(kAccent, 2.4, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(7, 11), QPointF(15, 11));
            if (kind == MapToolIcon::ZoomIn) {
                p.drawLine(QPointF(11, 7), QPointF(11, 15));
            }
            break;
        case MapToolIcon::ZoomBox:
            p.setPen(QPen(kAccent, 1.6, Qt::DashLine));
            p.setBrush(QColor(31, 111, 197, 40));
            p.drawRect(QRectF(2, 2, 20, 14));
            magnifier(p);
            break;
        case MapToolIcon::ZoomFull: {
            p.setPen(QPen(kInk, 2.0));
            p.setBrush(QColor(0xd8, 0xe8, 0xd0));
            p.drawRect(QRectF(8, 8, 16, 16));
            p.setPen(QPen(kAccent, 2.2, Qt::SolidLine, Qt::RoundCap));
            const QPointF corners[4][3] = {{{2, 8}, {2, 2}, {8, 2}},
                                           {{24, 2}, {30, 2}, {30, 8}},
                                           {{2, 24}, {2, 30}, {8, 30}},
                                           {{24, 30}, {30, 30}, {30, 24}}};
            for (const auto& corner : corners) {
                p.drawPolyline(corner, 3);
            }
            break;
        }
        case MapToolIcon::ZoomLayer:
            p.setPen(QPen(kInk, 1.6));
            p.setBrush(QColor(0xf2, 0xd4, 0x9b));
            p.drawPolygon(QPolygonF{{2, 10}, {14, 4}, {26, 10}, {14, 16}});
            p.setBrush(QColor(0xb9, 0xd3, 0xee));
            p.drawPolygon(QPolygonF{{2, 16}, {14, 10}, {26, 16}, {14, 22}});
            p.translate(8, 8);
            p.scale(0.75, 0.75);
            magnifier(p);
            break;
        case MapToolIcon::ZoomSelection:
            p.setPen(QPen(QColor(0xe6, 0x00, 0x7e), 2.0));
            p.setBrush(QColor(0xff, 0xe0, 0x40));
            p.drawPolygon(QPolygonF{{3, 5}, {17, 3}, {20, 14}, {6, 17}});
            p.translate(8, 8);
            p.scale(0.75, 0.75);
            magnifier(p);
            break;
        case MapToolIcon::Identify: {
            p.setPen(QPen(kAccent, 2.0));
            p.setBrush(QColor(0xe8, 0xf1, 0xfb));
            p.drawEllipse(QRectF(3, 3, 26, 26));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawEllipse(QRectF(14, 7.5, 4, 4));
            p.drawRoundedRect(QRectF(14, 13.5, 4, 11), 1, 1);
            break;
        }
        case MapToolIcon::ExportImage:
        case MapToolIcon::ExportPdf: {
            p.setPen(QPen(kInk, 1.6));
            p.setBrush(Qt::white);
            p.drawPolygon(QPolygonF{{6, 2}, {20, 2}, {26, 8}, {26, 30}, {6, 30}});
            p.setBrush(kind == MapToolIcon::ExportPdf ? QColor(0xc6, 0x28, 0x28) : kAccent);
            p.setPen(Qt::NoPen);
            p.drawRect(QRectF(3, 15, 20, 10));
            p.setPen(Qt::white);
            QFont font;
            font.setPixelSize(8);
            font.setBold(true);
            p.setFont(font);
            p.drawText(
                QRectF(3, 15, 20, 10), Qt::AlignCenter,
                kind == MapToolIcon::ExportPdf ? QStringLiteral("PDF") : QStringLiteral("PNG"));
            break;
        }
        case MapToolIcon::Allocate: {
            p.setPen(QPen(kInk, 1.6));
            const QColor fills[3] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f)};
            for (int i = 0; i < 3; ++i) {
                p.setBrush(fills[i]);
                p.drawRect(QRectF(3 + i * 9, 20 - i * 6, 8, 10 + i * 6));
            }
            p.setPen(QPen(kInk, 2.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(2, 30), QPointF(30, 30));
            break;
        }
    }
}

}  // namespace

QIcon mapToolIcon(MapToolIcon kind) {
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 32.0, size / 32.0);
        draw(painter, kind);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace sitefit::gui
