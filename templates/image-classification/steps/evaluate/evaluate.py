#!/usr/bin/env python3
"""evaluate: score the selected model on the held-out test split.

Metrics: accuracy, macro precision / recall / F1, recall per digit, test rows. The report is
a Markdown confusion matrix (rows: true digit, columns: predicted digit).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lib"))

import digits_cnn  # noqa: E402


def rounded(value, digits=6):
    return round(float(value), digits) + 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="model folder (model.safetensors, model.json)")
    parser.add_argument("--data", required=True, help="test CSV from prepare")
    parser.add_argument("--metrics", required=True)
    parser.add_argument("--report", required=True)
    args = parser.parse_args()

    device = digits_cnn.configure(seed=0)
    model, card = digits_cnn.load(args.model)
    images, labels = digits_cnn.read_split(args.data)
    predicted = digits_cnn.predict(model.to(device), images, device).argmax(1).tolist()
    truth = labels.tolist()

    classes = list(range(digits_cnn.CLASSES))
    confusion = [[0] * len(classes) for _ in classes]
    for t, p in zip(truth, predicted):
        confusion[t][p] += 1
    precision, recall, f1 = [], [], []
    for c in classes:
        hits = confusion[c][c]
        column = sum(confusion[t][c] for t in classes)
        row = sum(confusion[c])
        p = hits / column if column else 0.0
        r = hits / row if row else 0.0
        precision.append(p)
        recall.append(r)
        f1.append(2 * p * r / (p + r) if p + r else 0.0)

    metrics = {
        "accuracy": rounded(sum(confusion[c][c] for c in classes) / len(truth)),
        "macro_precision": rounded(sum(precision) / len(classes)),
        "macro_recall": rounded(sum(recall) / len(classes)),
        "macro_f1": rounded(sum(f1) / len(classes)),
        "test_rows": len(truth),
    }
    metrics.update({f"recall_{c}": rounded(recall[c]) for c in classes})
    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")

    lines = [
        f"# Test set: accuracy {metrics['accuracy']:.4f}, macro F1 {metrics['macro_f1']:.4f}",
        "",
        f"Model: {card['architecture']['channels']} channels, "
        f"learning rate {card['hyperparameters']['learning_rate']}, "
        f"validation accuracy {card['metrics']['validation_accuracy']:.4f}.",
        "",
        "| true \\ predicted | " + " | ".join(str(c) for c in classes) + " | recall |",
        "|---|" + "---|" * (len(classes) + 1),
    ]
    for c in classes:
        cells = [str(n) for n in confusion[c]] + [f"{recall[c]:.3f}"]
        lines.append(f"| **{c}** | " + " | ".join(cells) + " |")
    with open(args.report, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print(
        f"evaluate: test accuracy {metrics['accuracy']}, macro F1 {metrics['macro_f1']} "
        f"({len(truth)} images)"
    )


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError, KeyError) as error:
        print(f"evaluate: error: {error!r}", file=sys.stderr)
        sys.exit(1)
