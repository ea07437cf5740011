import json
import os
import sys

data, rate, channels, model, metrics = sys.argv[1:6]
with open(data) as f:
    rows = f.read()
with open(os.path.join(model, "weights.txt"), "w") as f:
    f.write(f"{rate} {channels} {len(rows)}\n")
with open(metrics, "w") as f:
    json.dump({"accuracy": round(1 - abs(float(rate) - 0.05) - int(channels) / 1000, 4)}, f)
