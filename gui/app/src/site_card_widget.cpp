#include "site_card_widget.hpp"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

#include "sitefit/gui/listing_maps.hpp"

namespace sitefit::gui {
namespace {

const QSize kMapSize(360, 240);

}  // namespace

ListingLanguage uiListingLanguage() {
    return QLocale().language() == QLocale::Chinese ? ListingLanguage::Chinese
                                                    : ListingLanguage::English;
}

SiteCardWidget::SiteCardWidget(QWidget* parent) : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("siteCardTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_title->setFont(bold);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("siteCardScore"));
    m_score->setStyleSheet(QStringLiteral(
        "QLabel { background: #e87722; color: white; font-weight: bold; padding: 3px 8px; }"));
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(10);
    m_figures->setVerticalSpacing(2);
    m_figures->setColumnStretch(1, 1);
    m_mapImage = new QLabel(this);
    m_mapImage->setObjectName(QStringLiteral("siteCardMap"));
    m_mapImage->setFixedSize(kMapSize);
    m_mapImage->setFrameShape(QFrame::StyledPanel);
    m_partnersTitle = new QLabel(this);
    m_partnersTitle->setFont(bold);
    m_partners = new QTableWidget(this);
    m_partners->setObjectName(QStringLiteral("siteCardPartners"));
    m_partners->setColumnCount(4);
    m_partners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_partners->verticalHeader()->hide();
    m_partners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_partners->setMinimumHeight(140);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addToShortlist"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_score, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_mapImage, 0, Qt::AlignHCenter);
    layout->addLayout(m_figures);
    layout->addWidget(m_partnersTitle);
    layout->addWidget(m_partners, 1);
    layout->addWidget(m_add);
    connect(m_add, &QPushButton::clicked, this, &SiteCardWidget::shortlistRequested);
    retranslateUi();
}

void SiteCardWidget::showCard(const std::optional<SiteCard>& card,
                              std::shared_ptr<const MapData> map, const Freshness& freshness) {
    m_card = card;
    m_map = std::move(map);
    m_freshness = freshness;
    m_shortlisted = false;
    refill();
}

void SiteCardWidget::setShortlisted(bool shortlisted) {
    m_shortlisted = shortlisted;
    retranslateUi();
}

void SiteCardWidget::refill() {
    // takeAt() hands the item, and with it its widget, to the caller.
    while (std::unique_ptr<QLayoutItem> item{m_figures->takeAt(0)}) {
        const std::unique_ptr<QWidget> widget(item->widget());
    }
    m_partners->setRowCount(0);
    const bool any = m_card.has_value() && m_map != nullptr;
    m_mapImage->setVisible(any);
    m_partners->setVisible(any);
    m_partnersTitle->setVisible(any);
    m_score->setVisible(any && m_card->score.has_value());
    m_add->setEnabled(any && !m_shortlisted);
    if (!any) {
        m_title->setText(tr("Choose a site in the list or on the map to see its card."));
        m_mapImage->clear();
        return;
    }
    const ListingLanguage language = uiListingLanguage();
    const core::ListedSite& site = m_card->site;
    m_title->setText(siteHeadline(site));
    if (m_card->score) {
        m_score->setText(
            m_card->rank
                ? tr("%1 · rank %2").arg(QString::number(*m_card->score, 'f', 0)).arg(*m_card->rank)
                : QString::number(*m_card->score, 'f', 0));
    }
    const std::vector<SiteFigure> figures =
        siteFigures(site, m_map->district, language, m_freshness);
    int row = 0;
    for (const SiteFigure& figure : figures) {
        auto* label = new QLabel(figure.label, this);
        label->setStyleSheet(QStringLiteral("color: #6b7280"));
        auto* value = new QLabel(figure.value, this);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figures->addWidget(label, row, 0, Qt::AlignTop);
        m_figures->addWidget(value, row++, 1);
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = mapImage(siteMap(m_map, site.site, kMapSize * ratio, 96.0 * ratio), true);
    image.setDevicePixelRatio(ratio);
    m_mapImage->setPixmap(QPixmap::fromImage(image));
    const auto rows = partnerRows(m_card->partners, m_map->district.catalogue, language);
    m_partners->setRowCount(static_cast<int>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (c >= 2) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_partners->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    m_partners->resizeColumnsToContents();
    m_partners->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void SiteCardWidget::retranslateUi() {
    m_partnersTitle->setText(tr("Chain partners around this site"));
    m_partners->setHorizontalHeaderLabels(
        {tr("Category"), tr("Relation"), tr("Enterprises"), tr("Nearest")});
    m_add->setText(m_shortlisted ? tr("On the shortlist") : tr("Add to shortlist"));
    m_add->setEnabled(m_card.has_value() && !m_shortlisted);
}

void SiteCardWidget::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refill();
    }
}

}  // namespace sitefit::gui
