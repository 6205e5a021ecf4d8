import OKRGraph
import OKRHints
import OKRMap
import OKRModel
import Synchronization

/// Lookups the pages need, computed once from the content and the graph so that rendering
/// any page costs only its own size (no scans over all people per page).
public final class SiteIndex: Sendable {
    public let content: PortalContent
    public let graph: AlignmentGraph
    public let buildDate: Day
    public let findings: [Finding]
    /// Findings about one objective (or one of its key results), by objective.
    let findingsByObjective: [ObjectiveKey: [Finding]]
    /// Findings about an owner's whole OKR set for a cycle.
    let findingsBySet: [SetKey: [Finding]]
    /// Findings not silenced, by the team they belong to ("" for the company), each once.
    let activeFindingsByTeam: [String: [Finding]]
    /// Per team: the count of its own active findings plus all its sub-teams'.
    let findingSubtreeTotals: [String: Int]
    /// The cycle the unqualified URLs (`/company/`, `/teams/<id>/`) show.
    public let currentCycle: Cycle?
    let cyclesByID: [String: Cycle]
    let peopleByID: [String: Person]
    let teamsByID: [String: Team]
    let membersByTeam: [String: [Person]]
    /// Per team: its members and all its sub-teams' (the dashboard's count).
    let subtreeMemberCounts: [String: Int]
    let childTeams: [String: [Team]]
    let rootTeams: [Team]
    /// Every team once, each parent before its sub-teams, with its depth below the roots.
    let teamTree: [(team: Team, depth: Int)]
    let reportsByManager: [String: [Person]]
    /// See `employments(of:)`: what the dashboard breaks its figures down by.
    let employmentsPresent: [Employment]
    let setIndex: [SetKey: Int]
    /// Cycles in which an owner has OKRs, in calendar order.
    let cyclesByOwner: [Owner: [Cycle]]
    /// Team-tree order of owners, where maps start before reducing crossings.
    let ownerOrder: OwnerOrder

    struct SetKey: Hashable {
        var cycle: String
        var owner: Owner
    }

    /// What a check-in's place names: its objective, key result and check-in.
    func checkIn(at place: CheckInPlace) -> (objective: ObjectiveKey, keyResult: KeyResult, checkIn: CheckIn) {
        let set = content.okrSets[Int(place.set)]
        let objective = set.objectives[Int(place.objective)]
        let keyResult = objective.keyResults[Int(place.keyResult)]
        return (set.key(of: objective), keyResult, keyResult.checkIns[Int(place.position)])
    }

    /// Person id → the check-ins of others whose notes mention them, newest first: their
    /// page lists those of the cycle shown, their mentions feed the latest.
    let mentionsByPerson: [String: [CheckInPlace]]
    /// Person id → the OKR files of others whose notes or risks mention them, in file order:
    /// each file's notes (objective nil) or objective once.
    let proseMentionsByPerson: [String: [(set: Int32, objective: String?)]]
    /// Person id → the key results of others' OKRs that name them as `owner`, in file order:
    /// what they answer for beyond their own OKRs.
    let ownedKeyResultsByPerson: [String: [(set: Int32, objective: Int32, keyResult: Int32)]]

