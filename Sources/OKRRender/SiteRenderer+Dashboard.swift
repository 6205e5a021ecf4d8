import OKRModel
import OKRSupport

// The dashboard (`/dashboard/`, `/dashboard/<cycle>/`): the coordinators' and leads' view of a
// cycle. Coverage and follow-up per team, the spread of the company's objectives, and the
// names to chase. It counts and lists; it never ranks anyone by progress or score.

extension SiteRenderer {
    static let maximumIndent = 6
    /// At most this many teams in the table (whole levels of the tree, from the top) and this
    /// many people in each follow-up list, so the page stays under a megabyte at 50,000
    /// people; the spreadsheets always hold everything.
    static let dashboardRowLimit = 1_000
    static let dashboardPeopleLimit = 1_000

    /// The first groups, whole, up to `limit` people; and how many people are left out.
    static func capped(_ groups: [PeopleGroup], at limit: Int) -> ([PeopleGroup], Int) {
        var shown: [PeopleGroup] = []
        var count = 0
        for group in groups {
            if count + group.memberCount > limit && !shown.isEmpty { break }
            shown.append(group)
            count += group.memberCount
        }
        return (shown, groups.reduce(0) { $0 + $1.memberCount } - count)
    }

    static func coverageAnchor(_ team: String) -> String { "team-\(team)" }

    /// A team's row on the cycle's dashboard, where its coverage is counted with its sub-teams.
    func coveragePath(_ team: String, cycle: String) -> String { index.dashboardPath(cycle: cycle) + "#" + Self.coverageAnchor(team) }

