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


def test_a_team_view_that_is_the_team_page_drawing_lands_on_that_drawing(browser, site_url):
    """A team whose contributors have none of their own: its focused view is the drawing on
    its page, and the view's address goes there, to the drawing, in both languages."""
    with open(os.path.join(SITE, "okrs.json"), encoding="utf-8") as f:
        current = json.load(f)["current_cycle"]
    folder = os.path.join(SITE, "map", current, "teams")
    shared = sorted(team for team in os.listdir(folder)
                    if 'http-equiv="refresh"' in open(os.path.join(folder, team, "index.html"), encoding="utf-8").read())
    assert shared, "the demo has such a team"
    for language in ("", "zh/"):
        browser.get(f"{site_url}{language}map/{current}/teams/{shared[0]}/")
        WebDriverWait(browser, 10).until(lambda b: b.current_url == f"{site_url}{language}teams/{shared[0]}/#alignment")
        top = browser.execute_script("return document.getElementById('alignment').getBoundingClientRect().top")
        assert abs(top) < 50, top
        assert browser.find_elements("css selector", "#alignment svg.okr-map .map-node.focus")
