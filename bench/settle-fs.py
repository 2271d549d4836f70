#!/usr/bin/env python3
"""Waits until the file system under a folder makes new files at its usual pace again.

    python3 bench/settle-fs.py FOLDER [MAX_SECONDS]

ext4 without a journal (this machine's root file system, and many VMs') will not reuse an inode
deleted less than 60 seconds ago, or 360 seconds while its inode table block is not yet written
back; to find a free one it reads inode after inode. Right after a benchmark deletes thousands of
files, every file the next build creates can cost half a millisecond of kernel time, which would
be charged to the tool being timed. This script syncs, then every 10 seconds times the creation of
1,000 empty files in a new probe folder inside FOLDER, and returns once two probes in a row take
less than 55 ms (a settled file system here takes 30-45 ms, one just after a large delete 300-600
ms and more) or after MAX_SECONDS (default 420). The probe folders are named FOLDER/.trash.probe-*
and left for the benchmark to delete with its other trash once its timings are done (deleting them
here would unsettle the file system again).
"""
import os
import sys
import time

FILES = 1000
GOOD_SECONDS = 0.055


def probe(folder):
    """Seconds taken to create FILES empty files in a new folder inside folder."""
    target = os.path.join(folder, ".trash.probe-%d" % time.time_ns())
    os.mkdir(target)
    start = time.perf_counter()
    for i in range(FILES):
        with open(os.path.join(target, str(i)), "wb"):
            pass
    return time.perf_counter() - start


def main():
    folder = sys.argv[1]
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 420.0
    os.makedirs(folder, exist_ok=True)
    began = time.monotonic()
    good = 0
    while True:
        os.sync()
        taken = probe(folder)
        waited = time.monotonic() - began
        good = good + 1 if taken < GOOD_SECONDS else 0
        if good == 2:
            print("file system settled after %.0f s (%d files in %.0f ms)" % (waited, FILES, taken * 1000))
            return
        if waited >= limit:
            print("file system still slow after %.0f s (%d files in %.0f ms); timing anyway" % (waited, FILES, taken * 1000))
            return
        time.sleep(10)


if __name__ == "__main__":
    main()
