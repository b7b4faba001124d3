#include "detail/table_cell_field.hpp"

#include <variant>

namespace sitefit::gis::detail {

OGRFieldType ogrFieldType(core::ColumnType type) {
    switch (type) {
        case core::ColumnType::Text:
            return OFTString;
        case core::ColumnType::Integer:
            return OFTInteger64;
        case core::ColumnType::Real:
            return OFTReal;
    }
    return OFTString;
}

void setFieldFromCell(OGRFeature& feature, int index, const core::Cell& cell) {
    struct Visitor {
        OGRFeature& feature;
        int index;
        void operator()(std::monostate) const { feature.SetFieldNull(index); }
        void operator()(const std::string& text) const { feature.SetField(index, text.c_str()); }
        void operator()(std::int64_t value) const {
            feature.SetField(index, static_cast<GIntBig>(value));
        }
        void operator()(double value) const { feature.SetField(index, value); }
    };
    std::visit(Visitor{feature, index}, cell);
}

void setFieldsFromRow(OGRFeature& feature, const std::vector<core::Cell>& row) {
    for (std::size_t c = 0; c < row.size(); ++c) {
        setFieldFromCell(feature, static_cast<int>(c), row[c]);
    }
}

void setRowGeometry(OGRFeature& feature, std::unique_ptr<OGRGeometry> geometry,
                    OGRwkbGeometryType layerType) {
    OGRGeometry* owned = geometry.release();
    if (layerType == wkbMultiPolygon) {
        owned = OGRGeometryFactory::forceToMultiPolygon(owned);
    }
    feature.SetGeometryDirectly(owned);
}

}  // namespace sitefit::gis::detail
