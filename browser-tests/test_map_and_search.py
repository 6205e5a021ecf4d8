"""The alignment map and search in headless Chromium: the map draws the demo's objectives,
a node opens its owner's page at the objective, hovering or focusing lights its chain, arrow
keys follow alignments, zoom works; search finds a person by e-mail and an objective by a
Chinese substring. Screenshots of the map and a person page go to SCREENSHOTS (default
.build/screenshots) for a human to look at."""
import json
import os
import re

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

SITE = os.path.abspath(os.environ.get("SITE", "public"))
SCREENSHOTS = os.path.abspath(os.environ.get("SCREENSHOTS", ".build/screenshots"))


@pytest.fixture(scope="module")
def export():
    with open(os.path.join(SITE, "okrs.json"), encoding="utf-8") as f:
        return json.load(f)


def wait(browser, seconds=10):
    return WebDriverWait(browser, seconds)


def node_url(browser, node):
    """An SVG link's address resolved against the page (its href property is not a string)."""
    return browser.execute_script("return new URL(arguments[0].getAttribute('href'), location.href).href", node)


def severe_console_entries(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_map_draws_the_demos_objectives(browser, site_url, export):
    current = export["current_cycle"]
    expected = {o["url"] for o in export["objectives"] if o["cycle"] == current and not o["owner"].startswith("people/")}
    browser.get(site_url + "map/")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg.okr-map .map-node")
    hrefs = {node_url(browser, node).removeprefix(site_url) for node in nodes}
    assert expected <= hrefs, expected - hrefs
    # Drawn for real: every box has a size, and the edges are there.
    for node in nodes:
        box = node.find_element(By.CSS_SELECTOR, "use")
        assert box.size["width"] > 100 and box.size["height"] > 40
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.okr-map .map-edges path")) > len(nodes) // 2
    # Each status in the legend has its own colour: "done" is not told by the same green as
    # "on track".
    swatches = browser.execute_script(
        "return [...document.querySelectorAll('.map-legend .swatch')].map(s => getComputedStyle(s).backgroundColor)")
    assert len(swatches) >= 4 and len(set(swatches)) == len(swatches), swatches
    os.makedirs(SCREENSHOTS, exist_ok=True)
    browser.save_screenshot(os.path.join(SCREENSHOTS, "map.png"))
    assert not severe_console_entries(browser)


def test_clicking_a_node_opens_the_owners_page_at_the_objective(browser, site_url):
    browser.get(site_url + "map/")
    node = browser.find_element(By.CSS_SELECTOR, "svg.okr-map .map-node[href*='teams/']")
    target = node_url(browser, node)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", node)
    ActionChains(browser).move_to_element(node).click().perform()
    wait(browser).until(EC.url_to_be(target))
    anchor = target.split("#")[1]
    objective = browser.find_element(By.ID, anchor)
    assert "objective" in objective.get_attribute("class")
    # The browser scrolled to it.
    assert browser.execute_script("const r = arguments[0].getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight", objective)


def test_hover_and_focus_light_the_whole_chain(browser, site_url):
    browser.get(site_url + "map/")
    # A node that both serves something and is served by something has a chain both ways.
    node = browser.execute_script(
        "return [...document.querySelectorAll('svg.okr-map .map-node')].find(n => n.dataset.up && n.dataset.down)")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", node)
    ActionChains(browser).move_to_element(node).perform()
    svg = browser.find_element(By.CSS_SELECTOR, "svg.okr-map")
    assert "lit" in svg.get_attribute("class")
    lit = {n.get_attribute("data-node") for n in browser.find_elements(By.CSS_SELECTOR, "svg.okr-map .map-node.lit")}
    wanted = set(node.get_attribute("data-up").split()) | set(node.get_attribute("data-down").split()) | {node.get_attribute("data-node")}
    assert wanted <= lit
    assert browser.find_elements(By.CSS_SELECTOR, "svg.okr-map .map-edges path.lit")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseleave'))", svg)
    assert "lit" not in svg.get_attribute("class")
    # Keyboard focus does the same.
    browser.execute_script("arguments[0].focus()", node)
    assert "lit" in svg.get_attribute("class")


def test_arrow_keys_follow_the_alignment(browser, site_url):
    browser.get(site_url + "map/")
    node = browser.execute_script(
        "return [...document.querySelectorAll('svg.okr-map .map-node')].find(n => n.dataset.up && n.dataset.down)")
    browser.execute_script("arguments[0].focus()", node)
    node.send_keys(Keys.ARROW_UP)
    active = browser.switch_to.active_element
    assert active.get_attribute("data-node") == node.get_attribute("data-up").split()[0]
    active.send_keys(Keys.ARROW_DOWN)
    below = browser.switch_to.active_element
    assert below.get_attribute("data-node") in browser.execute_script("return arguments[0].dataset.down", active).split()
    below.send_keys(Keys.ARROW_RIGHT)
    beside = browser.switch_to.active_element
    if beside.get_attribute("data-node") != below.get_attribute("data-node"):
        assert beside.get_attribute("data-row") == below.get_attribute("data-row")


def test_zoom_buttons_resize_the_map(browser, site_url):
    browser.get(site_url + "map/")
    svg = browser.find_element(By.CSS_SELECTOR, "svg.okr-map")
    before = float(svg.get_attribute("width"))
    buttons = browser.find_elements(By.CSS_SELECTOR, ".map-controls button")
    assert len(buttons) == 3
    buttons[0].click()
    assert float(svg.get_attribute("width")) > before * 1.2
    buttons[1].click()
    buttons[1].click()
    assert float(svg.get_attribute("width")) < before


def test_team_focus_view_and_person_alignment_drawing(browser, site_url, export):
    current = export["current_cycle"]
    team = next(o["owner"].split("/")[1] for o in export["objectives"] if o["cycle"] == current and o["owner"].startswith("teams/"))
    browser.get(site_url + f"map/{current}/teams/{team}/")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.okr-map .map-node.focus")
    person = next(o for o in export["objectives"] if o["cycle"] == current and o["owner"].startswith("people/") and o["aligns"] and o["aligned_by"] == [])
    page, anchor = person["url"].split("#")
    browser.get(site_url + page)
    # The page's one drawing keeps an id per objective, so old "#O1-map" links still land.
    focus = browser.find_element(By.ID, anchor + "-map")
    assert "focus" in focus.get_attribute("class")
    assert node_url(browser, focus).endswith("#" + anchor)
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.okr-map")) == 1
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", browser.find_element(By.ID, "alignment"))
    browser.save_screenshot(os.path.join(SCREENSHOTS, "person.png"))
    assert not severe_console_entries(browser)


def type_into_search(browser, text):
    box = browser.find_element(By.ID, "site-search-q")
    box.clear()
    box.send_keys(text)
    return box


def test_search_finds_a_person_by_email(browser, site_url, export):
    person = next(p for p in export["people"] if p["email"])
    browser.get(site_url + "teams/")
    type_into_search(browser, person["email"][:-3])
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results a.result-person"))
    first = browser.find_element(By.CSS_SELECTOR, ".search-results a.result-person")
    assert person["name"] in first.text
    first.click()
    wait(browser).until(EC.url_to_be(site_url + person["url"]))
    assert not severe_console_entries(browser)


def test_search_finds_a_person_by_a_mention(browser, site_url, export):
    """Notes write "@li.na"; typed into the search box the "@" is no part of the id."""
    person = next(p for p in export["people"] if "." in p["id"])
    browser.get(site_url + "teams/")
    type_into_search(browser, "@" + person["id"])
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results a.result-person"))
    assert person["name"] in browser.find_element(By.CSS_SELECTOR, ".search-results a.result-person").text


def test_search_finds_a_chinese_name_by_its_pinyin(browser, site_url, export):
    """Typed without an input method: the joined syllables, or their initials with a surname."""
    person = next(p for p in export["people"] if p["name"].startswith("陈杰"))
    browser.get(site_url + "teams/")
    for query in ("chenjie", "cj"):
        type_into_search(browser, query)
        wait(browser).until(lambda b: any(person["name"] in a.text for a in b.find_elements(By.CSS_SELECTOR, ".search-results a.result-person")))


def test_search_finds_a_name_with_or_without_its_accents(browser, site_url, export):
    person = next(p for p in export["people"] if p["name"] == "Lucía Gómez")
    browser.get(site_url + "teams/")
    for query in ("lucia gomez", "LUCÍA", "gómez"):
        type_into_search(browser, query)
        wait(browser).until(lambda b: any(person["name"] in a.text for a in b.find_elements(By.CSS_SELECTOR, ".search-results a.result-person")))


def test_search_finds_an_objective_by_a_chinese_substring(browser, site_url, export):
    objective = next(o for o in export["objectives"] if len(re.findall(r"[\u4e00-\u9fff]", o["title"])) >= 5)
    chinese = "".join(re.findall(r"[\u4e00-\u9fff]+", objective["title"])[0])
    fragment = chinese[1:4] if len(chinese) >= 4 else chinese
    browser.get(site_url + "zh/people/")
    type_into_search(browser, fragment)
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results a.result-objective"))
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".search-results a.result-objective")]
    # Links stay in the page's language.
    assert site_url + "zh/" + objective["url"] in hrefs, (fragment, hrefs)


