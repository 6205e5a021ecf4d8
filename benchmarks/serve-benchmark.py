#!/usr/bin/env python3
"""How quickly `okr-portal serve` answers on a generated company: from start until pages
answer, from saving an edit until the page shows it, one person page on request, and the
server's peak memory.

    python3 benchmarks/serve-benchmark.py [--people 10000] [--edits 3] [--binary PATH]

The company is made by benchmarks/generate-corpus.py (in --work, reused when it is there).
An edit rewrites the first objective's title in one person's OKR file and waits until that
person's page carries it; the file is put back at the end. Pages are fetched over loopback
as a browser would, so the figures include HTTP.
"""
import argparse, os, re, statistics, subprocess, sys, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "okr-portal"))
    parser.add_argument("--work", default="/tmp/okr-serve-benchmark")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for any one answer")
    args = parser.parse_args()

    corpus = os.path.join(args.work, f"org-{args.people}")
    if not os.path.isdir(os.path.join(corpus, "content")):
        subprocess.run([sys.executable, os.path.join(HERE, "generate-corpus.py"), str(args.people), corpus],
                       check=True, stdout=subprocess.DEVNULL)
    edited = os.path.join(corpus, "content", "okrs", "2026-Q4", "people", "p1.md")
    original = open(edited, encoding="utf-8").read()

    def get(path):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/{path}", timeout=args.timeout) as answer:
                return answer.read().decode("utf-8")
        except OSError:
            return None

    def wait_for(test, what):
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            if test():
                return
            time.sleep(0.02)
        sys.exit(f"serve did not {what} within {args.timeout:.0f} s")

    env = dict(os.environ, SOURCE_DATE_EPOCH="1795132800")
    server = subprocess.Popen([os.path.abspath(args.binary), "serve", "--port", str(args.port), "--quiet"],
                              cwd=corpus, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        wait_for(lambda: get("people/p1/") is not None, "answer")
        first = time.monotonic() - started

        renders = []
        for number in range(2, 42):
            began = time.monotonic()
            if get(f"people/p{number}/") is None:
                sys.exit(f"people/p{number}/ did not answer")
            renders.append(time.monotonic() - began)

        edits = []
        for edit in range(args.edits):
            marker = f"Edited objective {edit} {time.time_ns()}"
            text = re.sub(r"(?m)^(  - title: ).*$", lambda match: match.group(1) + f'"{marker}"', original, count=1)
            if text == original:
                sys.exit(f"found no objective title to edit in {edited}")
            began = time.monotonic()
            with open(edited, "w", encoding="utf-8") as file:
                file.write(text)
            wait_for(lambda: marker in (get("people/p1/") or ""), "show the edit")
            edits.append(time.monotonic() - began)
            time.sleep(1)

        with open(f"/proc/{server.pid}/status") as status:
            peak = next((int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM:")), 0)
    finally:
        with open(edited, "w", encoding="utf-8") as file:
            file.write(original)
        server.terminate()
        server.wait()

    print(f"{args.people} people, okr-portal serve ({os.path.relpath(args.binary)})")
    print(f"first start until pages answer: {first:.2f} s")
    print(f"an edit until the page shows it: {', '.join(f'{value:.2f}' for value in edits)} s")
    print(f"a person page on request: median {statistics.median(renders) * 1000:.1f} ms, "
          f"slowest {max(renders) * 1000:.1f} ms (40 pages)")
    print(f"peak memory: {peak} MiB")


if __name__ == "__main__":
    main()
