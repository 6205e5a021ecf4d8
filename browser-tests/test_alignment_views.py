"""The alignment views as a reader meets them, on the demo (SITE) and on generated companies
(GENERATED_SITES, built folders separated by spaces): the overview draws and links every
objective of the cycle, its first view shows the company's row whole with readable text, no
arrow runs through a box it does not connect on any drawing, a person with three objectives
fits in about two screens, the tree's filter narrows it, and no page scrolls sideways on a
phone. Screenshots go to SCREENSHOTS for a person to look at."""
import json
import os
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from selenium.webdriver.common.by import By

SITE = os.path.abspath(os.environ.get("SITE", "public"))
GENERATED = [os.path.abspath(p) for p in os.environ.get("GENERATED_SITES", "").split()]
SITES = [SITE] + GENERATED
SCREENSHOTS = os.path.abspath(os.environ.get("SCREENSHOTS", ".build/screenshots"))


def site_id(root):
    return "demo" if root == SITE else os.path.basename(os.path.dirname(root)) or root


def export(root):
    with open(os.path.join(root, "okrs.json"), encoding="utf-8") as f:
        return json.load(f)


def current_objectives(data):
    return [o for o in data["objectives"] if o["cycle"] == data["current_cycle"]]


class Links(HTMLParser):
    """The links of a page's drawing and of its tree, as the HTML holds them (no script)."""
    def __init__(self):
        super().__init__()
        self.node_links, self.tree_links, self.in_tree = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "map-node" in (attrs.get("class") or ""):
            self.node_links.append(attrs["href"])
        if tag == "section" and "alignment-tree" in (attrs.get("class") or ""):
            self.in_tree += 1
        elif tag == "a" and self.in_tree:
            self.tree_links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "section" and self.in_tree:
            self.in_tree -= 1


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_overview_draws_and_lists_every_objective_without_script(root):
    data = export(root)
    objectives = current_objectives(data)
    wanted = {o["url"] for o in objectives}
    links = Links()
    with open(os.path.join(root, "map", "index.html"), encoding="utf-8") as f:
        page = f.read()
    links.feed(page)
    base = "https://site/map/"
    drawn = {urljoin(base, href).removeprefix("https://site/") for href in links.node_links}
    listed = {urljoin(base, href).removeprefix("https://site/") for href in links.tree_links}
    assert wanted <= listed, sorted(wanted - listed)[:5]
    if len(wanted) <= 400:
        assert wanted <= drawn, sorted(wanted - drawn)[:5]
        assert 'class="map-omitted"' not in page
    else:
        # Whole levels from the top, and a note naming what is not drawn.
        above_people = {o["url"] for o in objectives if not o["owner"].startswith("people/")}
        assert above_people <= drawn and len(drawn & wanted) <= 400
        assert "objectives of people" in page and 'class="map-omitted"' in page


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_first_view_shows_the_whole_company_row_with_readable_text(browser, viewport, serve, root):
    viewport(1400)
    browser.get(serve(root) + "map/")
    state = browser.execute_script("""
        const viewport = document.querySelector('.map-viewport');
        const svg = viewport.querySelector('svg.okr-map');
        const frame = viewport.getBoundingClientRect();
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const cut = [...svg.querySelectorAll('.map-node[data-row="0"]')].filter(node => {
            const box = node.querySelector('use').getBoundingClientRect();
            return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5;
        }).length;
        const smallest = Math.min(...[...svg.querySelectorAll('text')].slice(0, 50).map(t => parseFloat(getComputedStyle(t).fontSize)));
        return {cut, text: smallest * scale, rowZero: svg.querySelectorAll('.map-node[data-row="0"]').length};
    """)
    assert state["rowZero"] > 0
    assert state["cut"] == 0, state
    assert state["text"] >= 10, state
    # "Fit" never shrinks the text below that either.
    browser.find_elements(By.CSS_SELECTOR, ".map-controls button")[2].click()
    scale = browser.execute_script("const svg = document.querySelector('svg.okr-map'); return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width")
    assert 11 * scale >= 10 - 1e-6
    os.makedirs(SCREENSHOTS, exist_ok=True)
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"map-first-view-{site_id(root)}.png"))


