import shutil, sys; shutil.copy(sys.argv[1], sys.argv[2])