    public init(content: PortalContent, graph: AlignmentGraph, findings: [Finding] = [], buildDate: Day) {
        self.content = content
        self.graph = graph
        self.buildDate = buildDate
        self.findings = findings
        var byObjective: [ObjectiveKey: [Finding]] = [:]
        var bySet: [SetKey: [Finding]] = [:]
        for finding in findings {
            if let objective = finding.objective {
                byObjective[ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: objective), default: []].append(finding)
            } else {
                bySet[SetKey(cycle: finding.cycle, owner: finding.owner), default: []].append(finding)
            }
        }
        findingsByObjective = byObjective
        findingsBySet = bySet
        peopleByID = Dictionary(content.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        teamsByID = Dictionary(content.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Once per build: every team's page of findings needs both.
        let byTeam = Dictionary(grouping: findings.filter { !$0.silenced }, by: { [peopleByID] in Self.teamID(of: $0.owner, people: peopleByID) })
        activeFindingsByTeam = byTeam
        findingSubtreeTotals = Self.subtreeTotals(byTeam.mapValues(\.count), teams: teamsByID)
        let cycles = content.config.cycles
        cyclesByID = Dictionary(cycles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        currentCycle = content.config.currentCycle(on: buildDate)
        membersByTeam = Dictionary(grouping: content.people.filter { $0.team != nil }, by: { $0.team! })
        subtreeMemberCounts = Self.subtreeTotals(membersByTeam.mapValues(\.count), teams: teamsByID)
        childTeams = Dictionary(grouping: content.teams.filter { $0.parent != nil }, by: { $0.parent! })
        rootTeams = content.teams.filter { $0.parent == nil }
        teamTree = Self.treeOrder(roots: rootTeams, children: childTeams)
        reportsByManager = Dictionary(grouping: content.people.filter { $0.manager != nil }, by: { $0.manager! })
        employmentsPresent = Self.employments(of: content.people)
        var setIndex: [SetKey: Int] = [:]
        var cyclesByOwner: [Owner: [Cycle]] = [:]
        let cycleOrder = Dictionary(cycles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var mentions: [String: [CheckInPlace]] = [:]
        for (index, set) in content.okrSets.enumerated() {
            setIndex[SetKey(cycle: set.cycle, owner: set.owner)] = index
            if let cycle = cyclesByID[set.cycle] { cyclesByOwner[set.owner, default: []].append(cycle) }
        }
        let people = peopleByID
        CheckInPlace.forEach(in: content.okrSets) { place, checkIn in
            guard let note = checkIn.note, note.utf8.contains(UInt8(ascii: "@")) else { return }
            let owner = content.okrSets[Int(place.set)].owner
            var named: Set<String> = []
            for found in Mentions.find(in: note) where people[found.id] != nil && owner != .person(found.id) {
                if named.insert(found.id).inserted { mentions[found.id, default: []].append(place) }
            }
        }
        var prose: [String: [(set: Int32, objective: String?)]] = [:]
        for (index, set) in content.okrSets.enumerated() where !set.proseMentions.isEmpty {
            var named: Set<[String?]> = []
            for mention in set.proseMentions where people[mention.id] != nil && set.owner != .person(mention.id) {
                if named.insert([mention.id, mention.objective]).inserted { prose[mention.id, default: []].append((Int32(index), mention.objective)) }
            }
        }
        proseMentionsByPerson = prose
        var owned: [String: [(set: Int32, objective: Int32, keyResult: Int32)]] = [:]
        for (setIndex, set) in content.okrSets.enumerated() {
            for (objectiveIndex, objective) in set.objectives.enumerated() {
                for (keyResultIndex, keyResult) in objective.keyResults.enumerated() {
                    guard let id = keyResult.owner, people[id] != nil, set.owner != .person(id) else { continue }
                    owned[id, default: []].append((Int32(setIndex), Int32(objectiveIndex), Int32(keyResultIndex)))
                }
            }
        }
        ownedKeyResultsByPerson = owned
        // A person has a page for each cycle in which they own a key result of others, as for
        // each in which they wrote OKRs: what they answered for stays to be seen.
        for (id, places) in owned {
            for place in places {
                guard let cycle = cyclesByID[content.okrSets[Int(place.set)].cycle] else { continue }
                if !(cyclesByOwner[.person(id)] ?? []).contains(where: { $0.id == cycle.id }) { cyclesByOwner[.person(id), default: []].append(cycle) }
            }
        }
        // Newest first; on one day in the order of the files, which is fixed.
        mentionsByPerson = mentions.mapValues { list in
            list.enumerated().sorted { ($1.element.date, $0.offset) < ($0.element.date, $1.offset) }.map(\.element)
        }
        for owner in cyclesByOwner.keys {
            cyclesByOwner[owner]!.sort { cycleOrder[$0.id]! < cycleOrder[$1.id]! }
        }
        self.setIndex = setIndex
        self.cyclesByOwner = cyclesByOwner
        ownerOrder = OwnerOrder(teams: content.teams, people: content.people)
    }

    /// The key results of others' OKRs of `cycle` that name `person` as their owner.
    func ownedKeyResults(of person: String, in cycle: String?) -> [(set: Int32, objective: Int32, keyResult: Int32)] {
        (ownedKeyResultsByPerson[person] ?? []).filter { content.okrSets[Int($0.set)].cycle == cycle }
    }

    /// A cycle's dashboard counts, counted once per build: the home page, the dashboards
    /// and their spreadsheets of both languages all ask for them.
    func coverage(of cycle: Cycle, employment: Employment? = nil) -> CycleCoverage {
        let key = employment.map { "\(cycle.id) \($0.rawValue)" } ?? cycle.id
        if let known = coverageCache.byCycle.withLock({ $0[key] }) { return known }
        let counted = CycleCoverage(index: self, cycle: cycle, employment: employment)
        coverageCache.byCycle.withLock { $0[key] = counted }
        return counted
    }

    /// The kinds of employment the people have, in the order of `Employment`; empty when
    /// nobody's is given, or when everyone has the same one (a breakdown would repeat "all").
    static func employments(of people: [Person]) -> [Employment] {
        let given = Set(people.compactMap(\.employment))
        if given.count == 1, people.allSatisfy({ $0.employment != nil }) { return [] }
        return Employment.allCases.filter(given.contains)
    }

    private let coverageCache = CoverageCache()

    /// The team an owner's OKRs count for: the team itself, a person's team, "" for the
    /// company and people outside any team.
    func teamID(of owner: Owner) -> String { Self.teamID(of: owner, people: peopleByID) }

    static func teamID(of owner: Owner, people: [String: Person]) -> String {
        switch owner {
        case .company: ""
        case .team(let id): id
        case .person(let id): people[id]?.team ?? ""
        }
    }

    /// Adds each team's count to itself and every team above it; a loop in the parents (which
    /// the loader rejects) is walked once.
    static func subtreeTotals(_ counts: [String: Int], teams: [String: Team]) -> [String: Int] {
        var totals: [String: Int] = [:]
        for (team, count) in counts where !team.isEmpty {
            var current: String? = team
            var seen: Set<String> = []
            while let id = current, seen.insert(id).inserted {
                totals[id, default: 0] += count
                current = teams[id]?.parent
            }
        }
        return totals
    }

    /// Depth first from the roots, without recursion; the loader rejects loops, and a team
    /// met twice is listed once all the same.
    static func treeOrder(roots: [Team], children: [String: [Team]]) -> [(team: Team, depth: Int)] {
        var order: [(team: Team, depth: Int)] = []
        var seen: Set<String> = []
        var stack = roots.reversed().map { (team: $0, depth: 0) }
        while let entry = stack.popLast() {
            guard seen.insert(entry.team.id).inserted else { continue }
            order.append(entry)
            stack += (children[entry.team.id] ?? []).reversed().map { (team: $0, depth: entry.depth + 1) }
        }
        return order
    }

    func set(_ cycle: String, _ owner: Owner) -> OKRSet? {
        setIndex[SetKey(cycle: cycle, owner: owner)].map { content.okrSets[$0] }
    }

    /// The objective `key` names. Its set is not copied out with it: a copy retains and
    /// releases every field, and links ask for thousands of objectives per page batch.
    func objective(_ key: ObjectiveKey) -> Objective? {
        guard let position = graph.objectives[key] else { return nil }
        return content.okrSets[position.set].objectives[position.objective]
    }

    func ownerName(_ owner: Owner) -> String {
        switch owner {
        case .company: content.company.name
        case .team(let id): teamsByID[id]?.name ?? id
        case .person(let id): peopleByID[id]?.name ?? id
        }
    }

    func status(of objective: Objective, in cycle: String) -> Status {
        status(progress: objective.progress, in: cycle)
    }

    /// The same, for an objective whose progress is already at hand.
    func status(progress: Double, in cycle: String) -> Status {
        guard let cycle = cyclesByID[cycle] else { return .onTrack }
        return Status.of(progress: progress, in: cycle, on: buildDate)
    }

    // MARK: URLs, relative to a language's root, always ending in "/" or an anchor.

    static func ownerPath(_ owner: Owner) -> String { owner.path + "/" }

    static func ownerPath(_ owner: Owner, cycle: String) -> String { owner.path + "/" + cycle + "/" }

    static func objectivePath(_ key: ObjectiveKey) -> String {
        ownerPath(key.owner, cycle: key.cycle) + "#" + key.objective
    }

    static func teamMapPath(_ team: String, cycle: String) -> String { "map/\(cycle)/teams/\(team)/" }

    // The canonical addresses that links use: a page of the current cycle lives at the
    // address without the cycle (`people/ana/`, `map/`), and the cycle's own address is a
    // small page that redirects there (see `SiteRenderer.redirectTarget(of:)`).

    func isCurrent(_ cycle: String) -> Bool { cycle == currentCycle?.id }

    /// The deepest level of the team tree to show so that whole levels, from the top, hold
    /// at most `limit` teams (at least the top level). Lists that grow with the company use
    /// it to stay under a megabyte; the levels below are on each team's page.
    func shownTreeDepth(limit: Int, under roots: [Team]? = nil) -> Int {
        var level = roots ?? rootTeams
        var total = 0
        var depth = 0
        while !level.isEmpty && depth <= 64 {
            total += level.count
            if total > limit && depth > 0 { return depth - 1 }
            level = level.flatMap { childTeams[$0.id] ?? [] }
            depth += 1
        }
        return 64
    }

    func pagePath(_ owner: Owner, cycle: String) -> String {
        isCurrent(cycle) ? Self.ownerPath(owner) : Self.ownerPath(owner, cycle: cycle)
    }

    func objectiveURL(_ key: ObjectiveKey) -> String { pagePath(key.owner, cycle: key.cycle) + "#" + key.objective }

    func keyResultURL(_ key: ObjectiveKey, keyResult: String) -> String {
        pagePath(key.owner, cycle: key.cycle) + "#" + Self.keyResultAnchor(objective: key.objective, keyResult: keyResult)
    }

    /// A key result as lists on other pages name it: "Growth · O1/KR2".
    func keyResultName(_ key: ObjectiveKey, keyResult: String) -> String {
        "\(ownerName(key.owner)) · \(key.objective)/\(keyResult)"
    }

    func mapPath(cycle: String) -> String { isCurrent(cycle) ? "map/" : "map/\(cycle)/" }

    /// The team tree or the people directory with a cycle's progress: the current cycle's at
    /// `teams/`, another's under its cycle (`cycles/2026-Q3/teams/`), where no team or person
    /// id can be in the way.
    static func directoryPath(_ directory: String, cycle: String?) -> String {
        cycle.map { "cycles/\($0)/\(directory)/" } ?? "\(directory)/"
    }

    func directoryPath(_ directory: String, cycle: String) -> String {
        Self.directoryPath(directory, cycle: isCurrent(cycle) ? nil : cycle)
    }

    func dashboardPath(cycle: String) -> String { isCurrent(cycle) ? "dashboard/" : "dashboard/\(cycle)/" }

    static func keyResultAnchor(objective: String, keyResult: String) -> String { "\(objective)-\(keyResult)" }
}

/// Counts made by `SiteIndex.coverage(of:)`, shared by the render tasks. Two tasks asking at
/// once may both count; they get the same figures.
final class CoverageCache: Sendable {
    let byCycle = Mutex<[String: CycleCoverage]>([:])
}

/// Where objectives are on the published site, for commands that link to it without
/// rendering it (`diff`).
public struct ObjectiveLinks: Sendable {
    let currentCycle: String?
    /// Ends with "/".
    let baseURL: String

    public init(content: PortalContent, buildDate: Day, baseURL: String) {
        currentCycle = content.config.currentCycle(on: buildDate)?.id
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// The objective's (or key result's) anchor on its owner's page; the page alone when
    /// `key` names no objective.
    public func url(_ key: ObjectiveKey, keyResult: String? = nil) -> String {
        let page = baseURL + (key.cycle == currentCycle ? SiteIndex.ownerPath(key.owner) : SiteIndex.ownerPath(key.owner, cycle: key.cycle))
        guard !key.objective.isEmpty else { return page }
        return page + "#" + (keyResult.map { SiteIndex.keyResultAnchor(objective: key.objective, keyResult: $0) } ?? key.objective)
    }
}

/// A check-in located in the model by position: the current cycle of a large organisation has
/// millions of check-ins and a feed shows 50, so the text of an entry, and even its reference,
/// is made only for the check-ins that may be picked.
struct CheckInPlace {
    var date: Day
    var set: Int32
    var objective: Int32
    var keyResult: Int32
    var position: Int32

    /// Calls `visit` with each check-in of `sets` (of `cycle` only, when given) and its
    /// place, in source order.
    static func forEach(in sets: [OKRSet], cycle: String? = nil, _ visit: (CheckInPlace, CheckIn) -> Void) {
        for (setIndex, set) in sets.enumerated() where cycle == nil || set.cycle == cycle {
            for (objectiveIndex, objective) in set.objectives.enumerated() {
                for (krIndex, keyResult) in objective.keyResults.enumerated() {
                    for (position, checkIn) in keyResult.checkIns.enumerated() {
                        visit(CheckInPlace(
                            date: checkIn.date, set: Int32(setIndex), objective: Int32(objectiveIndex),
                            keyResult: Int32(krIndex), position: Int32(position)), checkIn)
                    }
                }
            }
        }
    }
}
