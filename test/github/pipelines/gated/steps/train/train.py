import sys; open(sys.argv[6] + "/model.txt", "w").write(sys.argv[2])
