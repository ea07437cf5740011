#!/usr/bin/env python3
"""train: multinomial logistic regression (softmax) by full-batch gradient descent.

Reads a CSV whose first column is `label` and whose other columns are numeric features
(the output of `prepare`). Minimises  mean cross-entropy + l2/2 * ||W||^2  (the bias is
not penalised) from all-zero weights, so the result depends only on the data and the
parameters. Writes model.json (classes, features, weights, bias) into the model folder
and a flat JSON object of numbers as metrics. Standard library only.
"""

import argparse
import csv
import json
import math
import sys


def rounded(value, digits=8):
    return round(value, digits) + 0.0


def softmax(logits):
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="train CSV from prepare")
    parser.add_argument("--learning-rate", type=float, required=True)
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--l2", type=float, required=True)
    parser.add_argument("--model", required=True, help="folder to write model.json into")
    parser.add_argument("--metrics", required=True, help="metrics JSON to write")
    args = parser.parse_args()
    if args.learning_rate <= 0:
        raise ValueError(f"learning_rate must be > 0, got {args.learning_rate}")
    if args.epochs < 1:
        raise ValueError(f"epochs must be >= 1, got {args.epochs}")
    if args.l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {args.l2}")

    with open(args.data, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    if not header or header[0] != "label":
        raise ValueError("the first column of the training data must be `label`")
    if not rows:
        raise ValueError("no training rows")
    features = header[1:]
    classes = sorted({row[0] for row in rows})
    class_index = {c: k for k, c in enumerate(classes)}
    X = [[float(v) for v in row[1:]] for row in rows]
    y = [class_index[row[0]] for row in rows]
    n, d, k_count = len(X), len(features), len(classes)

    weights = [[0.0] * d for _ in range(k_count)]
    bias = [0.0] * k_count
    lr, l2 = args.learning_rate, args.l2
    loss = 0.0
    initial_loss = None

    for _epoch in range(args.epochs):
        grad_w = [[0.0] * d for _ in range(k_count)]
        grad_b = [0.0] * k_count
        data_loss = 0.0
        for x, target in zip(X, y):
            logits = [bias[k] + sum(w * v for w, v in zip(weights[k], x)) for k in range(k_count)]
            probs = softmax(logits)
            data_loss -= math.log(max(probs[target], 1e-300))
            probs[target] -= 1.0  # dL/dlogits = p - onehot(y)
            for k in range(k_count):
                delta = probs[k]
                if delta != 0.0:
                    row = grad_w[k]
                    for j in range(d):
                        row[j] += delta * x[j]
                grad_b[k] += delta
        penalty = 0.5 * l2 * sum(w * w for row in weights for w in row)
        loss = data_loss / n + penalty  # loss at the weights before this update
        if initial_loss is None:
            initial_loss = loss
        for k in range(k_count):
            row, grad = weights[k], grad_w[k]
            for j in range(d):
                row[j] -= lr * (grad[j] / n + l2 * row[j])
            bias[k] -= lr * grad_b[k] / n

    # Round the parameters once; every later number is computed from the rounded model,
    # exactly as `evaluate` will see it.
    weights = [[rounded(w) for w in row] for row in weights]
    bias = [rounded(b) for b in bias]
    final_loss = 0.0
    correct = 0
    for x, target in zip(X, y):
        logits = [bias[k] + sum(w * v for w, v in zip(weights[k], x)) for k in range(k_count)]
        probs = softmax(logits)
        final_loss -= math.log(max(probs[target], 1e-300))
        correct += max(range(k_count), key=lambda k: (logits[k], -k)) == target
    final_loss = final_loss / n + 0.5 * l2 * sum(w * w for row in weights for w in row)

    model = {
        "format": "pipekit-softmax-regression/1",
        "classes": classes,
        "features": features,
        "weights": weights,
        "bias": bias,
        "hyperparameters": {"learning_rate": lr, "epochs": args.epochs, "l2": l2},
        "predict": "argmax_k(bias[k] + sum_j weights[k][j] * x[j]); ties -> first class",
    }
    metrics = {
        "initial_loss": rounded(initial_loss, 6),
        "final_loss": rounded(final_loss, 6),
        "train_accuracy": rounded(correct / n, 6),
        "train_rows": n,
        "features": d,
        "classes": k_count,
    }
    with open(f"{args.model}/model.json", "w", encoding="utf-8") as handle:
        json.dump(model, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")
    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")
    print(
        f"train: {n} rows x {d} features, {k_count} classes, {args.epochs} epochs (lr {lr}, l2 {l2}): "
        f"loss {metrics['initial_loss']} -> {metrics['final_loss']}, train accuracy {metrics['train_accuracy']}"
    )


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"train: error: {error}", file=sys.stderr)
        sys.exit(1)