def test_search_page_lists_results_and_keys_move_through_them(browser, site_url, export):
    team = export["teams"][0]
    browser.get(site_url + "search/?q=" + team["name"][:4])
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-page-results a"))
    assert any(a.get_attribute("href") == site_url + team["url"] for a in browser.find_elements(By.CSS_SELECTOR, ".search-page-results a"))
    box = type_into_search(browser, team["name"][:4])
    wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results a"))
    box.send_keys(Keys.ARROW_DOWN)
    assert "search-result" in browser.switch_to.active_element.get_attribute("class")
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-q"
    # One character is not a query.
    type_into_search(browser, "a")
    wait(browser).until(lambda b: b.find_element(By.CSS_SELECTOR, ".search-results p").is_displayed())
    assert not severe_console_entries(browser)


def test_search_page_keeps_one_cycles_objectives(browser, site_url, export):
    """The cycle filter keeps the chosen cycle's objectives; people and teams stay."""
    by_cycle = {}
    for objective in export["objectives"]:
        by_cycle.setdefault(objective["cycle"], []).append(objective)
    # A word found in the titles of objectives of more than one cycle.
    words = {}
    for cycle, objectives in by_cycle.items():
        for objective in objectives:
            for word in re.findall(r"[A-Za-z]{5,}", objective["title"]):
                words.setdefault(word.lower(), set()).add(cycle)
    word = sorted(w for w, cycles in words.items() if len(cycles) > 1)[0]
    current = next(c["id"] for c in export["cycles"] if c["current"])
    other = sorted(cycle for cycle in words[word] if cycle != current)[0]

    def cycles_listed():
        wait(browser).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-page-results a.result-objective"))
        links = [a.get_attribute("href")[len(site_url):] for a in browser.find_elements(By.CSS_SELECTOR, ".search-page-results a.result-objective")]
        return {next((c for c in by_cycle if f"/{c}/" in link), current) for link in links}

    browser.get(site_url + "search/?q=" + word)
    assert len(cycles_listed()) > 1
    browser.get(site_url + f"search/?q={word}&cycle={other}")
    assert browser.find_element(By.CSS_SELECTOR, "select[name=cycle]").get_attribute("value") == other
    assert cycles_listed() == {other}
    assert not severe_console_entries(browser)
