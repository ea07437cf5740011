#!/usr/bin/env python3
"""prepare: clean, split, encode and standardise a CSV for classification.

1. Drop rows whose target is missing or whose numeric features are all missing.
2. Stratified, seeded train/test split (a fixed splitmix64 generator, so the split is the
   same on every Python version and platform).
3. Fit on the TRAIN rows only (no leakage into the test set):
   numeric columns -> impute the median, then standardise (x - mean) / std;
   categorical columns -> one-hot over the sorted levels seen in train; a missing or
   unseen level encodes as all zeros.
4. Write train.csv / test.csv: first column `label`, then the numeric features
   (fixed 6-decimal format), and preprocessing.json describing every transformation
   so that the registered model can score raw rows.

A column is numeric when every non-empty cell parses as a number; otherwise categorical.
"""

import argparse
import csv
import json
import math
import sys

MASK64 = (1 << 64) - 1


class SplitMix64:
    """Tiny deterministic PRNG, independent of Python's `random` implementation."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        """Uniform integer in [0, n) by rejection sampling (no modulo bias)."""
        limit = (1 << 64) - ((1 << 64) % n)
        while True:
            value = self.next()
            if value < limit:
                return value % n


def shuffled(items, rng):
    items = list(items)
    for i in range(len(items) - 1, 0, -1):  # Fisher-Yates
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def fmt(value):
    value = round(value, 6) + 0.0
    return f"{value:.6f}"


def rounded(value, digits=6):
    return round(value, digits) + 0.0


def is_number(text):
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="normalised CSV from collect")
    parser.add_argument("--target", required=True, help="name of the label column")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--test-fraction", type=float, required=True)
    parser.add_argument("--train", required=True, help="train CSV to write")
    parser.add_argument("--test", required=True, help="test CSV to write")
    parser.add_argument("--preprocessing", required=True, help="preprocessing JSON to write")
    parser.add_argument("--metrics", required=True, help="metrics JSON to write")
    args = parser.parse_args()

    if not 0.0 < args.test_fraction < 1.0:
        raise ValueError(f"test_fraction must be in (0, 1), got {args.test_fraction}")

    with open(args.data, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row)) for row in reader]
    if args.target not in header:
        raise ValueError(f"target column {args.target!r} not in {header}")
    feature_columns = [c for c in header if c != args.target]
    numeric = [c for c in feature_columns if all(r[c] == "" or is_number(r[c]) for r in rows)]
    categorical = [c for c in feature_columns if c not in numeric]

    # 1. clean
    kept = [
        r for r in rows if r[args.target] != "" and (not numeric or any(r[c] != "" for c in numeric))
    ]
    dropped = len(rows) - len(kept)

    # 2. stratified split
    rng = SplitMix64(args.seed)
    test_index = set()
    classes = sorted({r[args.target] for r in kept})
    for label in classes:
        members = [i for i, r in enumerate(kept) if r[args.target] == label]
        n_test = int(len(members) * args.test_fraction + 0.5)
        n_test = max(0, min(n_test, len(members) - 1))  # keep at least one train row per class
        test_index.update(shuffled(members, rng)[:n_test])
    train_rows = [r for i, r in enumerate(kept) if i not in test_index]
    test_rows = [r for i, r in enumerate(kept) if i in test_index]
    if not test_rows:
        raise ValueError("the test split is empty: raise test_fraction or add data")

    # 3. fit the transformations on train only
    numeric_spec = {}
    for column in numeric:
        present = [float(r[column]) for r in train_rows if r[column] != ""]
        fill = median(present) if present else 0.0
        values = [float(r[column]) if r[column] != "" else fill for r in train_rows]
        mean = sum(values) / len(values)
        std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)) or 1.0
        numeric_spec[column] = {"impute": rounded(fill), "mean": rounded(mean), "std": rounded(std)}
    categorical_spec = {
        column: sorted({r[column] for r in train_rows if r[column] != ""}) for column in categorical
    }

    features = list(numeric)
    for column in categorical:
        features.extend(f"{column}={level}" for level in categorical_spec[column])

    def encode(row):
        vector = []
        for column in numeric:
            spec = numeric_spec[column]
            value = float(row[column]) if row[column] != "" else spec["impute"]
            vector.append((value - spec["mean"]) / spec["std"])
        for column in categorical:
            vector.extend(1.0 if row[column] == level else 0.0 for level in categorical_spec[column])
        return vector

    for path, subset in ((args.train, train_rows), (args.test, test_rows)):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["label"] + features)
            for row in subset:
                writer.writerow([row[args.target]] + [fmt(v) for v in encode(row)])

    preprocessing = {
        "format": "pipekit-tabular-preprocessing/1",
        "target": args.target,
        "classes": classes,
        "numeric": numeric_spec,
        "categorical": categorical_spec,
        "features": features,
        "note": "numeric: missing -> impute, then (x - mean) / std; categorical: one-hot, missing or unseen -> zeros",
        "split": {"seed": args.seed, "test_fraction": args.test_fraction, "stratified": True},
    }
    metrics = {
        "rows_in": len(rows),
        "rows_dropped": dropped,
        "train_rows": len(train_rows),
        "test_rows": len(test_rows),
        "features": len(features),
    }
    for path, document in ((args.preprocessing, preprocessing), (args.metrics, metrics)):
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(document, handle, sort_keys=True, indent=2, allow_nan=False)
            handle.write("\n")

    print(
        f"prepare: {len(rows)} rows, dropped {dropped}; train {len(train_rows)}, test {len(test_rows)}; "
        f"{len(features)} features ({len(numeric)} numeric, {len(categorical)} categorical columns)"
    )
    print(f"prepare: features {', '.join(features)}")


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"prepare: error: {error}", file=sys.stderr)
        sys.exit(1)
