#!/usr/bin/env python3
"""Time to the first complete frame of premisli in a pseudo-terminal.

Usage: scripts/first-frame.py [FILE] [--runs N] [--size COLSxROWS] [--bin PATH]
       scripts/first-frame.py --portfolio N [--runs N] [--size COLSxROWS]

Starts the release binary on FILE (default sample-data/large.ron, copied to a
temporary directory) in a pty of the given size, and measures the time from
spawn until the hint bar (the last row of the frame) has arrived, plus the bytes
and write count up to then. Prints each run and the median. Python stdlib only.

With --portfolio N it opens no file: the data directory holds N workshops made
from the two samples (two projects to one monitoring, each of another school),
and the frame measured is the home screen with the portfolio of all N.
"""
import argparse, os, pty, select, shutil, signal, statistics, sys, tempfile, time, fcntl, termios, struct

def portfolio(tmp, n):
    """N workshops in the data directory, from the samples."""
    data = os.path.join(tmp, "data", "premisli")
    os.makedirs(data)
    texts = [open(os.path.join("sample-data", f), encoding="utf-8").read()
             for f in ("inovacijski-projekt.ron", "soko-monitoring.ron")]
    for i in range(n):
        text = texts[1 if i % 3 == 2 else 0]
        # Another school in each file.
        text = text.replace('institution: "', f'institution: "{i + 1:02}. ', 1)
        with open(os.path.join(data, f"{i + 1:02}.ron"), "w", encoding="utf-8") as f:
            f.write(text)

def one_run(binary, src, cols, rows, n=0):
    tmp = tempfile.mkdtemp(prefix="premisli-ff-")
    if n:
        portfolio(tmp, n)
        args = [binary, "--lang", "en"]
    else:
        path = os.path.join(tmp, os.path.basename(src))
        shutil.copy(src, path)
        args = [binary, "--lang", "en", path]
    env = dict(os.environ, TERM="xterm-256color", HOME=tmp, XDG_DATA_HOME=tmp + "/data",
               XDG_CONFIG_HOME=tmp + "/config", LANG="C.UTF-8")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(binary, args, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    data, reads, first = b"", 0, None
    deadline = start + 20
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        reads += 1
        # The hint bar, the frame's last row: a file's ends with Ctrl-Z
        # (undo), the home screen's with F1 help.
        if (b" help" if n else b"Ctrl-Z") in data and first is None:
            first = time.perf_counter() - start
            break
    frame_bytes = len(data)
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
    shutil.rmtree(tmp, ignore_errors=True)
    return first, frame_bytes, reads

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default="sample-data/large.ron")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--size", default="120x40")
    ap.add_argument("--bin", default="target/release/premisli")
    ap.add_argument("--portfolio", type=int, default=0, metavar="N")
    a = ap.parse_args()
    cols, rows = map(int, a.size.split("x"))
    times = []
    for i in range(a.runs):
        t, n, reads = one_run(a.bin, a.file, cols, rows, a.portfolio)
        if t is None:
            print(f"run {i + 1}: no complete frame within 20 s", file=sys.stderr)
            sys.exit(1)
        times.append(t)
        print(f"run {i + 1:2}: {t * 1000:7.2f} ms, {n} bytes in {reads} read(s)")
    what = f"home, {a.portfolio} workshops" if a.portfolio else a.file
    print(f"median time to first frame: {statistics.median(times) * 1000:.2f} ms over {a.runs} runs ({a.size}, {what})")

if __name__ == "__main__":
    main()