    func dashboardPage(cycleID: String?, views: ViewBuilder) -> (String, DashboardPage) {
        let title = views.t("dashboard")
        let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? index.currentCycle
        let links = index.content.config.cycles.map {
            CycleLink(url: views.url(index.dashboardPath(cycle: $0.id)), name: $0.name, current: $0.id == cycle?.id)
        }
        guard let cycle else {
            return (title, DashboardPage(
                cycle: nil, cycleLinks: [], hasCycleLinks: false, phaseNote: "", figures: [], distributions: [], teamRows: [],
                hasTeamRows: false, hasFollowUp: false, followUpLabel: "", hasPersonalOKRs: false, missing: [], missingCount: 0,
                overdue: [], overdueCount: 0, overdueTitle: "", nobodyOverdue: "", missingNote: nil, overdueNote: nil,
                hasPastDue: false, pastDue: [], pastDueCount: 0, pastDueNote: nil,
                hasReview: false, unreviewed: [], unreviewedCount: 0, unreviewedNote: nil, teamRowsNote: nil, tracksCheckIns: false,
                teamsCSVURL: "", followUpCSVURL: "", employmentSlices: [], hasEmploymentSlices: false))
        }
        let coverage = index.coverage(of: cycle)
        let exports = siteRoot(views) + "dashboard/\(cycle.id)/"
        let company = coverage.company
        let checkedInLabel = withStaleDays(views.t("dashboard_checked_in"))
        let depth = index.shownTreeDepth(limit: Self.dashboardRowLimit)
        let teamRows = teamCoverageRows(coverage, views: views, maximumDepth: depth)

        let (missing, overdue) = followUpGroups(coverage, idPrefix: "", views: views)
        let phaseNote: String = switch coverage.phase {
        case .open: views.t("dashboard_phase_open").replacing("{elapsed}", with: Format.percent(cycle.elapsedFraction(at: index.buildDate)))
        case .closed: views.t("dashboard_phase_closed")
        case .upcoming: views.t("dashboard_phase_upcoming")
        }
        let (missingShown, missingLeft) = Self.capped(missing, at: Self.dashboardPeopleLimit)
        let (overdueShown, overdueLeft) = Self.capped(overdue, at: Self.dashboardPeopleLimit)
        let (pastDueShown, pastDueLeft) = Self.capped(pastDueGroups(coverage, idPrefix: "", views: views), at: Self.dashboardPeopleLimit)
        let (unreviewedShown, unreviewedLeft) = Self.capped(unreviewedGroups(coverage, idPrefix: "", views: views), at: Self.dashboardPeopleLimit)
        func note(_ left: Int) -> String? {
            left == 0 ? nil : views.t("dashboard_list_cut").replacing("{count}", with: views.count(left, "people_count"))
        }
        let slices = index.employmentsPresent.map { employment in
            let part = index.coverage(of: cycle, employment: employment)
            let prefix = "\(employment.rawValue)-"
            let (missing, overdue) = followUpGroups(part, idPrefix: prefix, views: views)
            // The lists of every kind share the page's room: the spreadsheet has them all.
            let limit = Self.dashboardPeopleLimit / max(1, index.employmentsPresent.count)
            let (missingShown, missingLeft) = Self.capped(missing, at: limit)
            let (overdueShown, overdueLeft) = Self.capped(overdue, at: limit)
            let (pastDueShown, pastDueLeft) = Self.capped(pastDueGroups(part, idPrefix: prefix, views: views), at: limit)
            let (unreviewedShown, unreviewedLeft) = Self.capped(unreviewedGroups(part, idPrefix: prefix, views: views), at: limit)
            return EmploymentSlice(
                id: "employment-\(employment.rawValue)", value: employment.rawValue, label: views.t("employment_\(employment.rawValue)"),
                figures: headlineFigures(part, checkedInLabel: checkedInLabel, views: views),
                distributions: distributions(part, idPrefix: prefix, views: views),
                sliceHasPersonalOKRs: part.hasPersonalOKRs, sliceMissing: missingShown, sliceMissingCount: part.company.people - part.company.peopleWithOKRs,
                sliceMissingNote: note(missingLeft), sliceTracksCheckIns: part.tracksCheckIns,
                sliceOverdue: overdueShown, sliceOverdueCount: overdue.reduce(0) { $0 + $1.memberCount }, sliceOverdueNote: note(overdueLeft),
                slicePastDue: pastDueShown, slicePastDueCount: part.company.peoplePastDue, slicePastDueNote: note(pastDueLeft),
                sliceUnreviewed: unreviewedShown, sliceUnreviewedCount: part.unreviewedCount, sliceUnreviewedNote: note(unreviewedLeft))
        }
        let page = DashboardPage(
            cycle: views.cycleView(cycle), cycleLinks: links, hasCycleLinks: links.count > 1, phaseNote: phaseNote,
            figures: headlineFigures(coverage, checkedInLabel: checkedInLabel, views: views), distributions: distributions(coverage, views: views),
            teamRows: teamRows, hasTeamRows: !teamRows.isEmpty,
            hasFollowUp: coverage.followUp != nil,
            followUpLabel: coverage.followUp == .checkIns ? checkedInLabel : coverage.followUp == .scores ? views.t("dashboard_scored") : "",
            hasPersonalOKRs: coverage.hasPersonalOKRs, missing: missingShown, missingCount: company.people - company.peopleWithOKRs,
            overdue: overdueShown, overdueCount: overdue.reduce(0) { $0 + $1.memberCount },
            overdueTitle: withStaleDays(views.t("dashboard_quiet")), nobodyOverdue: withStaleDays(views.t("dashboard_nobody_quiet")),
            missingNote: note(missingLeft), overdueNote: note(overdueLeft),
            hasPastDue: coverage.phase == .open && coverage.hasDueDates, pastDue: pastDueShown, pastDueCount: company.peoplePastDue, pastDueNote: note(pastDueLeft),
            hasReview: coverage.phase == .closed && coverage.hasPersonalOKRs, unreviewed: unreviewedShown, unreviewedCount: coverage.unreviewedCount,
            unreviewedNote: note(unreviewedLeft),
            teamRowsNote: teamRows.count < index.teamTree.count ? views.t("dashboard_rows_cut", count: index.teamTree.count - teamRows.count) : nil,
            tracksCheckIns: coverage.tracksCheckIns,
            teamsCSVURL: exports + Self.teamsCSV, followUpCSVURL: exports + Self.followUpCSV,
            employmentSlices: slices, hasEmploymentSlices: !slices.isEmpty)
        return ("\(title) · \(cycle.name)", page)
    }

