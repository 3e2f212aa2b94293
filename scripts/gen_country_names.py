#!/usr/bin/env python3
"""Generates the country and time-zone city names Plenary shows in its six languages,
from the CLDR data that Python's `babel` package carries (`pip install babel`).

    python3 scripts/gen_country_names.py

writes two committed files, read by the binary with `include_str!`:

* `src/domain/country_names.tsv`: `code<TAB>ar<TAB>zh<TAB>en<TAB>fr<TAB>ru<TAB>es`, one line
  per ISO 3166-1 alpha-2 code that CLDR names. The English column is CLDR's; the
  pages keep their own English names (ISO short names, current ones) and use this column
  only as one more name the country search knows.
* `src/domain/zone_cities.tsv`: `zone<TAB>ar<TAB>zh<TAB>en<TAB>fr<TAB>ru<TAB>es`: the city of
  each canonical zone (`src/domain/zone_tab.txt`) as CLDR names it in each language
  ("Zurich", "Zürich"… "苏黎世"), and, after a `;`, the capitals that share a zone without
  being its city ("Pékin" for Asia/Shanghai), from the small table below.

Re-run it when babel's CLDR version changes; the output is sorted, so diffs stay small.
"""

import os
import sys

from babel import Locale
from babel.dates import get_timezone_location

LANGS = ["ar", "zh", "en", "fr", "ru", "es"]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Codes CLDR lists that are not countries people live in or that ISO does not assign.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

# Capitals and large cities that share a zone named after another city, in the six
# languages (ar, zh, en, fr, ru, es). CLDR names only each zone's exemplar city.
CAPITALS = {
    "Asia/Shanghai": ("بكين", "北京", "Beijing", "Pékin", "Пекин", "Pekín"),
    "Asia/Kolkata": ("نيودلهي", "新德里", "New Delhi", "New Delhi", "Нью-Дели", "Nueva Delhi"),
    "Europe/Zurich": ("جنيف", "日内瓦", "Geneva", "Genève", "Женева", "Ginebra"),
    "America/New_York": ("واشنطن", "华盛顿", "Washington", "Washington", "Вашингтон", "Washington"),
    "Asia/Dubai": ("أبوظبي", "阿布扎比", "Abu Dhabi", "Abou Dabi", "Абу-Даби", "Abu Dabi"),
    "Asia/Karachi": ("إسلام آباد", "伊斯兰堡", "Islamabad", "Islamabad", "Исламабад", "Islamabad"),
    "Asia/Ho_Chi_Minh": ("هانوي", "河内", "Hanoi", "Hanoï", "Ханой", "Hanói"),
    "America/Toronto": ("أوتاوا", "渥太华", "Ottawa", "Ottawa", "Оттава", "Ottawa"),
    "Australia/Sydney": ("كانبرا", "堪培拉", "Canberra", "Canberra", "Канберра", "Canberra"),
    "Africa/Lagos": ("أبوجا", "阿布贾", "Abuja", "Abuja", "Абуджа", "Abuya"),
    "America/Sao_Paulo": ("برازيليا", "巴西利亚", "Brasília", "Brasilia", "Бразилиа", "Brasilia"),
    "Asia/Riyadh": ("مكة المكرمة", "麦加", "Mecca", "La Mecque", "Мекка", "La Meca"),
}


def clean(s):
    if "\t" in s or "\n" in s:
        sys.exit(f"unexpected whitespace in {s!r}")
    return s.strip()


def countries():
    locales = {l: Locale.parse(l) for l in LANGS}
    codes = sorted(
        c
        for c in locales["en"].territories
        if len(c) == 2 and c.isalpha() and c.isupper() and c not in NOT_COUNTRIES
    )
    lines = []
    for code in codes:
        names = []
        for l in LANGS:
            t = locales[l].territories
            names.append(clean(t[code]))
        lines.append("\t".join([code] + names))
    return lines


def zones():
    tab = os.path.join(ROOT, "src", "domain", "zone_tab.txt")
    names = []
    with open(tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names.append(line.split(" ", 1)[1].strip())
    lines = []
    for zone in sorted(set(names)):
        row = [zone]
        for i, l in enumerate(LANGS):
            try:
                city = clean(get_timezone_location(zone, locale=l, return_city=True))
            except LookupError:
                city = zone.rsplit("/", 1)[-1].replace("_", " ")
            extra = CAPITALS.get(zone)
            if extra:
                city += ";" + extra[i]
            row.append(city)
        lines.append("\t".join(row))
    return lines


def write(path, lines):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{path}: {len(lines)} lines")


if __name__ == "__main__":
    write("src/domain/country_names.tsv", countries())
    write("src/domain/zone_cities.tsv", zones())
