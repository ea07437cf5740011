#!/usr/bin/env python3
"""train: a small convolutional network on the digits, scored on the validation split.

Adam on the cross-entropy loss, mini-batches in a seeded order, for `epochs` passes; CUDA
when the machine has it, the CPU otherwise. Writes the weights (model.safetensors), a card
(model.json: architecture, hyperparameters, validation accuracy) and the step's metrics.
With the same inputs on the same kind of device a rerun writes byte-identical files.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lib"))

import torch  # noqa: E402
from torch import nn  # noqa: E402

import digits_cnn  # noqa: E402


def rounded(value, digits=6):
    return round(float(value), digits) + 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True, help="train CSV from prepare")
    parser.add_argument("--validation", required=True, help="validation CSV from prepare")
    parser.add_argument("--learning-rate", type=float, required=True)
    parser.add_argument("--channels", type=int, required=True)
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--model", required=True, help="output folder (exists, empty)")
    parser.add_argument("--metrics", required=True)
    args = parser.parse_args()
    if args.learning_rate <= 0 or args.channels < 1 or args.batch_size < 1:
        raise ValueError("learning_rate must be > 0, channels and batch_size at least 1")

    started = time.monotonic()
    device = digits_cnn.configure(args.seed, args.threads)
    images, labels = digits_cnn.read_split(args.train)
    val_images, val_labels = digits_cnn.read_split(args.validation)

    # The weights are drawn on the CPU by the seeded generator, the same on every device.
    model = digits_cnn.DigitsCNN(args.channels).to(device)
    optimiser = torch.optim.Adam(model.parameters(), lr=args.learning_rate)
    loss_of = nn.CrossEntropyLoss()
    order = torch.Generator().manual_seed(args.seed)
    images, labels = images.to(device), labels.to(device)

    for epoch in range(1, args.epochs + 1):
        model.train()
        total = 0.0
        for batch in torch.randperm(len(images), generator=order).split(args.batch_size):
            batch = batch.to(device)
            optimiser.zero_grad()
            loss = loss_of(model(images[batch]), labels[batch])
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
        if epoch == 1 or epoch == args.epochs or epoch % 5 == 0:
            print(f"train: epoch {epoch}/{args.epochs} loss {total / len(images):.4f}", flush=True)

    train_logits = digits_cnn.predict(model, images.cpu(), device)
    val_logits = digits_cnn.predict(model, val_images, device)
    metrics = {
        "train_loss": rounded(loss_of(train_logits, labels.cpu())),
        "train_accuracy": rounded((train_logits.argmax(1) == labels.cpu()).double().mean()),
        "validation_loss": rounded(loss_of(val_logits, val_labels)),
        "validation_accuracy": rounded((val_logits.argmax(1) == val_labels).double().mean()),
        "parameters": sum(p.numel() for p in model.parameters()),
    }
    card = {
        "format": "pipekit-digits-cnn/1",
        "architecture": {
            "name": "DigitsCNN",
            "channels": args.channels,
            "input": [1, 8, 8],
            "classes": 10,
        },
        "hyperparameters": {
            "learning_rate": args.learning_rate,
            "epochs": args.epochs,
            "batch_size": args.batch_size,
            "seed": args.seed,
        },
        "device": device.type,
        "torch": torch.__version__,
        "train_rows": len(labels),
        "metrics": metrics,
    }
    digits_cnn.save(args.model, model, card)
    with open(args.metrics, "w", encoding="utf-8") as handle:
        json.dump(metrics, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")
    print(
        f"train: lr {args.learning_rate}, {args.channels} channels on {device.type}: "
        f"validation accuracy {metrics['validation_accuracy']} "
        f"({metrics['parameters']} parameters, {time.monotonic() - started:.1f} s)"
    )


if __name__ == "__main__":
    try:
        main()
    except (OSError, ValueError) as error:
        print(f"train: error: {error}", file=sys.stderr)
        sys.exit(1)