    /// The people without OKRs (when anyone has personal OKRs) and those gone quiet, by team.
    func followUpGroups(_ coverage: CycleCoverage, idPrefix: String, views: ViewBuilder) -> (missing: [PeopleGroup], overdue: [PeopleGroup]) {
        let missing = !coverage.hasPersonalOKRs ? [] : peopleGroups(
            coverage.withoutOKRs, idPrefix: idPrefix + "without", views: views, subject: "mail_subject_missing", cycle: coverage.cycle, person: { $0 }
        ) { id in
            // One who answers for others' key results is told apart from one who does nothing yet.
            GroupMember(
                url: views.url("people/\(id)/"), name: index.peopleByID[id]?.name ?? id,
                memberNote: views.t("owns_key_results", counting: index.ownedKeyResults(of: id, in: coverage.cycle.id).count))
        }
        let overdue = peopleGroups(
            coverage.overdue, idPrefix: idPrefix + "quiet", views: views, subject: "mail_subject_quiet", cycle: coverage.cycle, person: \.person
        ) { entry in
            GroupMember(
                url: views.url(index.pagePath(.person(entry.person), cycle: coverage.cycle.id)), name: index.peopleByID[entry.person]?.name ?? entry.person,
                memberNote: views.lastCheckInNote(entry.lastCheckIn))
        }
        return (missing, overdue)
    }

    /// The people with a key result past due, by team, each linking to the earliest such key
    /// result with its date.
    func pastDueGroups(_ coverage: CycleCoverage, idPrefix: String, views: ViewBuilder) -> [PeopleGroup] {
        peopleGroups(
            coverage.pastDue, idPrefix: idPrefix + "past-due", views: views, subject: "mail_subject_past_due", cycle: coverage.cycle, person: \.person
        ) { entry in
            let key = ObjectiveKey(cycle: coverage.cycle.id, owner: .person(entry.person), objective: entry.objective)
            return GroupMember(
                url: views.url(index.keyResultURL(key, keyResult: entry.keyResult)), name: index.peopleByID[entry.person]?.name ?? entry.person,
                memberNote: Placeholders.fill(views.t("dashboard_past_due_note"), ["kr": "\(entry.objective)/\(entry.keyResult)", "date": entry.due.description]))
        }
    }

    /// The people yet to score or review an ended cycle, by team, each with what is missing
    /// ("scored 1 / 3 · no retrospective"), linking to their page of that cycle.
    func unreviewedGroups(_ coverage: CycleCoverage, idPrefix: String, views: ViewBuilder) -> [PeopleGroup] {
        peopleGroups(
            coverage.unreviewed, idPrefix: idPrefix + "unreviewed", views: views, subject: "mail_subject_unreviewed", cycle: coverage.cycle, person: \.person
        ) { entry in
            var missing: [String] = []
            if entry.unscored > 0 {
                missing.append(Placeholders.fill(views.t("dashboard_scored_note"), [
                    "scored": Format.number(Double(entry.objectives - entry.unscored)), "total": Format.number(Double(entry.objectives)),
                ]))
            }
            if !entry.hasRetrospective { missing.append(views.t("dashboard_no_retrospective")) }
            return GroupMember(
                url: views.url(index.pagePath(.person(entry.person), cycle: coverage.cycle.id)), name: index.peopleByID[entry.person]?.name ?? entry.person,
                memberNote: missing.joined(separator: " · "))
        }
    }

    /// The company's figures: coverage, objectives and alignment always; recent check-ins and
    /// objectives at risk while the cycle runs; scores and retrospectives once it has ended.
    /// A label that names the portal's `stale_days` as a number of days.
    func withStaleDays(_ label: String) -> String {
        label.replacing("{days}", with: String(index.content.config.hints.staleDays))
    }

