#!/usr/bin/env python3
"""register: "register" the evaluated model into the step's own `registry` output folder.

Copies the model (model.safetensors, model.json, selection.json), the preprocessing
description and the evaluation metrics next to a registration record (name,
content-derived version, file digests, the sweep's chosen grid point, metrics), after a
quality gate on test accuracy. It writes nothing outside its declared output, so it is
safe to run locally. To publish to a real registry (MLflow, W&B, S3, a GitHub release),
replace the final section with that call and keep the gate.
"""

import argparse
import hashlib
import json
import os
import shutil
import sys


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="model folder from select")
    parser.add_argument("--metrics", required=True, help="evaluation metrics JSON")
    parser.add_argument("--preprocessing", required=True, help="preprocessing JSON from prepare")
    parser.add_argument("--name", required=True, help="registered model name")
    parser.add_argument("--min-accuracy", type=float, required=True)
    parser.add_argument("--registry", required=True, help="output folder")
    args = parser.parse_args()

    with open(args.metrics, encoding="utf-8") as handle:
        metrics = json.load(handle)
    accuracy = metrics.get("accuracy")
    if not isinstance(accuracy, (int, float)):
        raise ValueError("the evaluation metrics have no numeric `accuracy`")
    if accuracy < args.min_accuracy:
        raise ValueError(
            f"test accuracy {accuracy} is below min_accuracy {args.min_accuracy}: not registering"
        )

    files = {
        "model.safetensors": os.path.join(args.model, "model.safetensors"),
        "model.json": os.path.join(args.model, "model.json"),
        "selection.json": os.path.join(args.model, "selection.json"),
        "preprocessing.json": args.preprocessing,
        "metrics.json": args.metrics,
    }
    for name, source in files.items():
        shutil.copyfile(source, os.path.join(args.registry, name))
    digests = {name: sha256(os.path.join(args.registry, name)) for name in sorted(files)}
    version = digests["model.safetensors"][:12]

    with open(files["selection.json"], encoding="utf-8") as handle:
        selection = json.load(handle)

    record = {
        "format": "pipekit-registration/1",
        "name": args.name,
        "version": version,
        "files": digests,
        "sweep": selection,
        "metrics": metrics,
        "gate": {"metric": "accuracy", "min": args.min_accuracy, "value": accuracy},
    }
    with open(os.path.join(args.registry, "registration.json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")

    where = os.environ.get("GITHUB_SHA", "")[:12] or "local run"
    print(
        f"register: registered {args.name} version {version} "
        f"(accuracy {accuracy}, macro F1 {metrics.get('macro_f1')}; {where}) -> {args.registry}"
    )


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"register: error: {error}", file=sys.stderr)
        sys.exit(1)
