"""The demo in three languages (`languages: [en, zh, ja]`), built here with the binary: the
Japanese pages pass the axe scan, say they are Japanese, and the search box folds kana, so a
name written in katakana is found typed in hiragana."""
import os
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

BINARY = os.environ.get("OKR_PORTAL_BIN", os.path.abspath(".build/debug/okr-portal"))


@pytest.fixture(scope="module")
def japanese_site(serve, tmp_path_factory):
    folder = tmp_path_factory.mktemp("japanese")
    shutil.copytree("content", folder / "content")
    portal = folder / "content" / "portal.yaml"
    portal.write_text(portal.read_text(encoding="utf-8").replace("languages: [en, zh]\n", "languages: [en, zh, ja]\n"), encoding="utf-8")
    with open(folder / "content" / "org" / "people.yaml", "a", encoding="utf-8") as people:
        people.write("- {id: yuki.sato, name: サトウ ユキ, team: partnerships, location: Tokyo, employment: full-time}\n")
    subprocess.run([BINARY, "build", "--quiet"], cwd=folder, check=True, env=dict(os.environ, SOURCE_DATE_EPOCH="1795132800"))
    return serve(str(folder / "public"))


@pytest.mark.parametrize("page", ["", "people/fang.yi/", "teams/growth/", "hints/", "dashboard/", "map/", "updates/"])
def test_japanese_pages_pass_the_axe_scan(browser, japanese_site, page):
    browser.get(japanese_site + "ja/" + page)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
    axe = Axe(browser)
    axe.inject()
    serious = [v for v in axe.run()["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, axe.report(serious)


def test_a_katakana_name_is_found_typed_in_hiragana(browser, japanese_site):
    browser.get(japanese_site + "ja/teams/")
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys("さとう")
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-results a.result-person"))
    assert "サトウ ユキ" in browser.find_element(By.CSS_SELECTOR, ".search-results a.result-person").text
    assert "検索" in browser.find_element(By.ID, "site-search-q").get_attribute("placeholder")