    func headlineFigures(_ coverage: CycleCoverage, checkedInLabel: String, views: ViewBuilder) -> [DashboardFigure] {
        let company = coverage.company
        func figure(_ label: String, _ part: Int, of whole: Int) -> DashboardFigure {
            DashboardFigure(label: label, value: Self.ratio(part, of: whole), share: Self.share(part, of: whole))
        }
        var figures = [
            figure(views.t("coverage"), company.peopleWithOKRs, of: company.people),
            DashboardFigure(label: views.t("objectives_total"), value: Format.number(Double(company.objectives)), share: nil),
            figure(views.t("dashboard_aligned"), company.aligned, of: company.alignable),
        ]
        switch coverage.phase {
        case .open:
            if coverage.tracksCheckIns { figures.append(figure(checkedInLabel, company.peopleCheckedIn, of: company.peopleWithOKRs)) }
            if coverage.hasDueDates { figures.append(figure(views.t("dashboard_past_due"), company.peoplePastDue, of: company.peopleWithOKRs)) }
            figures.append(DashboardFigure(
                label: views.t("at_risk_total"), value: Format.number(Double(company.atRisk)), share: Self.share(company.atRisk, of: company.objectives)))
        case .closed:
            figures.append(figure(views.t("dashboard_scored"), company.scored, of: company.objectives))
            figures.append(figure(views.t("dashboard_retrospectives"), company.retrospectives, of: company.sets))
        case .upcoming:
            break
        }
        // A kind of employment has no teams of its own to count.
        if coverage.employment == nil {
            figures.append(figure(views.t("dashboard_teams_with_okrs"), coverage.teamsWithOKRs.count, of: index.content.teams.count))
        }
        return figures
    }

    /// Every team in tree order, its figures including its sub-teams.
    func teamCoverageRows(_ coverage: CycleCoverage, views: ViewBuilder, maximumDepth: Int = .max) -> [TeamCoverageRow] {
        index.teamTree.filter { $0.depth <= maximumDepth }.map { entry in
            let counts = coverage.teams[entry.team.id] ?? CycleCoverage.Counts()
            let followUp = switch coverage.followUp {
            case .checkIns: Self.share(counts.peopleCheckedIn, of: counts.peopleWithOKRs)
            case .scores: Self.share(counts.scored, of: counts.objectives)
            case nil: nil as String?
            }
            return TeamCoverageRow(
                anchor: Self.coverageAnchor(entry.team.id), url: views.url("teams/\(entry.team.id)/"), name: entry.team.name, depth: min(entry.depth, Self.maximumIndent),

                people: counts.people, withOKRs: Self.ratio(counts.peopleWithOKRs, of: counts.people),
                coverage: counts.people == 0 ? nil : views.progress(Double(counts.peopleWithOKRs) / Double(counts.people)),
                objectives: counts.objectives, aligned: Self.share(counts.aligned, of: counts.alignable) ?? "–",
                followUp: followUp ?? "–", atRisk: counts.atRisk,
                ownOKRs: views.t(coverage.teamsWithOKRs.contains(entry.team.id) ? "dashboard_yes" : "dashboard_no"))
        }
    }

    func distributions(_ coverage: CycleCoverage, idPrefix: String = "", views: ViewBuilder) -> [DistributionTable] {
        let total = coverage.company.objectives
        func row(_ label: String, _ count: Int) -> DistributionRow {
            let share = total == 0 ? 0 : Double(count) / Double(total)
            return DistributionRow(label: label, count: count, percentValue: Format.percentValue(share), percent: Format.percent(share))
        }
        // Only the statuses the cycle's phase can produce: "closed" never shows while it runs.
        let statuses = Status.allCases.filter { (coverage.statuses[$0] ?? 0) > 0 }.map { row(views.t("status_\($0.rawValue)"), coverage.statuses[$0]!) }
        let confidence = ConfidenceBand.allCases.map { band in
            row(band.range.map { "\(views.t("confidence_\(band.rawValue)")) (\($0))" } ?? views.t("dashboard_confidence_unrated"), coverage.confidence[band] ?? 0)
        }
        let progress = coverage.progressSteps.enumerated().map { step, count in
            row(step == 10 ? "100%" : "\(step * 10)–\(step * 10 + 9)%", count)
        }
        let types = ObjectiveType.allCases.map { row(views.t("type_\($0.rawValue)"), coverage.types[$0] ?? 0) }
        return [
            DistributionTable(id: idPrefix + "by-status", title: views.t("dashboard_by_status"), rows: statuses),
            DistributionTable(id: idPrefix + "by-confidence", title: views.t("dashboard_by_confidence"), rows: confidence),
            DistributionTable(id: idPrefix + "by-progress", title: views.t("dashboard_by_progress"), rows: progress),
            DistributionTable(id: idPrefix + "by-type", title: views.t("dashboard_by_type"), rows: types),
        ]
    }

