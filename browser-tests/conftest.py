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


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def serve():
    """Serves a folder on loopback and returns its address; one server per folder."""
    servers = {}

    def start(root):
        root = os.path.abspath(root)
        if root not in servers:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[root] = server
        return f"http://127.0.0.1:{servers[root].server_address[1]}/"

    yield start
    for server in servers.values():
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(serve):
    return serve(os.environ.get("SITE", "public"))


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


@pytest.fixture
def viewport(browser):
    """Sets an exact viewport for one test (the window's own size includes its frame):
    `viewport(1400)`, `viewport(390, 844, mobile=True)`; the browser's own size comes back
    after the test."""
    def set_viewport(width, height=1000, mobile=False):
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    yield set_viewport
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
