import OKRModel

/// The week of one cycle, computed once per cycle for all its pages.
struct Week: Sendable {
    /// One check-in of the week, as positions in the model: a large company has one per key
    /// result every week, and this stays small while every page is written (with a copy of
    /// each key result it held 100 MB more at 10,000 people, through the whole build).
    struct Entry: Sendable {
        var set: Int32
        var objective: Int32
        var keyResult: Int32
        var checkIn: Int32
        var date: Day
    }

    var start: Day
    var end: Day
    /// By team ("" for the company's own key results and people outside any team), newest
    /// first.
    var entries: [String: [Entry]]
    /// People with OKRs in the cycle and no check-in for `stale_days`, by team.
    var quiet: [String: [Person]]
    var entryTotals: [String: Int]
    var quietTotals: [String: Int]
    var checkInCount: Int
    var movedCount: Int
    var completedCount: Int
    var quietCount: Int
}

/// A check-in told as a move, in words that are the same in every language.
struct Move {
    var from: String
    var to: String
    var confidenceChange: String?
    var moved: Bool
    var completed: Bool
}

extension SiteRenderer {
    static func updatesPath(cycle: String?) -> String { cycle.map { "updates/\($0)/" } ?? "updates/" }
    static func teamUpdatesPath(_ team: String, cycle: String) -> String { "updates/\(cycle)/teams/\(team)/" }

    /// The seven days that end on the build date, or on the cycle's last day once it is over.
    static func week(of cycle: Cycle, index: SiteIndex) -> Week {
        let end = min(index.buildDate, cycle.end)
        let start = Day(daysSinceEpoch: end.daysSinceEpoch - 6)
        let staleDays = index.content.config.hints.staleDays
        var entries: [String: [Week.Entry]] = [:]
        var quiet: [String: [Person]] = [:]
        var moved = 0
        var completed = 0
        for (setIndex, set) in index.content.okrSets.enumerated() where set.cycle == cycle.id {
            var latest: Day?
            var movedHere: Set<Int> = []
            for (objectiveIndex, objective) in set.objectives.enumerated() {
                for (keyResultIndex, keyResult) in objective.keyResults.enumerated() {
                    for (position, checkIn) in keyResult.checkIns.enumerated() {
                        latest = max(latest ?? checkIn.date, checkIn.date)
                        guard checkIn.date >= start && checkIn.date <= end else { continue }
                        let move = Self.move(keyResult, checkIn: checkIn, previous: position > 0 ? keyResult.checkIns[position - 1] : nil)
                        if move.moved { movedHere.insert(objectiveIndex << 16 | keyResultIndex) }
                        if move.completed { completed += 1 }
                        entries[index.teamID(of: set.owner), default: []].append(Week.Entry(
                            set: Int32(setIndex), objective: Int32(objectiveIndex), keyResult: Int32(keyResultIndex),
                            checkIn: Int32(position), date: checkIn.date))
                    }
                }
            }
            moved += movedHere.count
            if case .person(let id) = set.owner, let person = index.peopleByID[id], !set.objectives.isEmpty,
               cycle.start <= end, end - cycle.start >= staleDays, (latest.map { end - $0 > staleDays } ?? true) {
                quiet[index.teamID(of: set.owner), default: []].append(person)
            }
        }
        for (team, list) in entries {
            entries[team] = list.sorted {
                ($1.date, $0.set, $0.objective, $0.keyResult, $0.checkIn) < ($0.date, $1.set, $1.objective, $1.keyResult, $1.checkIn)
            }
        }
        return Week(
            start: start, end: end, entries: entries, quiet: quiet.mapValues { $0.sorted { $0.name < $1.name } },
            entryTotals: SiteIndex.subtreeTotals(entries.mapValues(\.count), teams: index.teamsByID),
            quietTotals: SiteIndex.subtreeTotals(quiet.mapValues(\.count), teams: index.teamsByID),
            checkInCount: entries.values.reduce(0) { $0 + $1.count }, movedCount: moved, completedCount: completed,
            quietCount: quiet.values.reduce(0) { $0 + $1.count })
    }

