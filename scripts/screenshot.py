#!/usr/bin/env python3
"""Screenshots of a built site's pages in headless Chromium, whole page height, for a person
to look at before calling a page done.

    python3 scripts/screenshot.py public OUT_DIR people/liu.yang/ map/ --widths 1400 390
"""
import argparse
import functools
import http.server
import os
import threading

from selenium import webdriver


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("pages", nargs="+", help="paths relative to the site root")
    parser.add_argument("--widths", type=int, nargs="+", default=[1400, 390])
    parser.add_argument("--max-height", type=int, default=6000)
    args = parser.parse_args()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=os.path.abspath(args.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    os.makedirs(args.out, exist_ok=True)
    try:
        for width in args.widths:
            for page in args.pages:
                driver.set_window_size(width, 900)
                driver.get(base + page)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                scroll_width = driver.execute_script("return document.documentElement.scrollWidth")
                # The window's size counts the browser's own bars; the page gets what is left.
                chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
                driver.set_window_size(width, min(height, args.max_height) + chrome)
                name = (page.strip("/").replace("/", "_") or "index") + f"-{width}.png"
                driver.save_screenshot(os.path.join(args.out, name))
                print(f"{name}: {scroll_width} x {height} px")
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main()
