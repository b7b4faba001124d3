#!/usr/bin/python3
"""Writes the Chinese-coded test data set of this directory (our own making, not third-party).

Three zones, thirty parcels and fifty-four buildings east of Lianyungang, with the values a
Chinese planning office's files carry: land use in the 2023 national land and sea use codes
(100101, 100102, 100103, 1101) and in GB 50137-2011 names (一类工业用地, 二类工业用地), supply
status words (待出让, 储备, 已出让), building kinds (标准厂房, 研发楼, 仓库) and zone kinds
(高新区, 工业集中区, 工业园区). Written twice:

  gbk/zones.shp, gbk/parcels.shp, gbk/buildings.shp
      Shapefiles in GBK (with a .cpg file), Chinese field names, longitude/latitude in
      CGCS2000 (EPSG:4490), as Chinese desktop GIS export them.
  codes_utf8.gpkg
      A GeoPackage in UTF-8 with the workspace schema's field names (parcel_id, land_use, ...)
      but the same national-code values, in CGCS2000 / 3-degree Gauss-Kruger CM 120E
      (EPSG:4549).

and projects.csv: five incoming projects with GB/T 4754-2017 industry codes (no catalogue
category) and the land they need in 亩 (用地面积), as investment-promotion registers list them.

Run from anywhere: /usr/bin/python3 make_chinese_codes.py (Debian python3 with python3-gdal). The output is
deterministic; it is committed beside this script.
"""

import csv
import os
import shutil

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))

# Zones along a line 2 km apart, east of Lianyungang (EPSG:4549, CM 120E, false easting 500 km).
ZONES = [
    ("Z1", "连云港高新区", "高新区"),
    ("Z2", "海州工业集中区", "工业集中区"),
    ("Z3", "赣榆工业园区", "工业园区"),
]
ORIGIN_X, ORIGIN_Y, ZONE_STEP = 452000.0, 3832000.0, 2000.0
PARCEL_W, PARCEL_H, GAP, MARGIN = 200.0, 160.0, 20.0, 20.0
COLUMNS, ROWS = 5, 2

# Land use of the three parcels for sale in each zone, then the cycle of all others.
AVAILABLE_LAND_USE = [
    ["100101", "100102", "100103"],
    ["一类工业用地", "二类工业用地", "1101"],
    ["100102", "一类工业用地", "100101"],
]
OTHER_LAND_USE = ["100101", "100102", "1101", "一类工业用地"]

# Buildings on each transferred parcel: (kind, floors), each 50 m × 90 m.
BUILDING_KINDS = [("标准厂房", 4), ("研发楼", 6), ("仓库", 1)]
BUILDING_W, BUILDING_H = 50.0, 90.0

PROJECTS = [
    # project_id, name, industry_code, need, 用地面积 (亩), floor_m2
    ("P01", "化学原料药生产基地", "C2710", "land", "45", ""),
    ("P02", "服务器整机制造", "C3911", "land", "42", ""),
    ("P03", "锂离子电池电芯", "C3841", "land", "40", ""),
    ("P04", "医疗器械组装", "C3581", "space", "", "3000"),
    ("P05", "服装加工", "C1810", "space", "", "2000"),
]


def rectangle(x0, y0, x1, y1):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def status_of(index):
    if index < 3:
        return "待出让"
    if index == 3:
        return "储备"
    return "已出让"


