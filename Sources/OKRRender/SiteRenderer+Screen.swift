import OKRModel
import OKRSupport

// The office screen (`/tv/`): a wall display in an office shows the company's current cycle,
// the way the home page does but on one screen, without navigation, in type sized to the
// screen's width, and reloading itself so each new build reaches it without anyone touching
// the display. Like every page it needs no login and no script.

extension SiteRenderer {
    /// Ten minutes: the portal changes when CI rebuilds it, a few times a day, so a reload
    /// this often shows a build soon after it lands and costs a static host nothing.
    static let screenRefreshSeconds = 600

    func screenPage(views: ViewBuilder) -> (String, ScreenPage) {
        let cycle = index.currentCycle
        let objectives = cycle.flatMap { index.set($0.id, .company) }.map { set in
            set.objectives.map { views.objective($0, in: set) }
        } ?? []
        let note = Placeholders.fill(views.t("screen_reloads"), [
            "date": index.buildDate.description, "minutes": String(Self.screenRefreshSeconds / 60),
        ])
        let page = ScreenPage(
            company: companyInfo(), cycle: cycle.map(views.cycleView), figures: cycle.map { figures(for: $0) },
            weekCheckIns: Format.number(Double(cycle.flatMap { weeks[$0.id] }?.checkInCount ?? 0)),
            objectives: objectives, refreshSeconds: Self.screenRefreshSeconds, refreshNote: note)
        return ([views.t("screen_title"), cycle?.name].compactMap { $0 }.joined(separator: " · "), page)
    }
}
