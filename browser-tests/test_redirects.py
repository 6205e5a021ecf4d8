"""One copy of each page: the current cycle's own address of an owner's page (and of the map
and the dashboard) sends the browser on to the page without the cycle, keeping the
#fragment, so old links to an objective still land on it."""
import json
import os

from selenium.webdriver.support.ui import WebDriverWait

SITE = os.path.abspath(os.environ.get("SITE", "public"))


def test_a_cycle_address_lands_on_the_canonical_page_at_the_objective(browser, site_url):
    with open(os.path.join(SITE, "okrs.json"), encoding="utf-8") as f:
        export = json.load(f)
    current = export["current_cycle"]
    objective = next(o for o in export["objectives"] if o["cycle"] == current and o["owner"].startswith("people/") and o["id"] != "O1")
    page, anchor = objective["url"].split("#")
    assert not page.endswith(current + "/"), "links use the address without the cycle"
    for language in ("", "zh/"):
        browser.get(f"{site_url}{language}{page}{current}/#{anchor}")
        WebDriverWait(browser, 10).until(lambda b: b.current_url == f"{site_url}{language}{page}#{anchor}")
        assert browser.execute_script("return document.getElementById(arguments[0]).getBoundingClientRect().top", anchor) < 200
    for section in ("map", "dashboard"):
        browser.get(f"{site_url}{section}/{current}/")
        WebDriverWait(browser, 10).until(lambda b: b.current_url == f"{site_url}{section}/")
