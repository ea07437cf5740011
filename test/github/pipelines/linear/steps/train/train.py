import sys; open(sys.argv[3] + "/model.txt", "w").write(sys.argv[2])
