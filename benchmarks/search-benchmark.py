#!/usr/bin/env python3
"""Measures the portal's in-browser search on a built site, in headless Chromium.

    benchmarks/search-benchmark.py SITE_DIR [--queries 30] [--seed 1] [--typing-ms 150] [--json OUT]

For each query (people's e-mails, Chinese and English substrings of objective titles, picked
from the site's own search index with a fixed seed) it opens a fresh page with the browser
cache off and "types" the query one character at a time through the same function the search
box calls (window.okrPortalSearch), timing each keystroke from call to answer, fetches from
a loopback server included. Keystrokes come --typing-ms apart (150 ms: a fast typist at
about seven characters a second), so files the portal starts fetching on one keystroke may
arrive before the next, as they do for a person typing; --typing-ms 0 fires them back to
back, the harshest case. It records which index files were downloaded up to the first
keystroke that produced a result, and sums their gzip sizes (what a static host that
compresses sends). Prints the worst and median figures; exits 1 if a query finds nothing.
"""
import argparse, functools, gzip, http.server, json, os, random, re, statistics, sys, threading, time

from selenium import webdriver


def serve(root):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def pick_queries(site, count, rng):
    index = os.path.join(site, "search-index")
    meta = json.load(open(os.path.join(index, "meta.json")))
    shards = (meta["documents"] + meta["documentsPerShard"] - 1) // meta["documentsPerShard"]
    people, chinese, english = [], [], []
    for shard in rng.sample(range(shards), min(shards, 12)):
        for kind, label, detail, path, text in json.load(open(os.path.join(index, f"docs-{shard}.json"))):
            if kind == "person":
                email = re.search(r"\S+@\S+", text)
                if email:
                    people.append(email.group(0))
            elif kind == "objective":
                # Windows of the normalised text, so each query is a true substring.
                for run in re.findall(r"[\u4e00-\u9fff]{4,}", text):
                    start = rng.randrange(len(run) - 3)
                    chinese.append(run[start:start + 4])
                for run in re.findall(r"[a-z][a-z ]{11,}[a-z]", text):
                    start = rng.randrange(len(run) - 11)
                    english.append(run[start:start + 12].strip())
    third = max(1, count // 3)
    return ([("e-mail", q) for q in rng.sample(people, min(third, len(people)))]
            + [("chinese", q) for q in rng.sample(chinese, min(third, len(chinese)))]
            + [("english", q) for q in rng.sample(english, min(count - 2 * third, len(english)))])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--typing-ms", type=float, default=150)
    parser.add_argument("--json")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    queries = pick_queries(site, args.queries, random.Random(args.seed))
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    gz_sizes = {}

    def gz(path):
        if path not in gz_sizes:
            with open(os.path.join(site, path), "rb") as f:
                gz_sizes[path] = len(gzip.compress(f.read(), 6))
        return gz_sizes[path]

    rows = []
    try:
        for kind, query in queries:
            browser.get(base + "cycles/")
            timings = []
            first_bytes = None
            found = 0
            for end in range(1, len(query) + 1):
                if end > 1:
                    time.sleep(args.typing_ms / 1000)
                outcome = browser.execute_async_script("""
                    const [query, done] = arguments;
                    const start = performance.now();
                    window.okrPortalSearch(query, 8).then(r => done({ms: performance.now() - start, n: r.results.length,
                        files: performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.includes('/search-index/'))}),
                        e => done({error: String(e)}));
                """, query[:end])
                if "error" in outcome:
                    sys.exit(f"{query!r}: {outcome['error']}")
                if end >= 2:
                    timings.append(outcome["ms"])
                found = outcome["n"]
                if found and first_bytes is None:
                    first_bytes = sum(gz(p.lstrip("/")) for p in set(outcome["files"]))
            rows.append({"kind": kind, "query": query, "found": found, "max_ms": max(timings), "median_ms": statistics.median(timings),
                         "first_result_gzip_bytes": first_bytes, "keystrokes_ms": [round(t, 1) for t in timings]})
            print(f"{kind:8} {query!r:34} results {found:2}  keystroke max {max(timings):6.1f} ms  first result after {((first_bytes or 0) / 1024):7.1f} KiB gzip", flush=True)
    finally:
        browser.quit()
        server.shutdown()
    worst_ms = max(r["max_ms"] for r in rows)
    all_ms = statistics.median([r["median_ms"] for r in rows])
    worst_bytes = max(r["first_result_gzip_bytes"] or 0 for r in rows)
    meta = json.load(open(os.path.join(site, "search-index", "meta.json")))
    total = sum(os.path.getsize(os.path.join(site, "search-index", f)) for f in os.listdir(os.path.join(site, "search-index")))
    print(f"\n{meta['documents']} documents, {meta['gramShards']} gram shards, index {total / 2**20:.1f} MiB on disk")
    print(f"keystrokes {args.typing_ms:.0f} ms apart: worst {worst_ms:.1f} ms, median {all_ms:.1f} ms; first result after at most {worst_bytes / 2**20:.2f} MiB gzip")
    if args.json:
        json.dump({"documents": meta["documents"], "typing_ms": args.typing_ms, "rows": rows, "worst_ms": worst_ms, "median_ms": all_ms, "worst_first_result_bytes": worst_bytes}, open(args.json, "w"), indent=1)
    missing = [r["query"] for r in rows if not r["found"]]
    if missing:
        sys.exit(f"queries that found nothing: {missing}")


if __name__ == "__main__":
    main()
