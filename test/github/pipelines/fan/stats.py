import json, sys; json.dump({"rows": 1}, open(sys.argv[2], "w"))
