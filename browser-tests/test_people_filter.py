"""The people directory's filter: by team (sub-teams included), location and employment, with
script; without script every person stays listed."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def visible_rows(browser):
    return [row for row in browser.find_elements(By.CSS_SELECTOR, ".people-table tbody tr") if row.is_displayed()]


def test_filter_narrows_by_team_with_sub_teams_location_and_employment(browser, site_url):
    browser.get(site_url + "people/")
    form = browser.find_element(By.CSS_SELECTOR, "form.people-filter")
    assert form.is_displayed()
    everyone = len(visible_rows(browser))
    assert everyone > 30

    Select(form.find_element(By.NAME, "team")).select_by_value("growth")
    growth = visible_rows(browser)
    teams = {row.get_attribute("data-team") for row in growth}
    assert 0 < len(growth) < everyone
    assert teams <= {"growth", "marketing", "partnerships", "sales"} and len(teams) > 1, teams
    assert form.find_element(By.CSS_SELECTOR, ".people-count").text == f"{len(growth)} shown"

    Select(form.find_element(By.NAME, "team")).select_by_value("")
    Select(form.find_element(By.NAME, "employment")).select_by_value("contractor")
    contractors = visible_rows(browser)
    assert len(contractors) == 3 and all(row.get_attribute("data-employment") == "contractor" for row in contractors)

    Select(form.find_element(By.NAME, "employment")).select_by_value("")
    Select(form.find_element(By.NAME, "location")).select_by_index(1)
    location = form.find_element(By.NAME, "location").get_attribute("value")
    assert all(row.get_attribute("data-location") == location for row in visible_rows(browser))


def test_without_script_everyone_is_listed(site_url):
    import urllib.request
    html = urllib.request.urlopen(site_url + "people/").read().decode()
    assert '<form class="people-filter" hidden' in html
    assert html.count("<tr data-team=") >= 37
