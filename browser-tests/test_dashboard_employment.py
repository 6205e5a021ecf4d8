"""The dashboard by kind of employment: a selector shows everyone's figures or one kind's;
without script every section shows, everyone's first."""
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def shown_parts(browser):
    return [part.get_attribute("data-employment-part") for part in browser.find_elements(By.CSS_SELECTOR, "[data-employment-part]") if part.is_displayed()]


def test_selector_switches_between_everyone_and_one_kind(browser, site_url):
    browser.get(site_url + "dashboard/")
    form = browser.find_element(By.CSS_SELECTOR, "form.employment-switch")
    assert form.is_displayed()
    assert set(shown_parts(browser)) == {""}, "everyone's figures, and only those, at first"

    Select(form.find_element(By.NAME, "employment")).select_by_value("contractor")
    assert set(shown_parts(browser)) == {"contractor"}
    section = browser.find_element(By.ID, "employment-contractor")
    figures = section.find_element(By.CSS_SELECTOR, ".figures").text
    assert "People with OKRs" in figures and "2 / 3" in figures, figures
    # The team table is everyone's: it goes with everyone's figures.
    assert not browser.find_element(By.CSS_SELECTOR, "section.coverage").is_displayed()

    Select(form.find_element(By.NAME, "employment")).select_by_value("")
    assert set(shown_parts(browser)) == {""}


def test_without_script_every_section_shows(site_url):
    html = urllib.request.urlopen(site_url + "dashboard/").read().decode()
    assert '<form class="employment-switch" hidden>' in html
    assert html.index('class="headline"') < html.index('id="employment-full-time"') < html.index('id="employment-contractor"')


def test_the_spreads_leave_no_hole_below_a_short_table(browser, viewport, site_url):
    """At 1400 px the tables of how objectives spread sit in columns: each one not at the top
    starts right below the table above it, not below the tallest table of a grid row."""
    viewport(1400)
    browser.get(site_url + "dashboard/")
    boxes = browser.execute_script("""
        return [...document.querySelectorAll('section.distributions .distribution')].map(t => {
            const r = t.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
        });""")
    assert len(boxes) >= 4
    for box in boxes:
        above = [other for other in boxes if other["bottom"] <= box["top"] and other["left"] < box["right"] and box["left"] < other["right"]]
        if above:
            gap = box["top"] - max(other["bottom"] for other in above)
            assert gap < 40, (box, gap)


def test_an_office_screen_reloads_the_page_it_shows(browser, site_url):
    """?refresh=N reloads a page every N seconds (60 at least), for a dashboard on a wall;
    without it nothing is scheduled."""
    recorder = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        window.__delays = [];
        const schedule = window.setTimeout;
        window.setTimeout = function (callback, delay) { window.__delays.push(delay); return schedule.apply(this, arguments); };
    """})
    try:
        delays = {}
        for query in ("?refresh=300", "?refresh=5", ""):
            browser.get(site_url + "dashboard/" + query)
            delays[query] = [d for d in browser.execute_script("return window.__delays") if d and d >= 60000]
        assert delays == {"?refresh=300": [300000], "?refresh=5": [60000], "": []}, delays
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": recorder["identifier"]})
