#!/usr/bin/env python3
"""Fills gui/translations/sitefit_en.ts: the English plural forms of every %n message.

English is the source language, so only messages counted with %n need a catalogue: the
source says "3 unsaved change(s)", the catalogue turns it into "1 unsaved change" or
"3 unsaved changes". Refresh after a %n message is added or changed:
    /usr/lib/qt6/bin/lupdate -pluralonly -no-obsolete -target-language en \
        gui/app/src gui/render/src gui/listing/src -ts gui/translations/sitefit_en.ts
    /usr/bin/python3 gui/translations/fill_plural_en.py
A "(s)" or "(es)" after a word gives its singular and plural; other messages (e.g. "%n d
ago") keep the source in both forms. Exits with status 1 listing the messages it could not
fill, so a new irregular plural is noticed.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("sitefit_en.ts")
SUFFIX = re.compile(r"\((e?s)\)")
# Messages whose source has no "(s)" but reads right in both numbers.
SAME_IN_BOTH = {"%n d ago"}


def forms(source: str):
    if SUFFIX.search(source):
        return SUFFIX.sub("", source), SUFFIX.sub(lambda m: m.group(1), source)
    if source in SAME_IN_BOTH:
        return source, source
    return None


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        filled = forms(source)
        if filled is None:
            missing.append(source)
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in filled:
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, "a", encoding="utf-8") as out:
        out.write("\n")
    if missing:
        print("no English plural for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