    /// The keys of `CycleCoverage`'s lists in the order they are shown: team-tree order, then
    /// "" for people without a team.
    var groupOrder: [String] { index.teamTree.map(\.team.id) + [""] }

    /// - Parameters:
    ///   - person: the id of the person an entry is about, for the group's e-mail link.
    ///   - subject: the subject of that e-mail (a `mail_subject_*` string with `{cycle}`).
    func peopleGroups<Entry>(
        _ byTeam: [String: [Entry]], idPrefix: String, views: ViewBuilder, subject: String, cycle: Cycle,
        person: (Entry) -> String, member: (Entry) -> GroupMember
    ) -> [PeopleGroup] {
        let subject = views.t(subject).replacing("{cycle}", with: cycle.name)
        return groupOrder.compactMap { id in
            guard let entries = byTeam[id], !entries.isEmpty else { return nil }
            let addresses = entries.compactMap { index.peopleByID[person($0)]?.email }
            return PeopleGroup(
                id: "\(idPrefix)-\(id.isEmpty ? "no-team" : "team-" + id)", label: index.teamsByID[id]?.name ?? views.t("dashboard_no_team"),
                teamURL: id.isEmpty ? nil : views.url("teams/\(id)/"), members: entries.map(member), memberCount: entries.count,
                mailURL: addresses.isEmpty ? nil : Self.mailURL(to: addresses, subject: subject),
                mailLabel: addresses.isEmpty ? nil : views.t("dashboard_mail", count: addresses.count),
                hasLinks: !id.isEmpty || !addresses.isEmpty)
        }
    }

