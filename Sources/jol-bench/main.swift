// jol-bench: benchmarks against baselines measured in the same run.
print("jol-bench: no benchmarks yet")
