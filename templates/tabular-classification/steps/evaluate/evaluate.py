#!/usr/bin/env python3
"""evaluate: score the model on the held-out test CSV.

Writes a flat JSON object of numbers (accuracy, macro precision/recall/F1, per-class
recall, test rows) and a Markdown report with the confusion matrix. Standard library only.
"""

import argparse
import csv
import json
import os
import re
import sys


def rounded(value, digits=6):
    return round(value, digits) + 0.0


def key_part(name):
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or "class"


def ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="model folder holding model.json")
    parser.add_argument("--data", required=True, help="test CSV from prepare")
    parser.add_argument("--metrics", required=True, help="metrics JSON to write")
    parser.add_argument("--report", required=True, help="Markdown report to write")
    args = parser.parse_args()

    with open(os.path.join(args.model, "model.json"), encoding="utf-8") as handle:
        model = json.load(handle)
    classes, features = model["classes"], model["features"]
    weights, bias = model["weights"], model["bias"]

    with open(args.data, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    if header[1:] != features:
        raise ValueError(f"test features {header[1:]} do not match the model's {features}")
    if not rows:
        raise ValueError("no test rows")

    labels = sorted(set(classes) | {row[0] for row in rows})  # unseen labels count as errors
    index = {c: i for i, c in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]  # matrix[actual][predicted]
    for row in rows:
        x = [float(v) for v in row[1:]]
        logits = [b + sum(w * v for w, v in zip(ws, x)) for ws, b in zip(weights, bias)]
        predicted = classes[max(range(len(classes)), key=lambda k: (logits[k], -k))]
        matrix[index[row[0]]][index[predicted]] += 1

    n = len(rows)
    correct = sum(matrix[i][i] for i in range(len(labels)))
    per_class = {}
    for i, label in enumerate(labels):
        tp = matrix[i][i]
        support = sum(matrix[i])
        predicted = sum(matrix[r][i] for r in range(len(labels)))
        precision = ratio(tp, predicted)
        recall = ratio(tp, support)
        f1 = ratio(2 * precision * recall, precision + recall)
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "support": support}

    present = [c for c in labels if per_class[c]["support"] > 0]  # macro over classes in the test set
    metrics = {
        "accuracy": rounded(correct / n),
        "macro_precision": rounded(sum(per_class[c]["precision"] for c in present) / len(present)),
        "macro_recall": rounded(sum(per_class[c]["recall"] for c in present) / len(present)),
        "macro_f1": rounded(sum(per_class[c]["f1"] for c in present) / len(present)),
        "test_rows": n,
    }
    for label in labels:
        metrics[f"recall_{key_part(label)}"] = rounded(per_class[label]["recall"])

    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")

    lines = [
        "# Evaluation report",
        "",
        f"Test rows: {n}. Accuracy: {metrics['accuracy']:.4f}. Macro F1: {metrics['macro_f1']:.4f}.",
        "",
        "## Confusion matrix (rows: actual, columns: predicted)",
        "",
        "| actual \\ predicted | " + " | ".join(labels) + " |",
        "| --- | " + " | ".join("---:" for _ in labels) + " |",
    ]
    for i, label in enumerate(labels):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in matrix[i]) + " |")
    lines += [
        "",
        "## Per class",
        "",
        "| class | precision | recall | F1 | support |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label in labels:
        c = per_class[label]
        lines.append(
            f"| {label} | {c['precision']:.4f} | {c['recall']:.4f} | {c['f1']:.4f} | {c['support']} |"
        )
    with open(args.report, "w", encoding="utf-8", newline="") as handle:
        handle.write("\n".join(lines) + "\n")

    print(f"evaluate: {n} test rows, accuracy {metrics['accuracy']:.4f}, macro F1 {metrics['macro_f1']:.4f}")
    print("\n".join(lines[4:]))


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError, KeyError) as error:
        print(f"evaluate: error: {error}", file=sys.stderr)
        sys.exit(1)