    /// A check-in told as a move from where the key result stood before (the previous
    /// check-in, else its start) to where it stands after.
    static func move(_ keyResult: KeyResult, checkIn: CheckIn, previous: CheckIn?) -> Move {
        let from: String, to: String
        let moved: Bool, completed: Bool
        switch keyResult.measure {
        case .numeric(let start, let target, _, let written):
            let unit = written.map { " " + $0 } ?? ""
            let before = previous?.value ?? start
            let now = checkIn.value ?? before
            from = Format.number(before) + unit
            to = Format.number(now) + unit
            let reached = target >= start ? now >= target : now <= target
            let had = target >= start ? before >= target : before <= target
            moved = now != before
            completed = reached && !had
        case .milestone:
            let before = previous?.done ?? false
            let now = checkIn.done ?? before
            from = before ? "✓" : "✗"
            to = now ? "✓" : "✗"
            moved = now != before
            completed = now && !before
        case .manual(let written):
            let before = previous?.progress ?? written
            let now = checkIn.progress ?? before
            from = Format.percent(before)
            to = Format.percent(now)
            moved = now != before
            completed = now >= 1 && before < 1
        }
        var confidenceChange: String?
        if let now = checkIn.confidence, let before = previous?.confidence, now != before {
            confidenceChange = "\(before) → \(now)"
        }
        return Move(from: from, to: to, confidenceChange: confidenceChange, moved: moved, completed: completed)
    }

    /// Teams that have a page of updates for the cycle: those with check-ins or quiet people
    /// in their subtree.
    func teamsWithUpdates(cycle: String) -> [String] {
        guard let week = weeks[cycle] else { return [] }
        return Set(week.entryTotals.keys).union(week.quietTotals.keys).filter { !$0.isEmpty }.sorted()
    }

    func item(_ entry: Week.Entry, views: ViewBuilder) -> UpdateItem {
        let set = index.content.okrSets[Int(entry.set)]
        let objective = set.objectives[Int(entry.objective)]
        let keyResult = objective.keyResults[Int(entry.keyResult)]
        let checkIn = keyResult.checkIns[Int(entry.checkIn)]
        let move = Self.move(keyResult, checkIn: checkIn, previous: entry.checkIn > 0 ? keyResult.checkIns[Int(entry.checkIn) - 1] : nil)
        let key = set.key(of: objective)
        return UpdateItem(
            url: views.url(index.keyResultURL(key, keyResult: keyResult.id)),
            target: "\(key.objective)/\(keyResult.id)",
            title: views.text(keyResult.title), from: move.from, to: move.to, confidenceChange: move.confidenceChange,
            completed: move.completed, note: checkIn.note, noteHTML: checkIn.note.map(views.noteHTML))
    }

    /// The entries as one group per owner and day: owner and date are said once for all the
    /// key results checked in together. Entries come newest first and, within a day, set by
    /// set, so each group is a run of them.
    func groups(_ entries: [Week.Entry], views: ViewBuilder) -> [UpdateGroup] {
        var groups: [UpdateGroup] = []
        var last: (set: Int32, date: Day)?
        for entry in entries {
            if let last, last.set == entry.set, last.date == entry.date {
                groups[groups.count - 1].items.append(item(entry, views: views))
                continue
            }
            let set = index.content.okrSets[Int(entry.set)]
            let owner = NamedLink(url: views.url(index.pagePath(set.owner, cycle: set.cycle)), name: index.ownerName(set.owner))
            groups.append(UpdateGroup(owner: owner, date: entry.date.description, items: [item(entry, views: views)]))
            last = (entry.set, entry.date)
        }
        return groups
    }

    /// The teams with a week to show, in tree order, to `maximumDepth` levels below `teams`
    /// and at most `limit` rows.
    func counts(_ teams: [Team], week: Week, cycle: String, views: ViewBuilder, maximumDepth: Int = 64, limit: Int = directoryLimit) -> [TeamUpdateCount] {
        var rows: [TeamUpdateCount] = []
        func walk(_ teams: [Team], depth: Int) {
            for team in teams where week.entryTotals[team.id] != nil || week.quietTotals[team.id] != nil {
                guard depth < maximumDepth && rows.count < limit else { return }
                rows.append(TeamUpdateCount(
                    url: views.url(Self.teamUpdatesPath(team.id, cycle: cycle)), name: team.name,
                    count: week.entries[team.id]?.count ?? 0, totalCount: week.entryTotals[team.id] ?? 0,
                    quietCount: week.quietTotals[team.id] ?? 0, depth: depth))
                walk(index.childTeams[team.id] ?? [], depth: depth + 1)
            }
        }
        walk(teams, depth: 0)
        return rows
    }