    /// A `mailto:` address (RFC 6068) writing to `addresses` with `subject`: each address and
    /// the subject percent-encoded but for the characters an address is made of.
    static func mailURL(to addresses: [String], subject: String) -> String {
        let hex = Array("0123456789ABCDEF")
        func encoded(_ text: String, keeping kept: String) -> String {
            var out = ""
            for byte in text.utf8 {
                let character = Character(Unicode.Scalar(byte))
                if byte < 0x80, character.isLetter || character.isNumber || kept.contains(character) {
                    out.append(character)
                } else {
                    out += "%" + String([hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
            return out
        }
        return "mailto:" + addresses.map { encoded($0, keeping: "@.-_+") }.joined(separator: ",") + "?subject=" + encoded(subject, keeping: ".-_")
    }

    // MARK: Spreadsheets

    static let teamsCSV = "teams.csv"
    static let followUpCSV = "follow-up.csv"

    /// Each cycle's dashboard as two spreadsheets, with raw counts rather than percentages so
    /// they add up in a pivot table. Column names and reasons are fixed identifiers, the same
    /// in every language.
    func dashboardExports() -> [OutputFile] {
        index.content.config.cycles.flatMap { cycle in
            let coverage = index.coverage(of: cycle)
            return [
                OutputFile(
                    path: "dashboard/\(cycle.id)/\(Self.teamsCSV)",
                    contents: teamsTable(coverage, byEmployment: index.employmentsPresent.map { index.coverage(of: cycle, employment: $0) })),
                OutputFile(path: "dashboard/\(cycle.id)/\(Self.followUpCSV)", contents: followUpTable(coverage)),
            ]
        }
    }

    /// The company first (no team id), then every team with its sub-teams counted in, for
    /// everyone (`employment` "all"); then the same for each kind of employment, counting its
    /// people and their own objectives, so a pivot table can filter by the column.
    func teamsTable(_ coverage: CycleCoverage, byEmployment: [CycleCoverage] = []) -> String {
        func numbers(_ counts: CycleCoverage.Counts) -> [CSV.Field] {
            [counts.people, counts.peopleWithOKRs, counts.peopleCheckedIn, counts.objectives, counts.alignable, counts.aligned, counts.scored, counts.atRisk]
                .map(CSV.Field.number)
        }
        var rows: [[CSV.Field]] = []
        for part in [coverage] + byEmployment {
            let employment = CSV.Field.text(part.employment?.rawValue ?? "all")
            // Teams' own OKRs belong to no kind of employment.
            func ownOKRs(_ team: String) -> CSV.Field { .text(part.employment != nil ? "" : part.teamsWithOKRs.contains(team) ? "yes" : "no") }
            rows.append([.text(""), .text(index.content.company.name), .text("")] + numbers(part.company) + [.text(""), employment])
            for entry in index.teamTree {
                let counts = part.teams[entry.team.id] ?? CycleCoverage.Counts()
                rows.append([.text(entry.team.id), .text(entry.team.name), .text(entry.team.parent ?? "")] + numbers(counts) + [ownOKRs(entry.team.id), employment])
            }
        }
        return CSV.table(
            header: [
                "team", "name", "parent", "people", "people_with_okrs", "people_checked_in", "objectives", "alignable_objectives",
                "aligned_objectives", "scored_objectives", "at_risk_objectives", "team_has_okrs", "employment",
            ],
            rows: rows)
    }

    /// One line per person to follow up: `no-okrs` (only when anyone has personal OKRs this
    /// cycle); while the cycle runs, `no-recent-check-in` and `key-result-past-due` (a key
    /// result of their own past its due date and not reached); once it has ended,
    /// `not-scored` (an objective without a score) and `no-retrospective`; in the page's order.
    func followUpTable(_ coverage: CycleCoverage) -> String {
        var rows: [[CSV.Field]] = []
        func add(_ reason: String, _ id: String, lastCheckIn: Day?) {
            let person = index.peopleByID[id]
            rows.append([
                .text(reason), .text(id), .text(person?.name ?? id), .text(person?.email ?? ""), .text(person?.team ?? ""),
                .text(person?.team.flatMap { index.teamsByID[$0]?.name } ?? ""), .text(person?.manager ?? ""), .text(lastCheckIn?.description ?? ""),
                .text(person?.employment?.rawValue ?? ""),
            ])
        }
        if coverage.hasPersonalOKRs {
            for group in groupOrder { for id in coverage.withoutOKRs[group] ?? [] { add("no-okrs", id, lastCheckIn: nil) } }
        }
        for group in groupOrder { for entry in coverage.overdue[group] ?? [] { add("no-recent-check-in", entry.person, lastCheckIn: entry.lastCheckIn) } }
        for group in groupOrder {
            for entry in coverage.pastDue[group] ?? [] {
                add("key-result-past-due", entry.person, lastCheckIn: entry.lastCheckIn)
            }
        }
        for group in groupOrder {
            for entry in coverage.unreviewed[group] ?? [] {
                if entry.unscored > 0 { add("not-scored", entry.person, lastCheckIn: nil) }
                if !entry.hasRetrospective { add("no-retrospective", entry.person, lastCheckIn: nil) }
            }
        }
        return CSV.table(header: ["reason", "person", "name", "email", "team", "team_name", "manager", "last_check_in", "employment"], rows: rows)
    }

    /// "812 / 1,000", or "–" when there is nothing to count.
    static func ratio(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : "\(Format.number(Double(part))) / \(Format.number(Double(whole)))"
    }

    static func share(_ part: Int, of whole: Int) -> String? {
        whole == 0 ? nil : Format.percent(Double(part) / Double(whole))
    }
}
