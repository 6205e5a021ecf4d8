#!/usr/bin/env python3
"""Checks a built site's shape at any size: no HTML page is larger than the limit, every
redirect page leads to an existing page that is not itself a redirect (and holds the anchor
the redirect names, if any), and every objective's
address in okrs.json (and the current cycle's own address of its page, which redirects)
reaches a page holding the objective's anchor. Pages and feeds carry no indentation and no
empty lines (outside `<pre>` and `<textarea>`): every byte of a page is multiplied by the
company.

    python3 scripts/check-site.py public [--max-page-bytes 1000000] [--max-total-bytes N]

`--max-total-bytes` holds a seeded generated company to a byte budget, so a change that
makes every owner page bigger fails where it is made rather than at a company's host.

Prints the largest pages and the totals; exits 1 when a check fails.
"""
import argparse
import json
import os
import re
import sys

CANONICAL = re.compile(rb'<link rel="canonical" href="([^"]*)">')
REFRESH = re.compile(rb'<meta http-equiv="refresh" content="0; url=([^"]*)">')
PREFORMATTED = re.compile(rb'<(pre|textarea)\b.*?</\1>', re.S)
# A line that is empty or only whitespace, or that starts with whitespace.
LOOSE_LINE = re.compile(rb'^(?:[ \t]*$|[ \t]+\S)', re.M)


def page_file(root, path):
    """The file a site-relative address (ending in "/") is served from."""
    return os.path.join(root, path, "index.html") if path.endswith("/") or path == "" else os.path.join(root, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("--max-page-bytes", type=int, default=1_000_000)
    parser.add_argument("--max-total-bytes", type=int, help="fail when the whole site is larger")
    args = parser.parse_args()
    root = os.path.abspath(args.site)
    problems = []
    pages, total, redirects, anchored = [], 0, {}, {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            size = os.path.getsize(path)
            total += size
            is_feed = name.endswith(".xml")
            if not is_feed and not name.endswith(".html"):
                continue
            with open(path, "rb") as f:
                head = f.read()
            # Feeds hold no <pre>; in a page, preformatted text keeps its own lines.
            text = head.rstrip(b"\n") if is_feed else PREFORMATTED.sub(b"", head.rstrip(b"\n"))
            loose = LOOSE_LINE.search(text)
            if loose:
                problems.append(f"{os.path.relpath(path, root)}: indentation or an empty line at {loose.group(0)[:40]!r}")
            if is_feed:
                continue
            pages.append((size, os.path.relpath(path, root)))
            if size > args.max_page_bytes:
                problems.append(f"{os.path.relpath(path, root)}: {size:,} bytes, over {args.max_page_bytes:,}")
            if size < 4096:
                canonical, refresh = CANONICAL.search(head), REFRESH.search(head)
                if canonical and refresh:
                    address, _, anchor = canonical.group(1).decode().partition("#")
                    target = os.path.normpath(os.path.join(folder, address, "index.html"))
                    redirects[os.path.relpath(path, root)] = os.path.relpath(target, root)
                    if anchor:
                        anchored[os.path.relpath(path, root)] = anchor
                    if refresh.group(1) != canonical.group(1):
                        problems.append(f"{os.path.relpath(path, root)}: refresh and canonical disagree")
    for source, target in redirects.items():
        if not os.path.isfile(os.path.join(root, target)):
            problems.append(f"{source}: redirects to {target}, which does not exist")
        elif target in redirects:
            problems.append(f"{source}: redirects to {target}, another redirect")

    anchors = {}
    def has_anchor(relative, anchor):
        if relative not in anchors:
            try:
                with open(os.path.join(root, relative), "rb") as f:
                    anchors[relative] = set(re.findall(rb' id="([^"]+)"', f.read()))
            except OSError:
                anchors[relative] = None
        return anchors[relative] is not None and anchor.encode() in anchors[relative]

    # A redirect that names a place on its target (a team's focused view leads to the
    # drawing on the team's page) must find it there.
    for source, anchor in anchored.items():
        if os.path.isfile(os.path.join(root, redirects[source])) and not has_anchor(redirects[source], anchor):
            problems.append(f"{source}: redirects to {redirects[source]}#{anchor}, which has no such anchor")

    with open(os.path.join(root, "okrs.json"), encoding="utf-8") as f:
        export = json.load(f)
    checked = 0
    for objective in export["objectives"]:
        address, anchor = objective["url"].split("#")
        shown = os.path.relpath(page_file(root, address), root)
        if not has_anchor(shown, anchor):
            problems.append(f"{objective['ref']}: {objective['url']} has no #{anchor}")
        cycle_page = os.path.normpath(os.path.join(address, objective["cycle"], "index.html"))
        if not address.endswith(objective["cycle"] + "/") and redirects.get(cycle_page) != shown:
            problems.append(f"{objective['ref']}: {cycle_page} does not redirect to {shown}")
        checked += 1

    if args.max_total_bytes is not None and total > args.max_total_bytes:
        problems.append(f"the site is {total:,} bytes, over the budget of {args.max_total_bytes:,}")

    pages.sort(reverse=True)
    print(f"{len(pages):,} HTML pages ({len(redirects):,} of them redirects), {total:,} bytes in all")
    for size, path in pages[:5]:
        print(f"  {size:>12,}  {path}")
    print(f"{checked:,} objective addresses checked")
    for problem in problems[:50]:
        print("problem:", problem)
    print(f"{1 if not problems else 0} passed, {1 if problems else 0} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
