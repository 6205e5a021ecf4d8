import OKRHints
import OKRModel

extension SiteRenderer {
    static func teamHintsPath(_ team: String) -> String { "hints/teams/\(team)/" }

    /// Teams that have a page of findings: those with findings in their subtree.
    func teamsWithHintPages() -> [String] {
        index.findingSubtreeTotals.keys.sorted()
    }

    func hintsPage(views: ViewBuilder) -> HintsPage {
        let language = views.language
        let active = index.findings.filter { !$0.silenced }
        let counts = Dictionary(grouping: active, by: \.rule.id).mapValues(\.count)
        let rules = HintRule.all.filter { !index.content.config.hints.disabled.contains($0.id) }.map { rule in
            let rationale = rule.rationale.text(for: language), bad = rule.bad.text(for: language), good = rule.good.text(for: language)
            return RuleGuide(
                id: rule.id, title: rule.title.text(for: language), rationale: rationale, bad: bad, good: good,
                rationaleHTML: ProseHTML.bytes(rationale), badHTML: ProseHTML.bytes(bad), goodHTML: ProseHTML.bytes(good),
                findingCount: counts[rule.id] ?? 0, hasRuleFindings: counts[rule.id] != nil)
        }
        let byTeam = index.activeFindingsByTeam
        let totals = index.findingSubtreeTotals
        var teamCounts: [TeamFindingCount] = []
        func walk(_ teams: [Team], depth: Int) {
            for team in teams where totals[team.id] != nil && depth < 64 {
                let own = byTeam[team.id]?.count ?? 0
                if own > 0 {
                    teamCounts.append(TeamFindingCount(
                        url: views.url(Self.teamHintsPath(team.id)), name: team.name, count: own, totalCount: totals[team.id] ?? own, depth: depth))
                }
                walk(index.childTeams[team.id] ?? [], depth: depth + 1)
            }
        }
        walk(index.rootTeams, depth: 0)
        let companyRows = (byTeam[""] ?? []).map { row(for: $0, views: views) }
        return HintsPage(
            rules: rules, companyRows: companyRows, hasCompanyRows: !companyRows.isEmpty,
            teamCounts: teamCounts, hasTeamCounts: !teamCounts.isEmpty, hasFindings: !active.isEmpty, findingCount: active.count,
            silencedCount: index.findings.count - active.count)
    }

    /// A team's page of findings lists at most this many.
    static let teamFindingsLimit = 2_000

    func teamHintsPage(_ id: String, views: ViewBuilder) -> TeamHintsPage {
        let team = index.teamsByID[id]
        let byTeam = index.activeFindingsByTeam
        let totals = index.findingSubtreeTotals
        // Every objective of a company kept in one team may have a finding: the page lists
        // the first ones and says how many more `check` prints.
        let (findings, moreRows) = views.cut(byTeam[id] ?? [], at: Self.teamFindingsLimit, note: "hints_more")
        let rows = findings.map { row(for: $0, views: views) }
        let subteams = (index.childTeams[id] ?? []).compactMap { child -> TeamFindingCount? in
            guard let total = totals[child.id] else { return nil }
            return TeamFindingCount(
                url: views.url(Self.teamHintsPath(child.id)), name: child.name, count: byTeam[child.id]?.count ?? 0, totalCount: total, depth: 0)
        }
        let trail = team.map { ancestors(of: $0) }?.filter { totals[$0.id] != nil }
            .map { NamedLink(url: views.url(Self.teamHintsPath($0.id)), name: $0.name) } ?? []
        return TeamHintsPage(
            team: NamedLink(url: views.url("teams/\(id)/"), name: team?.name ?? id), hintTrail: trail,
            rows: rows, hasRows: !rows.isEmpty, moreRows: moreRows, subteamCounts: subteams, hasSubteamCounts: !subteams.isEmpty)
    }

    func row(for finding: Finding, views: ViewBuilder) -> FindingRow {
        let cycleName = index.cyclesByID[finding.cycle]?.name ?? finding.cycle
        let message = finding.message(for: views.language)
        let editURL = index.content.config.editURL.flatMap { base in index.set(finding.cycle, finding.owner).map { base + $0.pathInContent } }
        if let objective = finding.objective {
            let link = views.link(to: ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: objective), keyResult: finding.keyResult)
            return FindingRow(
                url: link.url, target: "\(index.ownerName(finding.owner)) · \(cycleName) · \(link.label)",
                message: message, messageHTML: ProseHTML.bytes(message), ruleTitle: finding.rule.title.text(for: views.language), editURL: editURL)
        }
        return FindingRow(
            url: views.url(index.pagePath(finding.owner, cycle: finding.cycle)), target: "\(index.ownerName(finding.owner)) · \(cycleName)",
            message: message, messageHTML: ProseHTML.bytes(message), ruleTitle: finding.rule.title.text(for: views.language), editURL: editURL)
    }
}
