"""The network, the data loading and the model file format shared by train and evaluate.

A step imports it with `sys.path` pointing at this folder, and lists `../../lib/*.py` in its
`code`, so an edit here re-runs exactly the steps that use it.

Determinism: seeds are set before the weights are drawn (on the CPU, so the initial weights
are the same on every device), `torch.use_deterministic_algorithms(True)` makes PyTorch
refuse an operation that has no deterministic implementation, and the thread count is fixed.
The same inputs on the same device type and PyTorch build give byte-identical outputs.

The weights are written in the safetensors format (a JSON header, then the raw little-endian
tensors) by hand rather than with `torch.save`, whose bytes depend on the file name and the
PyTorch version; any safetensors reader (`safetensors.torch.load_file`) can load them.
"""

import csv
import json
import os
import random
import struct

import torch
from torch import nn

WEIGHTS = "model.safetensors"
CARD = "model.json"
CLASSES = 10


def configure(seed, threads=1):
    """Seed every generator and ask for deterministic kernels; returns the device to use."""
    # cuBLAS is deterministic only with a fixed workspace (set before CUDA starts).
    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False
    torch.set_num_threads(threads)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def read_split(path):
    """A CSV from prepare: `label`, then 64 normalised pixels -> (images N x 1 x 8 x 8, labels N)."""
    labels, pixels = [], []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        if header[0] != "label" or len(header) != 65:
            raise ValueError(f"{path}: expected the columns `label`, p0..p63")
        for row in reader:
            labels.append(int(row[0]))
            pixels.append([float(v) for v in row[1:]])
    images = torch.tensor(pixels, dtype=torch.float32).reshape(-1, 1, 8, 8)
    return images, torch.tensor(labels, dtype=torch.int64)


class DigitsCNN(nn.Module):
    """conv 3x3 -> ReLU -> conv 3x3 -> ReLU -> max-pool 2x2 -> linear: 8x8 image -> 10 logits."""

    def __init__(self, channels):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, channels, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Conv2d(channels, 2 * channels, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
        )
        self.classifier = nn.Linear(2 * channels * 4 * 4, CLASSES)

    def forward(self, images):
        return self.classifier(torch.flatten(self.features(images), 1))


@torch.no_grad()
def predict(model, images, device, batch_size=512):
    model.eval()
    batches = images.split(batch_size)
    return torch.cat([model(batch.to(device)).cpu() for batch in batches])


def save(folder, model, card):
    """model.safetensors (the weights) and model.json (architecture and facts about the run)."""
    tensors = {name: t.detach().cpu().contiguous() for name, t in model.state_dict().items()}
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        tensor = tensors[name]
        values = tensor.to(torch.float32).flatten().tolist()
        blob = struct.pack(f"<{len(values)}f", *values)
        span = [offset, offset + len(blob)]
        header[name] = {"dtype": "F32", "shape": list(tensor.shape), "data_offsets": span}
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(os.path.join(folder, WEIGHTS), "wb") as handle:
        handle.write(struct.pack("<Q", len(text)))
        handle.write(text)
        for blob in blobs:
            handle.write(blob)
    with open(os.path.join(folder, CARD), "w", encoding="utf-8") as handle:
        json.dump(card, handle, sort_keys=True, indent=2, allow_nan=False)
        handle.write("\n")


def load(folder):
    """The model saved by `save`, on the CPU, and its card."""
    with open(os.path.join(folder, CARD), encoding="utf-8") as handle:
        card = json.load(handle)
    model = DigitsCNN(card["architecture"]["channels"])
    with open(os.path.join(folder, WEIGHTS), "rb") as handle:
        data = handle.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    body = data[8 + length :]
    state = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if entry["dtype"] != "F32":
            raise ValueError(f"{WEIGHTS}: {name} is {entry['dtype']}, expected F32")
        start, end = entry["data_offsets"]
        values = struct.unpack(f"<{(end - start) // 4}f", body[start:end])
        state[name] = torch.tensor(values, dtype=torch.float32).reshape(entry["shape"])
    model.load_state_dict(state)
    return model, card
