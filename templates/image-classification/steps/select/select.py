#!/usr/bin/env python3
"""select: pick the best model of a sweep by validation accuracy.

Its input is the folder pipekit gives a step that reads a matrix step's `dir` output:
`index.json` ({"step", "output", "instances": [{"name", "matrix", "path"}]}, in the order
of the matrix's combinations) and one sub-folder per instance holding that instance's model
folder (model.safetensors, model.json). The best instance has the highest validation
accuracy; a tie goes to the lower validation loss, then to the earlier instance in
index.json, so the choice never depends on the order a file system lists folders in.

Writes the chosen model folder (its files unchanged, plus selection.json naming the instance
and its matrix values), a Markdown table of every grid point, and metrics. Python standard
library only: this step needs no PyTorch.
"""

import argparse
import json
import os
import shutil
import sys

MODEL_FILES = ("model.json", "model.safetensors")


def read_instances(folder):
    with open(os.path.join(folder, "index.json"), encoding="utf-8") as handle:
        index = json.load(handle)
    instances = index.get("instances")
    if not isinstance(instances, list) or not instances:
        raise ValueError(f"{folder}/index.json lists no instances")
    rows = []
    for instance in instances:
        path = os.path.join(folder, instance["path"])
        with open(os.path.join(path, "model.json"), encoding="utf-8") as handle:
            card = json.load(handle)
        rows.append(
            {"name": instance["name"], "matrix": instance["matrix"], "path": path, "card": card}
        )
    return rows


def best(rows):
    def rank(item):
        position, row = item
        metrics = row["card"]["metrics"]
        return (-metrics["validation_accuracy"], metrics["validation_loss"], position)

    return min(enumerate(rows), key=rank)[1]


def sweep_table(rows, chosen):
    names = []
    for row in rows:
        names += [name for name in row["matrix"] if name not in names]
    head = names + ["validation accuracy", "validation loss", "parameters", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        metrics = row["card"]["metrics"]
        cells = [json.dumps(row["matrix"].get(name, "")) for name in names]
        cells += [
            f"{metrics['validation_accuracy']:.4f}",
            f"{metrics['validation_loss']:.4f}",
            str(metrics["parameters"]),
            "**selected**" if row is chosen else "",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--models", required=True, help="the sweep: index.json and one folder per instance"
    )
    parser.add_argument("--model", required=True, help="output folder for the chosen model")
    parser.add_argument("--sweep", required=True, help="output Markdown table of every grid point")
    parser.add_argument("--metrics", required=True)
    args = parser.parse_args()

    rows = read_instances(args.models)
    chosen = best(rows)
    for name in MODEL_FILES:
        shutil.copyfile(os.path.join(chosen["path"], name), os.path.join(args.model, name))
    selection = {
        "instance": chosen["name"],
        "matrix": chosen["matrix"],
        "validation_accuracy": chosen["card"]["metrics"]["validation_accuracy"],
        "candidates": len(rows),
    }
    with open(os.path.join(args.model, "selection.json"), "w", encoding="utf-8") as handle:
        json.dump(selection, handle, sort_keys=True, indent=2)
        handle.write("\n")

    with open(args.sweep, "w", encoding="utf-8") as handle:
        handle.write(f"# Sweep: {len(rows)} grid points, selected `{chosen['name']}`\n\n")
        handle.write(sweep_table(rows, chosen))

    accuracies = [row["card"]["metrics"]["validation_accuracy"] for row in rows]
    metrics = {
        "candidates": len(rows),
        "best_validation_accuracy": max(accuracies),
        "worst_validation_accuracy": min(accuracies),
    }
    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2)
        handle.write("\n")
    accuracy = selection["validation_accuracy"]
    print(f"select: {chosen['name']} of {len(rows)}: validation accuracy {accuracy}")


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"select: error: {error!r}", file=sys.stderr)
        sys.exit(1)
