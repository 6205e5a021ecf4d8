"""axe-core (shipped by the PyPI package selenium-axe-python) on every kind of page of the
demo, in both languages: no serious or critical violations."""
import time

import pytest
from selenium_axe_python import Axe

PAGES = [
    "", "company/", "company/2026-Q3/", "teams/", "teams/customer-success/", "teams/sales/2026-Q3/",
    "people/", "people/fang.yi/", "people/wu.jun/2026-Q3/", "cycles/", "hints/", "dashboard/", "dashboard/2026-Q3/",
    "map/", "map/2026-Q3/", "map/2026-Q4/teams/sales/", "search/?q=sales", "people/aisha/",
    "updates/", "updates/2026-Q4/teams/growth/", "tv/", "tv/teams/sales/",
    # Without OKRs this cycle: the objectives to align to.
    "people/emma/",
    # Owns a key result of a team's OKRs.
    "people/ines/",
]


@pytest.mark.parametrize("language", ["", "zh/"])
@pytest.mark.parametrize("page", PAGES)
def test_no_serious_accessibility_violations(browser, site_url, language, page):
    browser.get(site_url + language + page)
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, axe.report(serious)


def test_console_stays_clean(browser, site_url):
    for page in ("", "people/fang.yi/", "hints/", "map/", "search/?q=ana"):
        browser.get(site_url + page)
        errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert not errors, errors


CSP_PAGES = PAGES + ["zh/", "zh/map/", "people/fang.yi/2026-Q4/#O1", "404.html"]


def test_every_page_kind_keeps_its_content_security_policy(browser, site_url):
    """Each page declares the policy, and nothing on it (scripts, styles, the drawing, the
    search box, a redirect page) asks for what the policy refuses."""
    browser.get_log("browser")
    for page in CSP_PAGES:
        browser.get(site_url + page)
        if page.startswith("search/"):
            time.sleep(0.5)  # the results come from fetched index files
        policy = browser.execute_script(
            "var m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m && m.content;")
        assert policy and "script-src 'self'" in policy and "object-src 'none'" in policy, page
        refused = [entry for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
        assert not refused, (page, refused)


DARK_PAGES = ["", "tv/", "people/fang.yi/", "people/liu.yang/", "teams/customer-success/", "hints/", "dashboard/", "map/", "cycles/", "zh/people/fang.yi/"]


@pytest.mark.parametrize("page", DARK_PAGES)
def test_dark_mode_keeps_contrast(browser, site_url, page):
    """The same axe scan with the reader's system in dark mode: the theme switches its
    colours (prefers-color-scheme), and contrast must hold there too."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        browser.get(site_url + page)
        background = browser.execute_script("return getComputedStyle(document.documentElement).backgroundColor")
        assert background == "rgb(20, 23, 28)", background
        axe = Axe(browser)
        axe.inject()
        serious = [v for v in axe.run()["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, axe.report(serious)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