def build_records():
    zones, parcels, buildings = [], [], []
    for z, (zone_id, name, kind) in enumerate(ZONES):
        zx = ORIGIN_X + z * ZONE_STEP
        zy = ORIGIN_Y
        width = COLUMNS * PARCEL_W + (COLUMNS - 1) * GAP
        height = ROWS * PARCEL_H + (ROWS - 1) * GAP
        zones.append({"zone_id": zone_id, "name": name, "kind": kind,
                      "geometry": rectangle(zx - MARGIN, zy - MARGIN, zx + width + MARGIN,
                                            zy + height + MARGIN)})
        for index in range(COLUMNS * ROWS):
            column, row = index % COLUMNS, index // COLUMNS
            px = zx + column * (PARCEL_W + GAP)
            py = zy + row * (PARCEL_H + GAP)
            status = status_of(index)
            land_use = (AVAILABLE_LAND_USE[z][index] if index < 3
                        else OTHER_LAND_USE[index % len(OTHER_LAND_USE)])
            parcel_id = "LYG-%s-%02d" % (zone_id, index + 1)
            parcels.append({"parcel_id": parcel_id, "land_use": land_use, "status": status,
                            "far_max": 1.2 + 0.2 * (index % 5),
                            "geometry": rectangle(px, py, px + PARCEL_W, py + PARCEL_H)})
            if status != "已出让":
                continue
            for k, (building_kind, floors) in enumerate(BUILDING_KINDS):
                bx = px + 15.0 + k * (BUILDING_W + 12.0)
                by = py + 35.0
                floor_area = BUILDING_W * BUILDING_H * floors
                vacant = 0.0
                if building_kind == "标准厂房" and index % 2 == 0:
                    vacant = BUILDING_W * BUILDING_H  # one floor of four empty
                if building_kind == "研发楼" and index == 5:
                    vacant = BUILDING_W * BUILDING_H / 2.0
                buildings.append({"building_id": "%s-B%d" % (parcel_id, k + 1),
                                  "kind": building_kind, "floors": floors,
                                  "floor_area_m2": floor_area, "vacant_m2": vacant,
                                  "geometry": rectangle(bx, by, bx + BUILDING_W,
                                                        by + BUILDING_H)})
    return zones, parcels, buildings


# (schema field, OGR type, Chinese header of the GBK shapefiles)
ZONE_FIELDS = [("zone_id", ogr.OFTString, "园区编号"), ("name", ogr.OFTString, "园区名称"),
               ("kind", ogr.OFTString, "园区类型")]
PARCEL_FIELDS = [("parcel_id", ogr.OFTString, "地块编号"), ("land_use", ogr.OFTString, "用地性质"),
                 ("status", ogr.OFTString, "供地状态"), ("far_max", ogr.OFTReal, "容积率上限")]
BUILDING_FIELDS = [("building_id", ogr.OFTString, "建筑编号"), ("kind", ogr.OFTString, "建筑类型"),
                   ("floors", ogr.OFTInteger, "层数"),
                   ("floor_area_m2", ogr.OFTReal, "建筑面积"),
                   ("vacant_m2", ogr.OFTReal, "空置面积")]


def write_layer(dataset, name, srs, fields, records, use_chinese, transform=None, options=None):
    layer = dataset.CreateLayer(name, srs, ogr.wkbPolygon, options=options or [])
    for schema, kind, chinese in fields:
        definition = ogr.FieldDefn(chinese if use_chinese else schema, kind)
        if kind == ogr.OFTReal:
            definition.SetWidth(12)
            definition.SetPrecision(2)
        layer.CreateField(definition)
    for record in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, (schema, _kind, _chinese) in enumerate(fields):
            feature.SetField(index, record[schema])
        geometry = record["geometry"].Clone()
        if transform is not None:
            geometry.Transform(transform)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)


def main():
    zones, parcels, buildings = build_records()

    gauss_kruger = osr.SpatialReference()
    gauss_kruger.ImportFromEPSG(4549)
    gauss_kruger.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon_lat = osr.SpatialReference()
    lon_lat.ImportFromEPSG(4490)
    lon_lat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lon_lat = osr.CoordinateTransformation(gauss_kruger, lon_lat)

    gbk = os.path.join(HERE, "gbk")
    shutil.rmtree(gbk, ignore_errors=True)
    os.makedirs(gbk)
    driver = ogr.GetDriverByName("ESRI Shapefile")
    for name, fields, records in (("zones", ZONE_FIELDS, zones),
                                  ("parcels", PARCEL_FIELDS, parcels),
                                  ("buildings", BUILDING_FIELDS, buildings)):
        dataset = driver.CreateDataSource(os.path.join(gbk, name + ".shp"))
        write_layer(dataset, name, lon_lat, fields, records, True, to_lon_lat,
                    ["ENCODING=CP936"])
        dataset = None

    path = os.path.join(HERE, "codes_utf8.gpkg")
    if os.path.exists(path):
        os.remove(path)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name, fields, records in (("zones", ZONE_FIELDS, zones),
                                  ("parcels", PARCEL_FIELDS, parcels),
                                  ("buildings", BUILDING_FIELDS, buildings)):
        write_layer(dataset, name, gauss_kruger, fields, records, False)
    dataset = None

    with open(os.path.join(HERE, "projects.csv"), "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["project_id", "name", "industry_code", "need", "用地面积", "floor_m2"])
        writer.writerows(PROJECTS)


if __name__ == "__main__":
    main()
