#include "sitefit/core/capacity_tables.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace sitefit::core {
namespace {

Cell optionalReal(const std::optional<double>& value) {
    return value ? Cell{*value} : Cell{};
}

Cell optionalInteger(const std::optional<int>& value) {
    return value ? Cell{static_cast<std::int64_t>(*value)} : Cell{};
}

Cell integer(int value) {
    return Cell{static_cast<std::int64_t>(value)};
}

constexpr std::array kStatuses{ParcelStatus::Available, ParcelStatus::Reserved,
                               ParcelStatus::Transferred, ParcelStatus::Built};

nlohmann::json toJson(const Cell& cell) {
    struct Visitor {
        nlohmann::json operator()(std::monostate) const { return nullptr; }
        nlohmann::json operator()(const std::string& text) const { return text; }
        nlohmann::json operator()(std::int64_t value) const { return value; }
        nlohmann::json operator()(double value) const {
            return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(nullptr);
        }
    };
    return std::visit(Visitor{}, cell);
}

nlohmann::json rowsToJson(const Table& table) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : table.rows) {
        nlohmann::json object = nlohmann::json::object();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (table.columns[c].in_json) {
                object[table.columns[c].name] = toJson(row[c]);
            }
        }
        rows.push_back(std::move(object));
    }
    return rows;
}

}  // namespace

Table parcelCapacityTable(const CapacityReport& report, const District& district) {
    Table table;
    table.columns = {
        {"parcel_id", ColumnType::Text}, {"zone_id", ColumnType::Text},
        {"status", ColumnType::Text},    {"area_m2", ColumnType::Real},
        {"area_mu", ColumnType::Real},   {"footprint_m2", ColumnType::Real},
        {"coverage", ColumnType::Real},  {"floor_area_m2", ColumnType::Real},
        {"far", ColumnType::Real},       {"buildable_floor_m2", ColumnType::Real},
    };
    for (const ParcelCapacity& p : report.parcels) {
        const Parcel& parcel = district.parcels.at(p.parcel);
        table.rows.push_back({
            parcel.parcel_id,
            p.zone ? Cell{district.zones.at(*p.zone).zone_id} : Cell{},
            std::string(toString(parcel.status)),
            p.area_m2,
            p.area_mu,
            p.footprint_m2,
            p.coverage,
            p.floor_area_m2,
            p.far,
            optionalReal(p.buildable_floor_m2),
        });
    }
    return table;
}

Table zoneCapacityTable(const CapacityReport& report, const District& district) {
    Table table;
    table.columns = {
        {"zone_id", ColumnType::Text},
        {"name", ColumnType::Text},
        {"parcel_count", ColumnType::Integer},
        {"available_parcel_count", ColumnType::Integer},
        {"available_land_m2", ColumnType::Real},
        {"available_land_mu", ColumnType::Real},
        {"floor_area_m2", ColumnType::Real},
        {"vacant_m2", ColumnType::Real},
        {"occupancy", ColumnType::Real},
        {"enterprises", ColumnType::Integer},
        {"places_left", ColumnType::Integer},
        {"kind", ColumnType::Text, false},
        {"carrier", ColumnType::Text, false},
        {"enterprise_capacity", ColumnType::Integer, false},
        {"building_count", ColumnType::Integer, false},
    };
    for (const ParcelStatus status : kStatuses) {
        const std::string name(toString(status));
        table.columns.push_back({"parcels_" + name, ColumnType::Integer, false});
        table.columns.push_back({"area_m2_" + name, ColumnType::Real, false});
    }
    for (const ZoneCapacity& z : report.zones) {
        const Zone& zone = district.zones.at(z.zone.value());
        std::vector<Cell> row{
            zone.zone_id,
            zone.name,
            integer(z.parcel_count),
            integer(z.tally(ParcelStatus::Available).count),
            z.available_land_m2,
            z.available_land_mu,
            z.floor_area_m2,
            z.vacant_m2,
            z.occupancy,
            integer(z.enterprises),
            optionalInteger(z.places_left),
            std::string(toString(zone.kind)),
            zone.carrier,
            optionalInteger(z.enterprise_capacity),
            integer(z.building_count),
        };
        for (const ParcelStatus status : kStatuses) {
            row.emplace_back(integer(z.tally(status).count));
            row.emplace_back(z.tally(status).area_m2);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string capacityJson(const CapacityReport& report, const District& district) {
    nlohmann::json out;
    out["parcels"] = rowsToJson(parcelCapacityTable(report, district));
    out["zones"] = rowsToJson(zoneCapacityTable(report, district));
    return out.dump(2);
}

}  // namespace sitefit::core
