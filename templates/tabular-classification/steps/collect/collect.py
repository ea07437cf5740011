#!/usr/bin/env python3
"""collect: read the raw data file shipped in the repository and write a normalised CSV.

Input : a JSON array of records (objects) or a CSV file with a header row.
Output: a CSV (UTF-8, "\n" line endings) where
  - column names are snake_case ASCII ("Beak Length (mm)" -> "beak_length_mm"),
  - columns keep the order of the first record / the header,
  - strings are trimmed; null, "", ".", "NA", "N/A", "NaN", "null" become an empty cell (missing),
  - numbers are written in Python's shortest round-trip form of a float ("18" -> "18.0"),
  - rows keep the source order.
Standard library only; deterministic: the same input file gives a byte-identical output.
"""

import argparse
import csv
import json
import math
import re
import sys

MISSING = {"", ".", "na", "n/a", "nan", "null", "none", "?"}


def snake_case(name):
    name = re.sub(r"[^0-9A-Za-z]+", "_", str(name).strip()).strip("_").lower()
    if not name:
        raise ValueError("empty column name")
    if name[0].isdigit():
        name = "c_" + name
    return name


def normalise_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            return ""
        return repr(number + 0.0)  # + 0.0 turns -0.0 into 0.0
    text = str(value).strip()
    if text.lower() in MISSING:
        return ""
    try:  # numbers stored as strings get the same canonical form as JSON numbers
        number = float(text)
    except ValueError:
        return text
    if math.isnan(number) or math.isinf(number):
        return ""
    return repr(number + 0.0)


def read_records(path):
    if path.lower().endswith(".json"):
        with open(path, encoding="utf-8") as handle:
            records = json.load(handle)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ValueError(f"{path}: expected a JSON array of objects")
        columns = []
        for record in records:  # union of keys, first-seen order
            for key in record:
                if key not in columns:
                    columns.append(key)
        return columns, [[record.get(c) for c in columns] for record in records]
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        raise ValueError(f"{path}: empty CSV")
    header, body = rows[0], rows[1:]
    return header, [row + [None] * (len(header) - len(row)) for row in body]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", required=True, help="raw data file (.json records or .csv)")
    parser.add_argument("--out", required=True, help="CSV file to write")
    args = parser.parse_args()

    columns, rows = read_records(args.raw)
    names = [snake_case(c) for c in columns]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"columns collide after normalisation: {duplicates}")

    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([normalise_value(v) for v in row])

    missing = sum(1 for row in rows for v in row if normalise_value(v) == "")
    print(f"collect: {len(rows)} rows x {len(names)} columns ({missing} missing cells) -> {args.out}")
    print(f"collect: columns {', '.join(names)}")


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"collect: error: {error}", file=sys.stderr)
        sys.exit(1)
