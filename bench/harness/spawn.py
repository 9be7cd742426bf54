"""Runs one command and records its wall time, peak RSS and exit status (measure.py's helper).

Linux counts in a child's ru_maxrss the memory of the process that forked it (exec keeps the
old address space's high-water mark), so the runner, a large process, must not fork the
benchmarks itself: this script, run as `python3 -S -I spawn.py RESULT TIMEOUT COMMAND...`,
imports nothing but built-in modules, forks the command, and writes
"seconds max_rss_kib exit_code timed_out" to RESULT. Its own size (about 5 MiB) is the floor
of the peak memory that can be measured.
"""
import os
import signal
import sys
import time


def main():
    result_path, timeout, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(command[0], command)
        except OSError as error:
            os.write(2, ("cannot run %s: %s\n" % (command[0], error)).encode())
        os._exit(127)
    timed_out = []

    def kill(signal_number, frame):
        timed_out.append(True)
        os.kill(pid, signal.SIGKILL)

    signal.signal(signal.SIGALRM, kill)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    with open(result_path, "w") as result:
        # Linux reports ru_maxrss in KiB.
        result.write("%r %d %d %d\n" % (seconds, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
                                       bool(timed_out)))


main()
