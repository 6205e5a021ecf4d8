import OKRGraph
import OKRHints
import OKRModel
import OKRSupport
import OKRTemplate

// Building the view model of each page kind (the models are in ViewModels.swift).

extension String {
    /// nil for an empty string: Mustache shows a section for any string, even "".
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension SiteRenderer {
    /// The address (relative to a language's root) of `owner`'s page of `cycle` (written as in
    /// a folder name, any case), or of their landing page; nil when the site has no such owner or cycle. `serve` opens it after its
    /// source changed.
    public func pageOfOwner(_ owner: Owner, cycle: String?) -> String? {
        switch owner {
        case .company: break
        case .person(let id): guard index.peopleByID[id] != nil else { return nil }
        case .team(let id): guard index.teamsByID[id] != nil else { return nil }
        }
        guard let cycle else { return SiteIndex.ownerPath(owner) }
        // As the loader matches an OKR folder to its cycle: without case.
        return index.content.config.cycles.first { $0.id.lowercased() == cycle.lowercased() }.map { index.pagePath(owner, cycle: $0.id) }
    }

    /// An e-mail address as HTML that may break after its "@" (`<wbr>`), each part escaped.
    static func breakableEmailHTML(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@") else { return HTMLEscape.escape(email) }
        return HTMLEscape.escape(String(email[...at])) + "<wbr>" + HTMLEscape.escape(String(email[email.index(after: at)...]))
    }

    func pageModel(_ subject: PageJob.Subject, views: ViewBuilder) -> (PageKind, String, any TemplateObject) {
        let current = index.currentCycle
        switch subject {
        case .home:
            return (.home, index.content.company.name, HomePage(
                company: companyInfo(), figures: current.map { figures(for: $0) },
                owner: ownerBlock(.company, cycle: current, views: views)))

        case .company(let cycleID):
            let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? current
            return (.company, "\(views.t("company")) · \(cycle?.name ?? "")", CompanyPage(
                company: companyInfo(), owner: ownerBlock(.company, cycle: cycle, views: views)))

        case .teams(let cycleID):
            let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? current
            let depth = index.shownTreeDepth(limit: Self.directoryLimit)
            let links = directoryLinks("teams", shown: cycle, views: views)
            return (.teams, views.t("teams"), TeamsPage(
                cycle: cycle.map(views.cycleView), cycleLinks: links, hasCycleLinks: links.count > 1,
                roots: index.rootTeams.map { teamNode($0, cycle: cycle, views: views, maximumDepth: depth) },
                isCut: depth < index.shownTreeDepth(limit: .max)))

        case .team(let id, let cycleID):
            let team = index.teamsByID[id]!
            let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? current
            let owner = Owner.team(id)
            let below = index.childTeams[id] ?? []
            let depth = index.shownTreeDepth(limit: Self.directoryLimit, under: below)
            let children = below.map { teamNode($0, views: views, maximumDepth: depth) }
            // A company that keeps everyone in one team would list the company here.
            let (listed, membersMore) = views.cut(index.membersByTeam[id] ?? [], at: Self.teamMembersLimit, note: "members_more")
            let members = listed.map { personRow($0, cycle: cycle, views: views, withTeam: false) }
            let page = TeamPage(
                team: TeamInfo(name: team.name, missionHTML: team.missionHTML.nonEmpty),
                owner: ownerBlock(owner, cycle: cycle, views: views),
                ancestors: ancestors(of: team).map { NamedLink(url: views.url("teams/\($0.id)/"), name: $0.name) },
                lead: views.personLink(team.lead),
                children: children, hasChildren: !children.isEmpty,
                // No link to a focused view that is the drawing on this page.
                teamMapURL: cycle.flatMap { cycle in
                    index.set(cycle.id, owner) == nil || teamMapIsOnTeamPage(id, cycle: cycle.id)
                        ? nil : views.url(SiteIndex.teamMapPath(id, cycle: cycle.id))
                },
                coverageURL: cycle.map { views.url(coveragePath(id, cycle: $0.id)) },
                screenURL: index.content.config.screens.contains { $0.team == id } ? views.url(Self.path(of: .screen(team: id))) : nil,
                members: members, hasMembers: !members.isEmpty, membersMore: membersMore)
            return (.team, "\(team.name) · \(cycle?.name ?? "")", page)

        case .people(let cycleID):
            // Everyone in one table while that stays light; above that, the team tree, each
            // team's page listing its people (and search finds anyone).
            let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? current
            let listed = index.content.people.count <= Self.directoryLimit
            let rows = listed ? index.content.people.map { personRow($0, cycle: cycle, views: views, withTeam: true) } : []
            let depth = index.shownTreeDepth(limit: Self.directoryLimit)
            let teams = listed ? [] : index.rootTeams.map { teamNode($0, cycle: cycle, views: views, maximumDepth: depth) }
            let links = directoryLinks("people", shown: cycle, views: views)
            let people = listed ? index.content.people : []
            let filterTeams = listed ? index.teamTree.map { FilterTeam(id: $0.team.id, name: String(repeating: "\u{2003}", count: $0.depth) + $0.team.name, parent: $0.team.parent ?? "") } : []
            let locations = Set(people.compactMap(\.location)).sorted().map { FilterOption(value: $0, label: $0) }
            let employments = Set(people.compactMap { $0.employment?.rawValue }).sorted()
                .map { FilterOption(value: $0, label: views.t("employment_" + $0)) }
            return (.people, views.t("people"), PeoplePage(
                cycle: cycle.map(views.cycleView), cycleLinks: links, hasCycleLinks: links.count > 1, people: rows, hasPeople: !rows.isEmpty, byTeam: teams, hasByTeam: !teams.isEmpty,
                peopleCount: views.count(index.content.people.count, "people_count"),
                filterTeams: filterTeams, locations: locations, employments: employments))

        case .person(let id, let cycleID):
            let person = index.peopleByID[id]!
            let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? current
            let owner = Owner.person(id)
            // An HR export that gives everyone the same manager would list the whole company
            // on one page; past the limit the rest is a count and the people directory.
            let (listed, more) = views.cut(index.reportsByManager[id] ?? [], at: Self.reportsLimit, note: "reports_rest")
            let reports = listed.map { report in
                let written = cycle.flatMap { index.set($0.id, .person(report.id)) }
                let set = written.flatMap { $0.objectives.isEmpty ? nil : $0 }
                return ReportRow(
                    // Their page of the cycle when they have one, else their landing page.
                    url: views.url(cycle.flatMap { shown in index.cyclesByOwner[.person(report.id)]?.contains { $0.id == shown.id } == true
                        ? index.pagePath(.person(report.id), cycle: shown.id) : nil } ?? "people/\(report.id)/"),
                    name: report.name,
                    reportProgress: set.map { views.progress($0.progress) },
                    reportNote: set.map { views.lastCheckInNote($0.objectives.compactMap(\.lastCheckIn).max()) }
                        ?? views.t(written?.hasObjectives == true ? "reports_confidential" : "reports_no_okrs"))
            }
            let moreReports = more.map { NamedLink(url: views.url(Self.path(of: .people(cycle: nil))), name: $0) }
            let targets = alignTargets(for: person, cycle: cycle, views: views)
            let (mentions, moreMentions) = views.cut(
                (index.mentionsByPerson[id] ?? []).filter { index.content.okrSets[Int($0.set)].cycle == cycle?.id }, at: Self.mentionsLimit, note: "mentions_more")
            let mentionViews = mentions.map { place in
                let (objective, keyResult, checkIn) = index.checkIn(at: place)
                return MentionView(
                    url: views.url(index.keyResultURL(objective, keyResult: keyResult.id)),
                    target: index.keyResultName(objective, keyResult: keyResult.id),
                    date: checkIn.date.description, noteHTML: views.noteHTML(checkIn.note ?? ""))
            }
            let (named, moreNamed) = views.cut(
                (index.proseMentionsByPerson[id] ?? []).filter { index.content.okrSets[Int($0.set)].cycle == cycle?.id }, at: Self.mentionsLimit, note: "mentions_more")
            let noteMentions = named.map { place in
                let set = index.content.okrSets[Int(place.set)]
                let page = index.pagePath(set.owner, cycle: set.cycle)
                return NamedLink(
                    url: views.url(page + "#" + (place.objective ?? Self.notesAnchor)),
                    name: "\(index.ownerName(set.owner)) · \(place.objective ?? views.t("notes_short"))")
            }
            let (ownedPlaces, moreOwned) = views.cut(
                index.ownedKeyResults(of: id, in: cycle?.id), at: Self.mentionsLimit, note: "owned_key_results_more")
            let owned = ownedPlaces.map { place in
                let set = index.content.okrSets[Int(place.set)]
                let objective = set.objectives[Int(place.objective)]
                let keyResult = objective.keyResults[Int(place.keyResult)]
                let key = set.key(of: objective)
                return OwnedKeyResult(
                    url: views.url(index.keyResultURL(key, keyResult: keyResult.id)), target: index.keyResultName(key, keyResult: keyResult.id),
                    title: views.text(keyResult.title), progress: views.progress(keyResult.progress, raw: keyResult.rawProgress))
            }
            let page = PersonPage(
                person: PersonInfo(
                    name: person.name, title: person.title, email: person.email, emailHTML: person.email.map(Self.breakableEmailHTML),
                    location: person.location, bioHTML: person.bioHTML.nonEmpty),
                owner: ownerBlock(owner, cycle: cycle, views: views),
                team: views.teamLink(person.team),
                manager: views.personLink(person.manager),
                employment: person.employment.map { views.t("employment_\($0.rawValue)") },
                reports: reports, hasReports: !reports.isEmpty, moreReports: moreReports,
                alignTargets: targets?.links ?? [], hasAlignTargets: targets != nil, alignTargetsLabel: targets?.label, startCommand: targets?.command,
                mentions: mentionViews, hasMentions: !mentionViews.isEmpty, moreMentions: moreMentions,
                mentionsFeedURL: index.mentionsByPerson[id] == nil ? nil : siteRoot(views) + Self.mentionsFeedPath(id),
                noteMentions: noteMentions, hasNoteMentions: !noteMentions.isEmpty, moreNoteMentions: moreNamed,
                ownedKeyResults: owned, hasOwnedKeyResults: !owned.isEmpty, moreOwnedKeyResults: moreOwned)
            return (.person, "\(person.name) · \(cycle?.name ?? "")", page)

        case .cycles:
            return (.cycles, views.t("cycles"), cyclesPage(views: views))

        case .hints:
            return (.hints, views.t("hints"), hintsPage(views: views))

        case .updates(let cycle):
            let page = updatesPage(cycleID: cycle, views: views)
            return (.updates, [views.t("updates"), page.cycle?.name].compactMap { $0 }.joined(separator: " · "), page)

        case .teamUpdates(let id, let cycle):
            let page = teamUpdatesPage(id, cycleID: cycle, views: views)
            return (.teamUpdates, "\(views.t("updates")) · \(page.team.name)", page)

        case .teamHints(let id):
            let page = teamHintsPage(id, views: views)
            return (.teamHints, "\(views.t("hints")) · \(page.team.name)", page)

        case .map(let cycleID):
            let (title, page) = mapPage(cycleID: cycleID, team: nil, views: views)
            return (.map, title, page)

        case .dashboard(let cycleID):
            let (title, page) = dashboardPage(cycleID: cycleID, views: views)
            return (.dashboard, title, page)

        case .screen(let team):
            let (title, page) = screenPage(team: team, views: views)
            return (.screen, title, page)

        case .teamMap(let id, let cycleID):
            let (title, page) = mapPage(cycleID: cycleID, team: id, views: views)
            return (.map, title, page)

        case .search:
            let cycles = index.content.config.cycles.map { FilterOption(value: $0.id, label: $0.name) }
            return (.search, views.t("search"), SearchPage(
                documentCount: index.content.people.count + index.content.teams.count + index.graph.objectives.count,
                cycles: cycles, hasCycles: cycles.count > 1, currentCycleID: current?.id ?? ""))
        }
    }

    func companyInfo() -> CompanyInfo {
        let company = index.content.company
        return CompanyInfo(name: company.name, mission: company.mission, vision: company.vision, strategyHTML: company.strategyHTML.nonEmpty)
    }

    /// The cycle switcher and the OKR block of an owner's page for one cycle.
    func ownerBlock(_ owner: Owner, cycle: Cycle?, views: ViewBuilder) -> OwnerBlock {
        // The company has a page for every cycle; a team or person for the cycles they wrote in.
        let linked = owner == .company ? index.content.config.cycles : index.cyclesByOwner[owner] ?? []
        let links = linked.map {
            CycleLink(url: views.url(index.pagePath(owner, cycle: $0.id)), name: $0.name, current: $0.id == cycle?.id)
        }
        var block = OwnerBlock(
            cycle: cycle.map(views.cycleView), cycleLinks: links, hasCycleLinks: owner == .company ? links.count > 1 : !links.isEmpty,
            summary: nil, objectives: [], bodyHTML: nil, setHints: [], hasSetHints: false,
            ownerMapSVG: nil, ownerMapNote: nil, ownerMapURL: nil, confidentialNote: nil, editURL: nil)
        guard let cycle, let set = index.set(cycle.id, owner) else { return block }
        // Lists long enough to fold share the page's budget of folded contributors.
        var views = views
        let folding = set.objectives.reduce(0) { count, objective in
            let byTarget = Dictionary(grouping: index.graph.incoming[set.key(of: objective)] ?? [], by: \.targetKeyResult)
            return count + byTarget.values.filter { $0.count > ViewBuilder.AlignedByList.limit }.count
        }
        if folding > 0 {
            views.foldedLimit = min(ViewBuilder.AlignedByList.foldedLimit, max(ViewBuilder.AlignedByList.limit, ViewBuilder.AlignedByList.pageBudget / folding))
        }
        block.objectives = set.objectives.map { views.objective($0, in: set) }
        block.summary = set.objectives.isEmpty ? nil : SetSummary(
            progress: views.progress(set.progress), score: views.score(set.score), objectiveCount: set.objectives.count,
            objectiveCountLabel: views.count(set.objectives.count, "objectives_count"),
            hasTrends: block.objectives.contains { $0.trend != nil || $0.keyResults.contains { $0.krTrend != nil } })
        block.bodyHTML = set.bodyHTML.nonEmpty.map(views.linkingMentions)
        block.setHints = (index.findingsBySet[SiteIndex.SetKey(cycle: cycle.id, owner: owner)] ?? []).map(views.hint)
        block.hasSetHints = !block.setHints.isEmpty
        let ownerMap = views.ownerMap(owner, cycle: cycle.id)
        block.ownerMapSVG = ownerMap?.svg
        block.ownerMapNote = ownerMap?.omittedNote
        if case .team(let id) = owner, !teamMapIsOnTeamPage(id, cycle: cycle.id) {
            block.ownerMapURL = views.url(SiteIndex.teamMapPath(id, cycle: cycle.id))
        } else {
            block.ownerMapURL = views.url(index.mapPath(cycle: cycle.id))
        }
        block.confidentialNote = views.t("confidential_objectives", counting: set.confidentialObjectives)
        block.editURL = index.content.config.editURL.map { $0 + set.pathInContent }
        return block
    }

    func ancestors(of team: Team) -> [Team] {
        var chain: [Team] = []
        var seen: Set<String> = [team.id]
        var current = team.parent
        while let id = current, let parent = index.teamsByID[id], seen.insert(id).inserted {
            chain.insert(parent, at: 0)
            current = parent.parent
        }
        return chain
    }

    /// Directories that grow with the company (people, teams, a team's sub-teams) show at
    /// most this many entries: everyone, or whole levels of the team tree from the top.
    static let directoryLimit = 2_000

    /// A person's page names at most this many direct reports.
    static let reportsLimit = 200

    /// A person's page lists at most this many check-ins that mention them.
    static let mentionsLimit = 20
    /// The id of an OKR file's notes on its owner's page.
    static let notesAnchor = "notes"

    /// A team's page lists at most this many members.
    static let teamMembersLimit = 1_000

    /// Every cycle's version of a directory (`teams`, `people`), the one shown marked.
    func directoryLinks(_ directory: String, shown: Cycle?, views: ViewBuilder) -> [CycleLink] {
        index.content.config.cycles.map {
            CycleLink(url: views.url(index.directoryPath(directory, cycle: $0.id)), name: $0.name, current: $0.id == shown?.id)
        }
    }

    /// A team in a tree, with its progress in `cycle` (the current one by default).
    func teamNode(_ team: Team, cycle: Cycle? = nil, views: ViewBuilder, depth: Int = 0, maximumDepth: Int = 64) -> TeamNode {
        let cycle = cycle ?? index.currentCycle
        // The loader rejects loops in the tree; the depth bound only guards against rendering one.
        let children = depth >= min(maximumDepth, 64) ? [] : (index.childTeams[team.id] ?? []).map {
            teamNode($0, cycle: cycle, views: views, depth: depth + 1, maximumDepth: maximumDepth)
        }
        let progress = cycle.flatMap { index.set($0.id, .team(team.id)) }.map { views.progress($0.progress) }
        let members = index.membersByTeam[team.id]?.count ?? 0
        let total = index.subtreeMemberCounts[team.id] ?? members
        // A team with sub-teams says both counts, so "1 member" here and 13 on the dashboard
        // (which counts sub-teams in) do not seem to disagree.
        let label = total == members
            ? views.count(members, "members_count")
            : views.t("members_direct_and_total")
                .replacing("{direct}", with: Format.number(Double(members)))
                .replacing("{total}", with: Format.number(Double(total)))
        return TeamNode(
            url: views.url("teams/\(team.id)/"), name: team.name, hasTeamProgress: progress != nil, teamProgress: progress,
            memberCount: members, memberCountLabel: label, children: children, hasChildren: !children.isEmpty)
    }

    func personRow(_ person: Person, cycle: Cycle?, views: ViewBuilder, withTeam: Bool) -> PersonRow {
        let set = cycle.flatMap { index.set($0.id, .person(person.id)) }
        let owned = set?.hasObjectives == true ? 0
            : index.ownedKeyResults(of: person.id, in: cycle?.id).count
        return PersonRow(
            url: views.url("people/\(person.id)/"), name: person.name, title: person.title ?? "",
            team: withTeam ? views.teamLink(person.team) : nil,
            personProgress: set.flatMap { $0.objectives.isEmpty ? nil : views.progress($0.progress) },
            confidentialOnly: set.map { $0.objectives.isEmpty && $0.hasObjectives } ?? false,
            ownedNote: views.t("owns_key_results", counting: owned),
            teamID: person.team ?? "", location: person.location, employment: person.employment?.rawValue)
    }

    /// Where a person without OKRs in a cycle still to come or running could align them: the
    /// objectives of their team, else of the nearest team above with some, else the
    /// company's; nil once the cycle is over or when nobody above has objectives.
    /// With them, the command that starts the person's file for the cycle (`okr-portal new`).
    func alignTargets(for person: Person, cycle: Cycle?, views: ViewBuilder) -> (label: String, links: [ObjectiveLink], command: String)? {
        guard let cycle, cycle.phase(at: index.buildDate) != .closed,
              !(index.set(cycle.id, .person(person.id))?.hasObjectives ?? false) else { return nil }
        let team = person.team.flatMap { index.teamsByID[$0] }
        let owners = (team.map { [$0] + ancestors(of: $0).reversed() } ?? []).map { Owner.team($0.id) } + [.company]
        guard let owner = owners.first(where: { !(index.set(cycle.id, $0)?.objectives.isEmpty ?? true) }),
              let set = index.set(cycle.id, owner) else { return nil }
        let links = set.objectives.prefix(Self.alignTargetsLimit).map { views.link(to: set.key(of: $0)) }
        let command = "okr-portal new people/\(person.id)" + (cycle.id == index.currentCycle?.id ? "" : " --cycle \(cycle.id)")
        return (views.t("align_targets").replacing("{owner}", with: index.ownerName(owner)), links, command)
    }

    /// Files hold up to 50 objectives; a person choosing what to align to reads a few.
    static let alignTargetsLimit = 10

    /// The headline figures of the home page and the office screens: the owner's own OKRs'
    /// progress and the counts the dashboard makes for the cycle, company-wide or (for a team)
    /// of the team with its sub-teams; `teams` counts all teams, or the team's sub-teams.
    func figures(for cycle: Cycle, of owner: Owner = .company) -> HeadlineFigures {
        let coverage = index.coverage(of: cycle)
        let (counts, teams): (CycleCoverage.Counts, Int) = if case .team(let id) = owner {
            (coverage.teams[id] ?? CycleCoverage.Counts(), index.childTeams[id]?.count ?? 0)
        } else {
            (coverage.company, index.content.teams.count)
        }
        return HeadlineFigures(
            companyProgress: index.set(cycle.id, owner).map { Format.percent($0.progress) } ?? "–",
            expectedProgress: Format.percent(cycle.elapsedFraction(at: index.buildDate)),
            objectives: counts.objectives, atRisk: counts.atRisk,
            coverage: Self.ratio(counts.peopleWithOKRs, of: counts.people), coverageShare: Self.share(counts.peopleWithOKRs, of: counts.people),
            teams: teams)
    }

    func cyclesPage(views: ViewBuilder) -> CyclesPage {
        var counts: [String: (objectives: Int, owners: Int)] = [:]
        for set in index.content.okrSets where !set.objectives.isEmpty {
            counts[set.cycle, default: (0, 0)].objectives += set.objectives.count
            counts[set.cycle, default: (0, 0)].owners += 1
        }
        let rows = index.content.config.cycles.reversed().map { cycle in
            CycleRow(
                id: cycle.id, isClosed: cycle.phase(at: index.buildDate) == .closed && cycle.id != index.currentCycle?.id,
                url: views.url(index.pagePath(.company, cycle: cycle.id)), name: cycle.name,
                isCurrent: cycle.id == index.currentCycle?.id, start: cycle.start.description, end: cycle.end.description,
                objectiveCount: counts[cycle.id]?.objectives ?? 0, ownerCount: counts[cycle.id]?.owners ?? 0,
                companyProgress: index.set(cycle.id, .company).map { views.progress($0.progress) })
        }
        let groups = [
            CycleGroup(id: "open", label: views.t("cycles_open"), cycles: rows.filter { !$0.isClosed }),
            CycleGroup(id: "closed", label: views.t("cycles_closed"), cycles: rows.filter(\.isClosed)),
        ]
        return CyclesPage(groups: groups.filter { !$0.cycles.isEmpty })
    }
}

/// The 404 page has only the layout's fields.
struct NotFoundPage: TemplateObject {
    func field(named name: String) -> TemplateValue { .null }
}
