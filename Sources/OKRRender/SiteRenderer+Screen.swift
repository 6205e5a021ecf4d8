import OKRModel
import OKRSupport

// The office screens (`/tv/`, and `/tv/teams/<id>/` for the teams portal.yaml names): a wall
// display shows the company's (or a team's) current cycle the way the home page does, but on
// one screen, without navigation, in type sized to the screen's width. Like every page it
// needs no login; the theme's script reloads it so each new build reaches the display, and
// pages through what does not fit. Without script it still shows, as it was built.

extension SiteRenderer {
    /// Ten minutes: the portal changes when CI rebuilds it, a few times a day, so a reload
    /// this often shows a build soon after it lands and costs a static host nothing.
    static let screenRefreshSeconds = 600

    /// The company's screen (nil team) or a team's, as `portal.yaml`'s `screens:` asks: the
    /// team's own objectives and its figures with its sub-teams and people counted in.
    func screenPage(team: String?, views: ViewBuilder) -> (String, ScreenPage) {
        let cycle = index.currentCycle
        let owner = team.map(Owner.team) ?? .company
        let objectives = cycle.flatMap { index.set($0.id, owner) }.map { set in
            set.objectives.map { views.objective($0, in: set) }
        } ?? []
        let note = Placeholders.fill(views.t("screen_reloads"), [
            "date": index.buildDate.description, "minutes": String(Self.screenRefreshSeconds / 60),
        ])
        let week = cycle.flatMap { weeks[$0.id] }
        let checkIns = team.map { week?.entryTotals[$0] ?? 0 } ?? week?.checkInCount ?? 0
        let page = ScreenPage(
            title: index.ownerName(owner), cycle: cycle.map(views.cycleView),
            figures: cycle.map { figures(for: $0, of: owner) },
            progressLabel: views.t(team == nil ? "company_progress" : "team_progress"),
            weekCheckIns: Format.number(Double(checkIns)),
            objectives: objectives, refreshSeconds: Self.screenRefreshSeconds, refreshNote: note)
        let name = team.map { index.ownerName(.team($0)) }
        return ([views.t("screen_title"), name, cycle?.name].compactMap { $0 }.joined(separator: " · "), page)
    }
}
