#!/usr/bin/env python3
"""prepare: split the 8x8 digits into train, validation and test, and normalise the pixels.

1. Read the raw CSV (gzip or plain): one image a row, 64 pixel counts in 0..16 (row-major,
   8x8) and the digit 0..9 as the last column. Every row is checked.
2. Stratified, seeded split: each digit's rows are shuffled with a fixed splitmix64
   generator (the same split on every Python version and platform), then cut into
   validation, test and train shares.
3. Normalise, fitted on the TRAIN rows only: pixels scaled to 0..1 (divided by 16), then
   standardised by the train mean and standard deviation of all pixels (one pair, so the
   image's spatial structure is kept for the convolutions).
4. Write train.csv / validation.csv / test.csv: a header, then `label` and the 64 pixels
   (fixed 6-decimal format), and preprocessing.json saying how to normalise a raw image.

Python standard library only: this step needs no PyTorch.
"""

import argparse
import csv
import gzip
import json
import math
import sys

MASK64 = (1 << 64) - 1
PIXELS = 64
MAX_PIXEL = 16


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


def rounded(value, digits=6):
    return round(value, digits) + 0.0


def read_rows(path):
    opener = gzip.open if path.endswith(".gz") else open
    rows = []
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        for number, cells in enumerate(csv.reader(handle), start=1):
            if not cells:
                continue
            if len(cells) != PIXELS + 1:
                raise ValueError(f"{path}:{number}: expected {PIXELS + 1} values, got {len(cells)}")
            try:
                values = [int(float(cell)) for cell in cells]
            except ValueError:
                raise ValueError(f"{path}:{number}: a value is not a number") from None
            pixels, label = values[:PIXELS], values[PIXELS]
            if any(p < 0 or p > MAX_PIXEL for p in pixels):
                raise ValueError(f"{path}:{number}: a pixel is outside 0..{MAX_PIXEL}")
            if not 0 <= label <= 9:
                raise ValueError(f"{path}:{number}: the label {label} is not a digit")
            rows.append((label, pixels))
    if not rows:
        raise ValueError(f"{path}: no rows")
    return rows


def split(rows, seed, validation_fraction, test_fraction):
    """Per digit: shuffle, then the first share to validation, the next to test, the rest to train."""
    rng = SplitMix64(seed)
    train, validation, test = [], [], []
    for digit in sorted({label for label, _ in rows}):
        members = shuffled([row for row in rows if row[0] == digit], rng)
        n_validation = max(1, round(len(members) * validation_fraction))
        n_test = max(1, round(len(members) * test_fraction))
        if n_validation + n_test >= len(members):
            raise ValueError(f"digit {digit}: {len(members)} rows are too few to split")
        validation += members[:n_validation]
        test += members[n_validation : n_validation + n_test]
        train += members[n_validation + n_test :]
    return train, validation, test


def fit_normalisation(train):
    scaled = [p / MAX_PIXEL for _, pixels in train for p in pixels]
    mean = math.fsum(scaled) / len(scaled)
    std = math.sqrt(math.fsum((v - mean) ** 2 for v in scaled) / len(scaled))
    return rounded(mean), rounded(std)


def write_split(path, rows, mean, std):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["label"] + [f"p{i}" for i in range(PIXELS)])
        for label, pixels in rows:
            writer.writerow(
                [label] + [f"{rounded((p / MAX_PIXEL - mean) / std):.6f}" for p in pixels]
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", required=True, help="raw CSV (.csv or .csv.gz)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--validation-fraction", type=float, required=True)
    parser.add_argument("--test-fraction", type=float, required=True)
    parser.add_argument("--train", required=True)
    parser.add_argument("--validation", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--preprocessing", required=True)
    parser.add_argument("--metrics", required=True)
    args = parser.parse_args()

    rows = read_rows(args.raw)
    train, validation, test = split(rows, args.seed, args.validation_fraction, args.test_fraction)
    mean, std = fit_normalisation(train)
    for path, part in ((args.train, train), (args.validation, validation), (args.test, test)):
        write_split(path, part, mean, std)

    preprocessing = {
        "format": "pipekit-digits-preprocessing/1",
        "image": {"height": 8, "width": 8, "order": "row-major", "max_pixel": MAX_PIXEL},
        "normalise": "(pixel / max_pixel - mean) / std",
        "mean": mean,
        "std": std,
        "classes": list(range(10)),
        "split": {
            "seed": args.seed,
            "validation_fraction": args.validation_fraction,
            "test_fraction": args.test_fraction,
        },
    }
    with open(args.preprocessing, "w", encoding="utf-8") as handle:
        json.dump(preprocessing, handle, sort_keys=True, indent=2)
        handle.write("\n")

    metrics = {
        "rows": len(rows),
        "train_rows": len(train),
        "validation_rows": len(validation),
        "test_rows": len(test),
        "pixel_mean": mean,
        "pixel_std": std,
    }
    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2)
        handle.write("\n")
    print(
        f"prepare: {len(rows)} images -> train {len(train)}, validation {len(validation)}, "
        f"test {len(test)}; pixels normalised with mean {mean}, std {std}"
    )


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"prepare: error: {error}", file=sys.stderr)
        sys.exit(1)
