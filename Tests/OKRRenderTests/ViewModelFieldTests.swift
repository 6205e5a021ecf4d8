import Testing
@testable import OKRRender

/// The lookup tables in ViewModels+Fields.swift must name exactly the fields of each view
/// model, or a template would silently print nothing for a field added later: this fails
/// until `scripts/generate-field-tables.py` has written them again.
@Suite struct ViewModelFieldTests {
    func fieldNames(of value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    func check<Model: ViewModel>(_ value: Model) {
        #expect(Set(Model.fields.keys) == fieldNames(of: value), "\(Model.self)")
    }

    @Test func tablesMatchTheStructs() {
        let progress = ProgressView(clamped: 50, label: "50%", overLabel: nil, band: "fair")
        let link = ObjectiveLink(url: "u", label: "l", ownerName: "o", short: "o · O1", direction: nil, directionLabel: nil)
        let person = NamedLink(url: "u", name: "n")
        let cycle = CycleView(id: "q", name: "Q", start: "s", end: "e")
        let trend = TrendView(points: "0,32 120,2", path: "M0 32l120-30", x: 120, y: 2, labelY: 9, label: "100%", summary: "s")
        let keyResult = KeyResultView(
            id: "KR1", anchor: "O1-KR1", title: "t", progress: progress, measureLabel: nil, lowerIsBetter: false,
            krConfidence: nil, krScore: nil, due: nil, dueOverdue: false, krOwner: nil, krTrend: trend, checkIns: [], hasCheckIns: false, checkInCount: 0, hasCheckInNotes: false,
            alignedBy: [], hasAlignedBy: false, krAlignedByMore: [], krAlignedByMoreCount: nil, quietNote: nil, krHints: [], hasKRHints: false)
        let objective = ObjectiveView(
            id: "O1", title: "t", type: "aspirational", typeLabel: "A", priority: nil, status: "on-track", statusLabel: "S",
            progress: progress, trend: trend, score: nil, confidence: nil, weightLabel: nil, keyResults: [keyResult], risks: [], hasRisks: false,
            serves: [link], hasServes: true, servesGap: nil, servesTop: [], alsoServes: [], hasAlsoServes: false, carriedFrom: nil, needsAlignment: false,
            alignedBy: [], hasAlignedBy: false, alignedByMore: [], alignedByMoreCount: nil, contributorCount: 0, hints: [], hasHints: false)
        let owner = OwnerBlock(
            cycle: cycle, cycleLinks: [], hasCycleLinks: false, summary: nil, objectives: [objective], bodyHTML: nil, setHints: [], hasSetHints: false,
            ownerMapSVG: nil, ownerMapNote: nil, ownerMapURL: nil)
        let node = TeamNode(url: "u", name: "n", hasTeamProgress: false, teamProgress: nil, memberCount: 0, memberCountLabel: "0 members", children: [], hasChildren: false)
        let row = PersonRow(url: "u", name: "n", title: "t", team: nil, personProgress: nil, confidentialOnly: false, ownedNote: nil, teamID: "", location: "", employment: "")
        let cycleRow = CycleRow(id: "q", isClosed: false, url: "u", name: "n", isCurrent: true, start: "s", end: "e", objectiveCount: 0, ownerCount: 0, companyProgress: nil)
        let company = CompanyInfo(name: "n", mission: nil, vision: nil, strategyHTML: nil)
        check(progress)
        check(ScoreView(value: "0.7", band: "good"))
        check(ConfidenceView(value: 7, band: "likely", label: "l"))
        check(link)
        check(person)
        check(CheckInView(date: "d", value: "v", confidence: "c", note: "n"))
        check(keyResult)
        check(objective)
        check(cycle)
        check(SetSummary(progress: progress, score: nil, objectiveCount: 1, objectiveCountLabel: "1 objective", hasTrends: true))
        check(trend)
        check(CycleLink(url: "u", name: "n", current: true))
        check(company)
        check(HeadlineFigures(companyProgress: "1%", expectedProgress: "2%", objectives: 1, atRisk: 0, coverage: "c", coverageShare: "s", teams: 1))
        check(ScreenPage(
            title: "t", cycle: cycle, figures: nil, progressLabel: "p", weekCheckIns: "0", objectives: [objective], refreshSeconds: 600, refreshNote: "n"))
        let guide = RuleGuide(id: "r", title: "t", rationale: "r", bad: "b", good: "g", rationaleHTML: nil, badHTML: nil, goodHTML: nil, findingCount: 0, hasRuleFindings: false)
        let row2 = FindingRow(url: "u", target: "t", message: "m", messageHTML: nil, ruleTitle: "r")
        let teamCount = TeamFindingCount(url: "u", name: "n", count: 1, totalCount: 2, depth: 0)
        check(HintView(rule: "r", ruleTitle: "t", message: "m", messageHTML: nil, silenced: false, hintReason: nil))
        check(guide)
        check(row2)
        check(teamCount)
        check(HintsPage(
            rules: [guide], companyRows: [row2], hasCompanyRows: true, teamCounts: [teamCount], hasTeamCounts: true,
            hasFindings: true, findingCount: 1, silencedCount: 0))
        check(TeamHintsPage(team: person, hintTrail: [], rows: [row2], hasRows: true, subteamCounts: [teamCount], hasSubteamCounts: true))
        check(owner)
        check(CompanyPage(company: company, owner: owner))
        check(HomePage(company: company, figures: nil, owner: owner))
        check(TeamPage(team: TeamInfo(name: "n", missionHTML: nil), owner: owner, ancestors: [], lead: nil, children: [node], hasChildren: true, teamMapURL: nil, coverageURL: nil, screenURL: nil, members: [row], hasMembers: true))
        let report = ReportRow(url: "u", name: "n", reportProgress: progress, reportNote: "no check-in yet")
        let mention = MentionView(url: "u", target: "t", date: "d", noteHTML: nil)
        let owned = OwnedKeyResult(url: "u", target: "t", title: "k", progress: progress)
        check(PersonPage(person: PersonInfo(name: "n", title: nil, email: nil, location: nil, bioHTML: nil), owner: owner, team: nil, manager: nil, employment: nil, reports: [report], hasReports: true, moreReports: nil, alignTargets: [], hasAlignTargets: false, alignTargetsLabel: nil, startCommand: nil,
            mentions: [mention], hasMentions: true, moreMentions: nil, mentionsFeedURL: nil, noteMentions: [person], hasNoteMentions: true, moreNoteMentions: nil,
            ownedKeyResults: [owned], hasOwnedKeyResults: true, moreOwnedKeyResults: nil))
        check(owned)
        check(mention)
        check(report)
        check(TeamInfo(name: "n", missionHTML: nil))
        check(PersonInfo(name: "n", title: nil, email: nil, location: nil, bioHTML: nil))
        check(node)
        check(row)
        check(TeamsPage(cycle: cycle, cycleLinks: [], hasCycleLinks: false, roots: [node], isCut: false))
        check(PeoplePage(
            cycle: cycle, cycleLinks: [], hasCycleLinks: false, people: [row], hasPeople: true, byTeam: [node], hasByTeam: true, peopleCount: "1 person",
            filterTeams: [FilterTeam(id: "t", name: "n", parent: "")], locations: [FilterOption(value: "v", label: "l")], employments: []))
        check(FilterOption(value: "v", label: "l"))
        check(cycleRow)
        check(CycleGroup(id: "g", label: "l", cycles: [cycleRow]))
        check(CyclesPage(groups: []))
        let item = TreeItem(
            url: "u", label: "l", ownerName: "o", progress: progress, status: "on-track", statusLabel: "s", team: "t",
            isReference: false, children: [], hasChildren: false, childCount: 0, open: true)
        let filterTeam = FilterTeam(id: "t", name: "n", parent: "")
        check(MapPage(
            cycle: cycle, cycleLinks: [], hasCycleLinks: false, focusTeam: nil, mapTrail: [], mapSVG: nil, objectiveCount: 0,
            omittedCount: 0, hasOmitted: false, omittedNote: "", focusLinks: [], hasFocusLinks: false,
            tree: [item], hasTree: true, unaligned: [], hasUnaligned: false, treeOmittedNote: nil, filterTeams: [filterTeam], jsonURL: "j", dotURL: "d"))
        check(item)
        check(filterTeam)
        check(SearchPage(documentCount: 0, cycles: [FilterOption(value: "q", label: "Q")], hasCycles: true, currentCycleID: "q"))
        let figure = DashboardFigure(label: "l", value: "1 / 2", share: "50%")
        let distributionRow = DistributionRow(label: "l", count: 1, percentValue: 50, percent: "50%")
        let distribution = DistributionTable(id: "by-status", title: "t", rows: [distributionRow])
        let teamRow = TeamCoverageRow(
            anchor: "team-t", url: "u", name: "n", depth: 0, people: 2, withOKRs: "1 / 2", coverage: progress, objectives: 3, aligned: "50%",
            followUp: "–", atRisk: 0, ownOKRs: "Yes")
        let member = GroupMember(url: "u", name: "n", memberNote: nil)
        let peopleGroup = PeopleGroup(id: "g", label: "l", teamURL: nil, members: [member], memberCount: 1, mailURL: "mailto:a@b", mailLabel: "m", hasLinks: true)
        check(figure)
        check(distributionRow)
        check(distribution)
        check(teamRow)
        check(member)
        check(peopleGroup)
        let slice = EmploymentSlice(
            id: "employment-contractor", value: "contractor", label: "Contractor", figures: [figure], distributions: [distribution],
            sliceHasPersonalOKRs: true, sliceMissing: [peopleGroup], sliceMissingCount: 1, sliceMissingNote: nil, sliceTracksCheckIns: true,
            sliceOverdue: [], sliceOverdueCount: 0, sliceOverdueNote: nil, slicePastDue: [peopleGroup], slicePastDueCount: 1, slicePastDueNote: nil,
            sliceUnreviewed: [], sliceUnreviewedCount: 0, sliceUnreviewedNote: nil)
        check(DashboardPage(
            cycle: cycle, cycleLinks: [], hasCycleLinks: false, phaseNote: "p", figures: [figure], distributions: [distribution],
            teamRows: [teamRow], hasTeamRows: true, hasFollowUp: true, followUpLabel: "f", hasPersonalOKRs: true, missing: [peopleGroup], missingCount: 1, overdue: [], overdueCount: 0, overdueTitle: "o", nobodyOverdue: "n", missingNote: nil, overdueNote: nil, hasPastDue: true, pastDue: [peopleGroup], pastDueCount: 1, pastDueNote: nil,
            hasReview: true, unreviewed: [peopleGroup], unreviewedCount: 1, unreviewedNote: nil, teamRowsNote: nil,
            tracksCheckIns: true, teamsCSVURL: "t", followUpCSVURL: "f", employmentSlices: [slice], hasEmploymentSlices: true))
        check(slice)
        let update = UpdateItem(url: "u", target: "O1/KR1", title: "t", from: "1", to: "2", confidenceChange: nil, completed: false, note: nil)
        let group = UpdateGroup(owner: person, date: "d", items: [update])
        let updateCount = TeamUpdateCount(url: "u", name: "n", count: 1, totalCount: 2, quietCount: 0, depth: 0)
        check(update)
        check(group)
        check(updateCount)
        check(UpdatesPage(
            cycle: cycle, cycleLinks: [], hasCycleLinks: false, window: "w", checkInCount: 1, movedCount: 1, completedCount: 0, quietCount: 0, quietLabel: "q",
            companyGroups: [group], hasCompanyGroups: true, teamCounts: [updateCount], hasTeamCounts: true))
        check(TeamUpdatesPage(
            cycle: cycle, team: person, overviewURL: "o", window: "w", groups: [group], hasGroups: true, quiet: [], hasQuiet: false, quietLabel: "q",
            subteamCounts: [updateCount], hasSubteamCounts: true))
    }

    @Test func absentOptionalIsNotAValue() {
        let node = TeamNode(url: "u", name: "n", hasTeamProgress: false, teamProgress: nil, memberCount: 0, memberCountLabel: "0 members", children: [], hasChildren: false)
        #expect(node.field(named: "teamProgress").isNull)
        guard case .text("n") = node.field(named: "name") else {
            Issue.record("name should read as text")
            return
        }
        #expect(node.field(named: "nonexistent").isNull)
    }
}
