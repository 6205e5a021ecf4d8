"""Browser checks of a built site: a loopback web server over the output folder and headless
Chromium (Debian's chromium and chromium-driver) driven by Selenium.

    SITE=public python3 -m pytest browser-tests
"""
import functools
import http.server
import os
import threading

import pytest
from selenium import webdriver


@pytest.fixture(scope="session")
def site_url():
    root = os.path.abspath(os.environ.get("SITE", "public"))
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()