# Samples each arrow every few pixels along its length and looks for a point inside a box
# other than the two it connects (boxes are groups moved into place by a translate).
ARROWS_THROUGH_BOXES = """
const found = [];
for (const svg of document.querySelectorAll('svg.okr-map')) {
    const boxes = {};
    for (const node of svg.querySelectorAll('.map-node')) {
        const m = node.transform.baseVal.consolidate().matrix;
        const box = node.querySelector('use').getBBox();
        boxes[node.dataset.node] = {x: m.e + box.x, y: m.f + box.y, w: box.width, h: box.height};
    }
    for (const edge of svg.querySelectorAll('.map-edges path')) {
        const length = edge.getTotalLength();
        for (let at = 0; at <= length; at += 3) {
            const p = edge.getPointAtLength(at);
            for (const [id, b] of Object.entries(boxes)) {
                if (id === edge.dataset.from || id === edge.dataset.to) continue;
                if (p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1) {
                    found.push(`${location.pathname}: ${edge.dataset.from}->${edge.dataset.to} through ${id}`);
                    at = length + 1;
                    break;
                }
            }
        }
    }
}
return found;
"""


def drawing_pages(data):
    """Every kind of page that draws: the overview, a team's focused view, the home page,
    the company's page, and the pages of owners whose objectives are linked."""
    current = data["current_cycle"]
    objectives = current_objectives(data)
    teams = sorted({o["owner"].split("/")[1] for o in objectives if o["owner"].startswith("teams/")})
    people = sorted({o["owner"].split("/")[1] for o in objectives if o["owner"].startswith("people/") and o["aligns"]})
    return ["", "map/", "company/"] + [f"map/{current}/teams/{t}/" for t in teams[:6]] + [f"teams/{t}/" for t in teams[:6]] + [f"people/{p}/" for p in people[:8]]


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_no_arrow_runs_through_a_box_it_does_not_connect(browser, viewport, serve, root):
    viewport(1400)
    base = serve(root)
    checked = 0
    for page in drawing_pages(export(root)):
        browser.get(base + page)
        assert browser.execute_script(ARROWS_THROUGH_BOXES) == []
        checked += len(browser.find_elements(By.CSS_SELECTOR, ".map-edges path"))
    assert checked > 20


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_a_person_with_three_objectives_fits_in_about_two_screens(browser, viewport, serve, root):
    data = export(root)
    counts = {}
    for o in current_objectives(data):
        if o["owner"].startswith("people/"):
            counts[o["owner"]] = counts.get(o["owner"], 0) + 1
    three = sorted(owner for owner, count in counts.items() if count == 3)
    if not three:
        pytest.skip("nobody has exactly three objectives in this cycle")
    viewport(1400)
    for owner in three[:5]:
        browser.get(serve(root) + owner + "/")
        height = browser.execute_script("return document.documentElement.scrollHeight")
        assert height <= 2200, (owner, height)
        assert len(browser.find_elements(By.CSS_SELECTOR, "svg.okr-map")) <= 1
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"person-three-objectives-{site_id(root)}.png"))


# On an owner page's drawing as it first shows: the owner's boxes out of view, and the boxes
# in view sideways that the frame's top or bottom edge cuts (one wholly outside is not cut).
OWNER_DRAWING_FIRST_VIEW = """
const viewport = document.querySelector('.owner-map .map-viewport');
const frame = viewport.getBoundingClientRect();
const inner = {top: frame.top + viewport.clientTop, bottom: frame.top + viewport.clientTop + viewport.clientHeight};
const buttons = viewport.querySelector('.map-controls').getBoundingClientRect();
const cut = [], focusHidden = [], underButtons = [];
let focusWhole = 0;
for (const node of viewport.querySelectorAll('.map-node')) {
    const box = node.querySelector('use').getBoundingClientRect();
    if (node.classList.contains('focus') && box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5) focusWhole += 1;
    if (box.right <= frame.left || box.left >= frame.right) continue;  // out of view sideways
    const inside = box.bottom > inner.top + 1 && box.top < inner.bottom - 1;
    if (inside && (box.top < inner.top - 1 || box.bottom > inner.bottom + 1)) cut.push(node.getAttribute('href'));
    if (node.classList.contains('focus') && !inside) focusHidden.push(node.getAttribute('href'));
    if (box.left < buttons.right && box.right > buttons.left && box.top < buttons.bottom && box.bottom > buttons.top) underButtons.push(node.getAttribute('href'));
}
return {cut, focusHidden, underButtons, focusWhole, tall: viewport.scrollHeight > viewport.clientHeight};
"""