    func updatesPage(cycleID: String?, views: ViewBuilder) -> UpdatesPage {
        let cycle = cycleID.flatMap { index.cyclesByID[$0] } ?? index.currentCycle
        let cycleLinks = index.content.config.cycles.map {
            CycleLink(url: views.url(Self.updatesPath(cycle: $0.id)), name: $0.name, current: $0.id == cycle?.id)
        }
        guard let cycle else {
            return UpdatesPage(
                cycle: nil, cycleLinks: [], hasCycleLinks: false, window: "", checkInCount: 0, movedCount: 0, completedCount: 0,
                quietCount: 0, quietLabel: quietLabel(views), companyGroups: [], hasCompanyGroups: false, teamCounts: [], hasTeamCounts: false)
        }
        let week = weeks[cycle.id] ?? Self.week(of: cycle, index: index)
        let companyGroups = groups(week.entries[""] ?? [], views: views)
        // Whole levels of the tree, as the directories show it.
        let teamCounts = counts(index.rootTeams, week: week, cycle: cycle.id, views: views, maximumDepth: index.shownTreeDepth(limit: Self.directoryLimit))
        return UpdatesPage(
            cycle: views.cycleView(cycle), cycleLinks: cycleLinks, hasCycleLinks: cycleLinks.count > 1,
            window: "\(week.start) – \(week.end)", checkInCount: week.checkInCount, movedCount: week.movedCount,
            completedCount: week.completedCount, quietCount: week.quietCount, quietLabel: quietLabel(views),
            companyGroups: companyGroups, hasCompanyGroups: !companyGroups.isEmpty, teamCounts: teamCounts, hasTeamCounts: !teamCounts.isEmpty)
    }

    /// Who counts as quiet, said with the number of days rather than the setting's name.
    func quietLabel(_ views: ViewBuilder) -> String {
        withStaleDays(views.t("updates_quiet"))
    }

    /// A team's week lists at most this many check-ins, and this many quiet members.
    static let weekItemLimit = 1_000

    func teamUpdatesPage(_ id: String, cycleID: String, views: ViewBuilder) -> TeamUpdatesPage {
        let cycle = index.cyclesByID[cycleID]
        let team = index.teamsByID[id]
        let week = weeks[cycleID]
        // A team of thousands (a company that keeps everyone in one team) would list every
        // check-in of the week and every quiet member: past the limits, a count says where
        // the rest are.
        let (entries, moreUpdates) = views.cut(week?.entries[id] ?? [], at: Self.weekItemLimit, note: "updates_more")
        let groups = groups(Array(entries), views: views)
        let (listed, moreQuiet) = views.cut(week?.quiet[id] ?? [], at: Self.weekItemLimit, note: "quiet_rest")
        let quiet = listed.compactMap { views.personLink($0.id) }
            + (moreQuiet.map { [NamedLink(url: views.url("dashboard/\(cycleID)/\(Self.followUpCSV)"), name: $0)] } ?? [])
        let subteams = week.map { counts(index.childTeams[id] ?? [], week: $0, cycle: cycleID, views: views, maximumDepth: 1) } ?? []
        return TeamUpdatesPage(
            cycle: cycle.map(views.cycleView), team: NamedLink(url: views.url("teams/\(id)/"), name: team?.name ?? id),
            overviewURL: views.url(Self.updatesPath(cycle: cycleID)), window: week.map { "\($0.start) – \($0.end)" } ?? "",
            groups: groups, hasGroups: !groups.isEmpty, moreUpdates: moreUpdates, quiet: quiet, hasQuiet: !quiet.isEmpty, quietLabel: quietLabel(views),
            subteamCounts: subteams, hasSubteamCounts: !subteams.isEmpty)
    }
}
