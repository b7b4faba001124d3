#!/usr/bin/python3
"""Writes the bad-input corpus of tests/data/bad/ (see cases.toml and docs/reliability.md).

Every case directory is made from the valid sources in base/ with one thing broken, so the
files stay tiny and each shows one problem. The binary cases (shapefiles, GeoPackages) need
GDAL's Python bindings: run it with the system Python, from anywhere:

    /usr/bin/python3 tests/data/bad/make-corpus.py

It rewrites the case directories it owns and leaves base/ and cases.toml alone. Workspaces
with a bad layer are not stored: the test builds them from base/ and the case's files (or
SQL) at run time, and generates the 10^6-vertex polygon there too.
"""

import copy
import json
import os
import shutil
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "base")


def base_layer(name):
    with open(os.path.join(BASE, name + ".geojson"), encoding="utf-8") as f:
        return json.load(f)


def case_dir(name):
    path = os.path.join(HERE, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def write_text(case, file_name, text, encoding="utf-8", newline="\n"):
    with open(os.path.join(HERE, case, file_name), "w", encoding=encoding,
              newline=newline) as f:
        f.write(text)


def write_bytes(case, file_name, data):
    with open(os.path.join(HERE, case, file_name), "wb") as f:
        f.write(data)


def dump_geojson(collection):
    """One feature per line: small, and a diff shows which feature a case breaks."""
    head = {k: v for k, v in collection.items() if k != "features"}
    lines = [json.dumps(f, ensure_ascii=False, allow_nan=True) for f in collection["features"]]
    text = json.dumps(head, ensure_ascii=False)[:-1] + ',\n"features": [\n'
    return text + ",\n".join(lines) + "\n]}\n"


def feature_case(case, layer, edit):
    """base/<layer>.geojson with edit(features) applied, as <case>/<layer>.geojson."""
    collection = copy.deepcopy(base_layer(layer))
    edit(collection["features"])
    case_dir(case)
    write_text(case, layer + ".geojson", dump_geojson(collection))


def ring(*points):
    return [[list(p) for p in points]]


def set_geometry(index, geometry):
    def edit(features):
        features[index]["geometry"] = geometry
    return edit


def set_property(index, key, value):
    def edit(features):
        features[index]["properties"][key] = value
    return edit


def shift(collection_features, dx, dy, scale=1.0):
    def move(coordinates):
        if isinstance(coordinates[0], (int, float)):
            return [round(coordinates[0] * scale + dx, 6), round(coordinates[1] * scale + dy, 6)]
        return [move(c) for c in coordinates]
    for feature in collection_features:
        feature["geometry"]["coordinates"] = move(feature["geometry"]["coordinates"])


# --- geometry -------------------------------------------------------------------------------

def geometry_cases():
    # P1 is the square (427100 3830100)-(427200 3830200).
    feature_case("bow-tie-polygon", "parcels", set_geometry(0, {
        "type": "Polygon", "coordinates": ring(
            (427100, 3830100), (427200, 3830200), (427200, 3830100), (427100, 3830200),
            (427100, 3830100))}))
    # The ring passes twice through (427150 3830150): an "inverted" shell, invalid in OGC terms.
    feature_case("self-touching-polygon", "parcels", set_geometry(0, {
        "type": "Polygon", "coordinates": ring(
            (427100, 3830100), (427200, 3830100), (427150, 3830150), (427200, 3830200),
            (427100, 3830200), (427150, 3830150), (427100, 3830100))}))
    feature_case("unclosed-ring", "parcels", set_geometry(0, {
        "type": "Polygon", "coordinates": ring(
            (427100, 3830100), (427200, 3830100), (427200, 3830200), (427100, 3830200))}))
    feature_case("null-geometry", "parcels", set_geometry(0, None))
    # GeoJSON has no NaN, but GDAL's reader (json-c) takes NaN and Infinity tokens, as some
    # exporters write them.
    feature_case("nan-coordinate", "parcels", set_geometry(0, {
        "type": "Polygon", "coordinates": ring(
            (427100, 3830100), (float("nan"), 3830100), (427200, 3830200), (427100, 3830200),
            (427100, 3830100))}))
    feature_case("infinite-coordinate", "parcels", set_geometry(0, {
        "type": "Polygon", "coordinates": ring(
            (427100, 3830100), (427200, 3830100), (427200, float("inf")), (427100, 3830200),
            (427100, 3830100))}))
    feature_case("point-in-parcels", "parcels", set_geometry(0, {
        "type": "Point", "coordinates": [427150, 3830150]}))
    feature_case("mixed-geometry-types", "parcels", set_geometry(1, {
        "type": "LineString", "coordinates": [[427300, 3830100], [427400, 3830200]]}))


# --- coordinate reference systems -----------------------------------------------------------

def crs_cases():
    # Longitude/latitude near Lianyungang (119.2E 34.6N) in a file that declares EPSG:4549.
    def to_degrees(features):
        shift(features, 119.2 - 427100 * 1e-5, 34.6 - 3830100 * 1e-5, 1e-5)
    feature_case("lonlat-declared-as-metres", "parcels", to_degrees)

    # Gauss-Kruger eastings with the zone number in front (zone 40: 40 427 100), as
    # EPSG:4528 writes them, in a file that declares EPSG:4549 (no zone prefix).
    def zone_prefix(features):
        shift(features, 40_000_000, 0)
    feature_case("outside-crs-area-of-use", "parcels", zone_prefix)


# --- attributes -----------------------------------------------------------------------------

def attribute_cases():
    feature_case("duplicate-ids", "parcels", set_property(1, "parcel_id", "P1"))
    feature_case("null-ids", "parcels", set_property(1, "parcel_id", None))
    feature_case("negative-floors", "buildings", set_property(0, "floors", -2))
    feature_case("negative-vacancy", "buildings", set_property(0, "vacant_m2", -100.0))
    feature_case("negative-floor-area", "buildings", set_property(0, "floor_area_m2", -800.0))
    feature_case("vacancy-above-floor-area", "buildings", set_property(0, "vacant_m2", 900.0))

    # B2 gives no floor area: it is its 400 m2 footprint x 1 floor, less than 5000 m2 vacant.
    feature_case("vacancy-above-footprint-area", "buildings", set_property(1, "vacant_m2", 5000.0))
    feature_case("text-in-numeric-field", "parcels", set_property(0, "far_max", "2.5倍"))
    feature_case("malformed-date", "parcels", set_property(0, "available_from", "2024-02-30"))

    with open(os.path.join(BASE, "projects.csv"), encoding="utf-8") as f:
        projects = f.read()
    case_dir("negative-project-land")
    write_text("negative-project-land", "projects.csv",
               projects.replace("J1,原料药项目,某药业,MED01,land,8000,",
                                "J1,原料药项目,某药业,MED01,land,-8000,"))
    # GBK bytes in a CSV: what Excel on a Chinese Windows saves by default.
    case_dir("non-utf8-attributes")
    write_text("non-utf8-attributes", "projects.csv", projects, encoding="gbk")


def translation_cases():
    # Parcels in the national codes and words: imported with no mapping file.
    def national(features):
        features[0]["properties"].update({"land_use": "100102", "status": "待出让"})
        features[1]["properties"].update({"land_use": "一类工业用地", "status": "已建成"})
    feature_case("national-codes", "parcels", national)

    # Values no table knows, in two fields: both reported in one error.
    def unknown(features):
        features[0]["properties"]["status"] = "招拍挂中"
        features[1]["properties"]["land_use"] = "工业"
    feature_case("untranslatable-values", "parcels", unknown)


def plan_link_cases():
    # Planners' stored pins and exclusions (an optional table the base has none of).
    head = "project_id,site_id,kind,note\n"
    case_dir("plan-link-unknown-kind")
    write_text("plan-link-unknown-kind", "plan_links.csv", head + "J1,P1,keep,\n")
    case_dir("plan-link-unknown-site")
    write_text("plan-link-unknown-site", "plan_links.csv", head + "J1,P9,pin,\n")
    case_dir("plan-link-second-pin")
    write_text("plan-link-second-pin", "plan_links.csv",
               head + "J1,P1,pin,地块已谈妥\nJ1,P2,pin,\n")


# --- formats --------------------------------------------------------------------------------

def format_cases():
    # A CSV from Excel: UTF-8 with a byte order mark, CRLF line ends, Chinese text, WKT. Valid.
    case_dir("csv-bom-crlf")
    rows = ["WKT,parcel_id,land_use,status,far_max,available_from,carrier"]
    for feature in base_layer("parcels")["features"]:
        p = feature["properties"]
        ((x0, y0), _, (x1, y1), _, _) = feature["geometry"]["coordinates"][0]
        wkt = f"POLYGON (({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
        rows.append(f'"{wkt}",{p["parcel_id"]},{p["land_use"]},{p["status"]},{p["far_max"]},'
                    f'{p["available_from"] or ""},{p["carrier"]}')
    write_text("csv-bom-crlf", "parcels.csv", "\ufeff" + "\r\n".join(rows) + "\r\n")

    case_dir("text-named-gpkg")
    write_text("text-named-gpkg", "workspace.gpkg",
               "zone_id,name\nZ1,this is a CSV file saved with a .gpkg name\n")


def shapefile(case, name="parcels", encoding="UTF-8", drop=(), ldid=None):
    """base/parcels.geojson as a shapefile, then the listed sidecar files removed."""
    from osgeo import gdal, ogr
    gdal.UseExceptions()
    directory = case_dir(case)
    path = os.path.join(directory, name + ".shp")
    options = ["ENCODING=" + encoding]
    gdal.VectorTranslate(path, os.path.join(BASE, "parcels.geojson"), format="ESRI Shapefile",
                         layerName=name, layerCreationOptions=options)
    for extension in drop:
        os.remove(os.path.join(directory, name + extension))
    if ldid is not None:  # the DBF header's language driver id (byte 29)
        with open(os.path.join(directory, name + ".dbf"), "r+b") as f:
            f.seek(29)
            f.write(bytes([ldid]))
    del ogr


def shapefile_cases():
    shapefile("shapefile-without-shx", drop=(".shx",))
    shapefile("shapefile-without-dbf", drop=(".dbf",))
    shapefile("missing-crs", drop=(".prj",))
    # GBK text and no .cpg; GDAL 3.6 writes no language driver id for CP936, so nothing
    # in the files says GBK.
    shapefile("gbk-dbf-without-cpg", encoding="CP936", drop=(".cpg",), ldid=0)


def workspace_geopackage(path):
    """The base workspace as a small GeoPackage: 1 KiB pages, no spatial index, vacuumed."""
    from osgeo import gdal
    gdal.UseExceptions()
    first = True
    for layer in ["zones", "parcels", "buildings", "enterprises", "projects", "chains",
                  "categories", "chain_links"]:
        geojson = os.path.join(BASE, layer + ".geojson")
        source = geojson if os.path.exists(geojson) else os.path.join(BASE, layer + ".csv")
        gdal.VectorTranslate(path, source, format="GPKG", layerName=layer,
                             accessMode=None if first else "update",
                             layerCreationOptions=["SPATIAL_INDEX=NO"],
                             options=[] if source.endswith(".geojson")
                             else ["-oo", "AUTODETECT_TYPE=YES"])
        first = False
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA page_size = 1024")
        db.execute("VACUUM")
    with sqlite3.connect(path) as db:
        pages = {name: page for name, page in
                 db.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")}
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data, pages


def damaged_geopackages():
    # Cut at 60 % of its bytes, as an interrupted copy or download leaves it.
    directory = case_dir("truncated-geopackage")
    data, _ = workspace_geopackage(os.path.join(directory, "full.gpkg"))
    write_bytes("truncated-geopackage", "workspace.gpkg", data[: len(data) * 6 // 10])

    # Whole, but the page holding the parcels table is zeros, as a disk error leaves it: the
    # file opens, and SQLite notices only when that table is read.
    directory = case_dir("damaged-geopackage")
    data, pages = workspace_geopackage(os.path.join(directory, "full.gpkg"))
    page = pages["parcels"]
    data = data[: (page - 1) * 1024] + bytes(1024) + data[page * 1024:]
    write_bytes("damaged-geopackage", "workspace.gpkg", data)


# --- rule packs, problem files, mapping files ------------------------------------------------

RULES_HEAD = '[pack]\nname = "bad rules"\nversion = 1\n\n'


def text_cases():
    case_dir("rules-unknown-key")
    write_text("rules-unknown-key", "rules.toml",
               RULES_HEAD + "[weights]\nchain_synergy = 3\nzone_orientation = 2\n\n"
               "[land]\noversize_tolerence = 0.5\n")
    case_dir("rules-wrong-type")
    write_text("rules-wrong-type", "rules.toml",
               RULES_HEAD + '[weights]\nchain_synergy = "high"\n')
    case_dir("rules-not-toml")
    write_text("rules-not-toml", "rules.toml",
               RULES_HEAD + "[weights]\nchain_synergy = 3\nzone_orientation = \n")

    problem = {
        "projects": [{"id": "J1", "priority": 1.0, "mandatory": False}],
        "sites": [{"id": "P1", "capacity": 1.0}],
        "pairs": [{"project": "J1", "site": "P1", "score": 72.4, "demand": 1.0}],
        "pins": [], "exclusions": []}
    case_dir("baseline")  # valid, for the control case
    write_text("baseline", "rules.toml",
               RULES_HEAD.replace("bad rules", "good rules") +
               "[weights]\nchain_synergy = 3\nzone_orientation = 2\n")
    write_text("baseline", "problem.json", json.dumps(problem, indent=2) + "\n")
    case_dir("problem-unknown-key")
    unknown = copy.deepcopy(problem)
    unknown["sites"][0]["capacty"] = 2.0
    write_text("problem-unknown-key", "problem.json", json.dumps(unknown, indent=2) + "\n")
    case_dir("problem-wrong-type")
    wrong = copy.deepcopy(problem)
    wrong["pairs"][0]["score"] = "72.4"
    write_text("problem-wrong-type", "problem.json", json.dumps(wrong, indent=2) + "\n")
    case_dir("problem-not-json")
    write_text("problem-not-json", "problem.json", json.dumps(problem, indent=2)[:-40] + "\n")
    case_dir("problem-number-out-of-range")
    huge = json.dumps(problem, indent=2).replace('"mandatory": false', '"mandatory": 4294967297')
    write_text("problem-number-out-of-range", "problem.json", huge + "\n")
    case_dir("problem-infinite-score")
    infinite = json.dumps(problem, indent=2).replace("72.4", "1e999")
    write_text("problem-infinite-score", "problem.json", infinite + "\n")

    case_dir("mapping-unknown-key")
    write_text("mapping-unknown-key", "mapping.toml",
               '[parcels]\nlayer = "parcels"\n\n[parcels.fields]\nparcel_id = "parcel_id"\n'
               'far_maximum = "far_max"\n')


def main():
    if not os.path.isdir(BASE):
        sys.exit("base/ is missing next to " + __file__)
    from osgeo import gdal
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # dBase's 10-byte field names, as expected
    geometry_cases()
    crs_cases()
    attribute_cases()
    translation_cases()
    plan_link_cases()
    format_cases()
    text_cases()
    shapefile_cases()
    damaged_geopackages()


if __name__ == "__main__":
    main()