def owner_pages(root, data, count):
    """Team pages first (their drawings have contributors below), then people, with objectives."""
    owners = sorted({o["owner"] for o in current_objectives(data)}, key=lambda o: (not o.startswith("teams/"), o))
    return [owner + "/" for owner in owners if owner != "company"][:count]


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_an_owner_drawing_starts_on_whole_rows_around_the_owner(browser, viewport, serve, root):
    """The first view of an owner's drawing shows the owner's objectives with what they
    serve above and their contributors below, no box cut by the frame's top or bottom,
    none under the zoom buttons, and at least one of the owner's boxes whole sideways."""
    data = export(root)
    pages = owner_pages(root, data, 12)
    if root == SITE:
        pages = ["teams/sales/", "people/liu.yang/"] + pages
    tall = 0
    for width, height in ((1400, 900), (390, 844)):
        viewport(width, height, mobile=width < 500)
        for page in pages:
            browser.get(serve(root) + page)
            if not browser.find_elements(By.CSS_SELECTOR, ".owner-map .map-viewport"):
                continue
            state = browser.execute_script(OWNER_DRAWING_FIRST_VIEW)
            tall += state["tall"]
            assert state["focusHidden"] == [], (page, width, state)
            assert state["cut"] == [], (page, width, state)
            # The zoom buttons stay over the frame's top corner: no box starts under them.
            assert state["underButtons"] == [], (page, width, state)
            # At least one of the owner's boxes shows whole sideways, even on a phone.
            assert state["focusWhole"] > 0, (page, width, state)
    assert tall > 0, "no drawing was taller than its frame, so nothing was tested"


# The dates shown on a page that take more than one line box.
BROKEN_DATES = """
const broken = [];
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility()) continue;  // a closed <details> has no lines
    for (const match of node.data.matchAll(/\\d{4}-\\d{2}-\\d{2}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (range.getClientRects().length > 1) broken.push(match[0]);
    }
}
return broken;
"""
PHONE_PAGES = ["", "company/", "people/", "teams/", "cycles/", "dashboard/", "map/", "hints/", "search/?q=sales"]


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_no_page_scrolls_sideways_on_a_phone(browser, viewport, serve, root):
    data = export(root)
    objectives = current_objectives(data)
    owners = [next(o["owner"] for o in objectives if o["owner"].startswith(kind)) + "/" for kind in ("teams/", "people/")]
    viewport(390, 844, mobile=True)
    base = serve(root)
    # A person whose check-ins carry notes: the widest check-in table there is.
    noted = next((f"people/{name}/" for name in sorted(os.listdir(os.path.join(root, "people")))
                  if os.path.isfile(os.path.join(root, "people", name, "index.html"))
                  and "<th>Note" in open(os.path.join(root, "people", name, "index.html"), encoding="utf-8").read()), None)
    # Managers: their reports with progress and the date of each one's last check-in.
    managers = [f"zh/people/{name}/" for name in sorted(os.listdir(os.path.join(root, "people")))
                if os.path.isfile(os.path.join(root, "people", name, "index.html"))
                and 'class="reports"' in open(os.path.join(root, "people", name, "index.html"), encoding="utf-8").read()][:10]
    for page in PHONE_PAGES + owners + ["zh/" + owners[1]] + ([noted] if noted else []) + managers:
        browser.get(base + page)
        width = browser.execute_script("return document.documentElement.scrollWidth")
        header = browser.execute_script("return document.querySelector('.site-header').getBoundingClientRect().height")
        assert width <= 390, (page, width)
        assert header <= 120, (page, header)
        # A list of people shows each one's progress without scrolling (the figure, not the
        # bar), the dashboard's spreads every share and /cycles/ every column; only wide
        # tables scroll.
        widths = browser.execute_script(
            "return [...document.querySelectorAll('.people-table, .distribution, .cycles-table')].map(t => [t.className, t.scrollWidth, t.clientWidth])")
        assert all(scroll <= client + 1 for _, scroll, client in widths), (page, "a table scrolls sideways", widths)
        # A date keeps whole on one line ("2026-" over "10-01" reads as two dates), folded
        # check-in histories opened too; a history with notes fits the screen (each note on
        # the line below its check-in).
        browser.execute_script("document.querySelectorAll('main details').forEach(d => { d.open = true; })")
        histories = browser.execute_script(
            "return [...document.querySelectorAll('.checkins table')].map(t => [t.closest('li').id, t.scrollWidth, t.clientWidth])")
        assert all(scroll <= client + 1 for _, scroll, client in histories), (page, "a check-in history scrolls sideways", histories)
        broken = browser.execute_script(BROKEN_DATES)
        assert not broken, (page, "a date breaks at its hyphen", broken)
    browser.get(base + "map/")
    scale = browser.execute_script("const svg = document.querySelector('svg.okr-map'); return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width")
    assert 11 * scale >= 10 - 1e-6
    browser.get(base + owners[1])
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"person-phone-{site_id(root)}.png"))


