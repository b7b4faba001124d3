#!/usr/bin/python3
"""The QGIS baseline of sitefit-render-bench (docs/performance.md, "Scale: rendering vs QGIS").

Renders a workspace GeoPackage with QGIS (Debian's python3-qgis, 3.22) the way sitefit's map
draws it: zones by kind with their names as labels, parcels by status, buildings by kind,
enterprises by category, bottom to top, into an image of the same size at the same extents,
with QgsMapRendererParallelJob (one job per layer on QGIS's thread pool, like sitefit's
renderer). Times job.start() → job.waitForFinished() over several runs after one warm-up run
and prints one JSON object per view: {"view", "median_ms", "min_ms", "max_ms", "first_ms",
"runs"}.

Run it with Debian's interpreter, which has the qgis modules (a pyenv `python3` has not):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_render_baseline.py \\
        --gpkg district.gpkg --size 1920x1080 --runs 5 \\
        --view full:319000,3734000,503000,3928000 --view zoom:...

sitefit-render-bench --qgis runs it itself, with the extents it renders, so that the ratio
comes from one run.
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (QT_QPA_PLATFORM must be set first)
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsVectorSimplifyMethod,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

# sitefit's colours (gui/render/src/symbology.cpp), so both draw the same amount of ink.
ZONE_KINDS = {
    "high_tech_zone": "#b9d4ea",
    "industrial_park": "#f6d2a4",
    "township_cluster": "#cfe6b0",
    "specialty_park": "#dcc8e4",
}
PARCEL_STATUSES = {
    "available": "#5fb35a",
    "reserved": "#f2b134",
    "transferred": "#8ea4bc",
    "built": "#b4b4b4",
}
BUILDING_KINDS = {
    "standard_factory": "#5b749e",
    "rnd_office": "#9b6bb3",
    "warehouse": "#b08a52",
    "incubator": "#3fa39c",
    "residential": "#e0c06a",
    "public_service": "#d06f6f",
    "other": "#9e9e9e",
}


def fill(colour):
    stroke = QColor(colour).darker(140).name()
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": stroke, "outline_width": "0.1", "outline_width_unit": "MM"}
    )


def categorised(field, colours, make):
    categories = [QgsRendererCategory(value, make(colour), value) for value, colour in colours.items()]
    return QgsCategorizedSymbolRenderer(field, categories)


def layer(gpkg, name):
    result = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not result.isValid():
        sys.exit(f"qgis_render_baseline: QGIS cannot open layer {name} of {gpkg}")
    # QGIS desktop's default for new layers (Settings ▸ Rendering): simplify on the fly to
    # one pixel, in the provider where it can.
    method = QgsVectorSimplifyMethod()
    method.setSimplifyHints(QgsVectorSimplifyMethod.GeometrySimplification)
    method.setThreshold(1.0)
    method.setForceLocalOptimization(True)
    result.setSimplifyMethod(method)
    return result


def enterprise_colours(enterprises):
    values = sorted(v for v in enterprises.uniqueValues(enterprises.fields().indexOf("category_code")) if v)
    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]
    return {value: palette[i % len(palette)] for i, value in enumerate(values)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gpkg", required=True)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--dpi", type=float, default=96.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--view", action="append", required=True, help="name:minx,miny,maxx,maxy")
    parser.add_argument("--save", help="write each view's last image to this prefix + name.png")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()

    zones = layer(args.gpkg, "zones")
    zones.setRenderer(categorised("kind", ZONE_KINDS, fill))
    label = QgsPalLayerSettings()
    label.fieldName = "name"
    text = QgsTextFormat()
    text.setSize(9)
    label.setFormat(text)
    zones.setLabeling(QgsVectorLayerSimpleLabeling(label))
    zones.setLabelsEnabled(True)
    parcels = layer(args.gpkg, "parcels")
    parcels.setRenderer(categorised("status", PARCEL_STATUSES, fill))
    buildings = layer(args.gpkg, "buildings")
    buildings.setRenderer(categorised("kind", BUILDING_KINDS, fill))
    enterprises = layer(args.gpkg, "enterprises")
    enterprises.setRenderer(
        categorised(
            "category_code",
            enterprise_colours(enterprises),
            lambda colour: QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "1.2"}),
        )
    )

    settings = QgsMapSettings()
    settings.setLayers([enterprises, buildings, parcels, zones])  # top first
    settings.setDestinationCrs(zones.crs())
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(args.dpi)
    settings.setBackgroundColor(QColor("white"))

    for view in args.view:
        name, box = view.split(":", 1)
        minx, miny, maxx, maxy = (float(v) for v in box.split(","))
        settings.setExtent(QgsRectangle(minx, miny, maxx, maxy))
        times = []
        image = None
        for _ in range(args.runs + 1):  # the first run warms up, and is reported apart
            job = QgsMapRendererParallelJob(settings)
            start = time.perf_counter()
            job.start()
            job.waitForFinished()
            times.append((time.perf_counter() - start) * 1000.0)
            image = job.renderedImage()
        if args.save:
            image.save(f"{args.save}{name}.png")
        timed = times[1:]
        print(
            json.dumps(
                {
                    "view": name,
                    "median_ms": statistics.median(timed),
                    "min_ms": min(timed),
                    "max_ms": max(timed),
                    "first_ms": times[0],
                    "runs": len(timed),
                }
            ),
            flush=True,
        )
    # exitQgis() with the layers still alive crashes PyQGIS 3.22 on the way out; the numbers
    # are printed, so leave without tearing down.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
