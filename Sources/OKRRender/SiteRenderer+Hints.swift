import OKRHints
import OKRModel

/// One rule as the writing guide presents it.
struct RuleGuide {
    var id: String
    var title: String
    var rationale: String
    var bad: String
    var good: String
    var findingCount: Int
}

/// A finding on the hints page, linking to what it is about.
struct FindingRow {
    var url: String
    var target: String
    var message: String
    var ruleTitle: String
}

struct FindingGroup {
    var id: String
    var label: String
    var rows: [FindingRow]
    var rowCount: Int
}

struct HintsPage {
    var rules: [RuleGuide]
    var byRule: [FindingGroup]
    var byTeam: [FindingGroup]
    var hasFindings: Bool
    var findingCount: Int
    var silencedCount: Int
}

extension SiteRenderer {
    func hintsPage(views: ViewBuilder) -> HintsPage {
        let language = views.language
        let active = index.findings.filter { !$0.silenced }
        let counts = Dictionary(grouping: active, by: \.rule.id).mapValues(\.count)
        let rules = HintRule.all.filter { !index.content.config.hints.disabled.contains($0.id) }.map { rule in
            RuleGuide(
                id: rule.id, title: rule.title.text(for: language), rationale: rule.rationale.text(for: language),
                bad: rule.bad.text(for: language), good: rule.good.text(for: language), findingCount: counts[rule.id] ?? 0)
        }
        let rows = active.map { finding in (finding, row(for: finding, views: views)) }
        let byRule = HintRule.all.compactMap { rule -> FindingGroup? in
            let matching = rows.filter { $0.0.rule.id == rule.id }.map(\.1)
            return matching.isEmpty ? nil : FindingGroup(id: "rule-\(rule.id)", label: rule.title.text(for: language), rows: matching, rowCount: matching.count)
        }
        // Findings by the team they belong to: a person's team, the team itself, or the company.
        var teamOf: [String: [FindingRow]] = [:]
        for (finding, row) in rows { teamOf[teamID(of: finding.owner), default: []].append(row) }
        let byTeam = teamOf.keys.sorted().map { id in
            FindingGroup(
                id: "team-\(id.isEmpty ? "company" : id)", label: id.isEmpty ? index.content.company.name : (index.teamsByID[id]?.name ?? id),
                rows: teamOf[id]!, rowCount: teamOf[id]!.count)
        }
        return HintsPage(
            rules: rules, byRule: byRule, byTeam: byTeam, hasFindings: !active.isEmpty, findingCount: active.count,
            silencedCount: index.findings.count - active.count)
    }

    /// "" for the company (sorted first), else the team id.
    func teamID(of owner: Owner) -> String {
        switch owner {
        case .company: ""
        case .team(let id): id
        case .person(let id): index.peopleByID[id]?.team ?? ""
        }
    }

    func row(for finding: Finding, views: ViewBuilder) -> FindingRow {
        let cycleName = index.cyclesByID[finding.cycle]?.name ?? finding.cycle
        if let objective = finding.objective {
            let link = views.link(to: ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: objective), keyResult: finding.keyResult)
            return FindingRow(
                url: link.url, target: "\(index.ownerName(finding.owner)) · \(cycleName) · \(link.label)",
                message: finding.message(for: views.language), ruleTitle: finding.rule.title.text(for: views.language))
        }
        return FindingRow(
            url: views.url(index.pagePath(finding.owner, cycle: finding.cycle)), target: "\(index.ownerName(finding.owner)) · \(cycleName)",
            message: finding.message(for: views.language), ruleTitle: finding.rule.title.text(for: views.language))
    }
}