def test_the_tree_filter_narrows_to_a_team_with_its_sub_teams_and_to_a_person(browser, viewport, site_url):
    viewport(1400)
    browser.get(site_url + "map/")
    box = browser.find_element(By.ID, "tree-filter")
    assert box.is_displayed()
    team = browser.execute_script("""
        const option = [...document.querySelectorAll('#tree-teams option')].find(o => o.dataset.parent === '');
        return {name: option.value, id: option.dataset.team};
    """)
    box.send_keys(team["name"])
    shown = browser.execute_script("""
        const parents = {};
        document.querySelectorAll('#tree-teams option').forEach(o => parents[o.dataset.team] = o.dataset.parent);
        const inTeam = (t, root) => { while (t) { if (t === root) return true; t = parents[t]; } return false; };
        const items = [...document.querySelectorAll('.alignment-tree li[data-team]')];
        return {
            matched: items.filter(li => li.classList.contains('match')).length,
            wrong: items.filter(li => li.classList.contains('match') && !inTeam(li.dataset.team, arguments[0])).length,
            missed: items.filter(li => !li.classList.contains('match') && inTeam(li.dataset.team, arguments[0])).length,
            visibleOutside: items.filter(li => li.offsetParent !== null && !li.classList.contains('match') && !li.classList.contains('context')).length,
        };
    """, team["id"])
    assert shown["matched"] > 0 and shown["wrong"] == 0 and shown["missed"] == 0 and shown["visibleOutside"] == 0, shown
    count = browser.find_element(By.CSS_SELECTOR, ".tree-count").text
    assert str(shown["matched"]) in count
    # A person's name keeps their objectives and what those serve.
    person = browser.execute_script("return document.querySelector('.alignment-tree li[data-team] li[data-team] .owner-name').textContent")
    box.clear()
    box.send_keys(person)
    matched = browser.find_elements(By.CSS_SELECTOR, ".alignment-tree li.match")
    assert matched and all(person in m.find_element(By.CSS_SELECTOR, ".owner-name").text for m in matched)
    browser.save_screenshot(os.path.join(SCREENSHOTS, "tree-filtered.png"))
    box.clear()
    box.send_keys(" ")
    box.clear()


def test_the_team_tree_puts_progress_in_one_column(browser, viewport, site_url):
    """At 1400 px every team's progress bar on /teams/ starts at the same x, whatever its
    depth and name, so the bars can be compared at a glance."""
    viewport(1400)
    browser.get(site_url + "teams/")
    lefts = browser.execute_script(
        "return [...document.querySelectorAll('.team-tree progress')].map(p => Math.round(p.getBoundingClientRect().left))")
    assert len(lefts) >= 3 and len(set(lefts)) == 1, lefts


def test_the_cycle_tables_read_as_one(browser, viewport, site_url):
    """/cycles/ puts the current and the archived cycles in two tables with the same columns
    at 1400 px; on a phone a date never breaks at its own hyphens."""
    viewport(1400)
    browser.get(site_url + "cycles/")
    columns = browser.execute_script(
        "return [...document.querySelectorAll('.cycles-table')].map(t => [...t.rows[0].cells].map(c => Math.round(c.getBoundingClientRect().left)))")
    assert len(columns) >= 2 and all(c == columns[0] for c in columns), columns
    viewport(390, 844, mobile=True)
    browser.get(site_url + "cycles/")
    broken = browser.execute_script(
        "return [...document.querySelectorAll('.cycles-table .date')].filter(d => d.getClientRects().length > 1).map(d => d.textContent)")
    assert not broken, broken


@pytest.mark.parametrize("root", SITES, ids=site_id)
def test_team_tables_indent_sub_teams(browser, viewport, serve, root):
    """The dashboard's, the week's and the findings' team tables show the tree: a sub-team's
    name starts right of its parent's (an indentation class on a row, not a cell, did nothing)."""
    viewport(1400)
    base = serve(root)
    checked = []
    for page in ("dashboard/", "updates/", "hints/"):
        browser.get(base + page)
        lefts = browser.execute_script("""
            return [...document.querySelectorAll('table .depth-0, table .depth-1')].map(e => [
                e.className.match(/depth-(\\d)/)[1], e.closest('tr').querySelector('a').getBoundingClientRect().left]);
        """)
        top = [left for depth, left in lefts if depth == "0"]
        sub = [left for depth, left in lefts if depth == "1"]
        if top and sub:
            checked.append(page)
            assert min(sub) > max(top) + 8, (page, "sub-teams are not indented", max(top), min(sub))
    assert "dashboard/" in checked and "updates/" in checked, checked
