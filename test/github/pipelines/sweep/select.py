import json
import os
import shutil
import sys

models, best = sys.argv[1:3]
with open(os.path.join(models, "index.json")) as f:
    index = json.load(f)
chosen = max(index["instances"], key=lambda i: i["matrix"]["learning_rate"])
shutil.copytree(os.path.join(models, chosen["path"]), best, dirs_exist_ok=True)
