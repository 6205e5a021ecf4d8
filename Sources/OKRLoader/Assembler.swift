import OKRModel

/// Joins the parsed files into one `PortalContent` and checks what no single file can:
/// definitions made twice, and references to people, teams and cycles.
struct Assembler {
    var diagnostics = DiagnosticBag()
    private var config: (value: PortalConfig, path: String)?
    private var company: Company?
    private var people: [String: OrgEntry<Person>] = [:]
    private var teams: [String: OrgEntry<Team>] = [:]
    private var okrSets: [OKRSet] = []
    private var personReferences: [PersonReference] = []
    private var unread = UnreadDefinitions()

    mutating func add(_ parsed: ParsedFile) {
        diagnostics.append(contentsOf: parsed.diagnostics)
        let fileStart = SourceLocation(path: parsed.file.displayPath, line: 1, column: 1)
        switch parsed.content {
        case .config(let value):
            if let first = config {
                diagnostics.error(.definedTwice, "site settings are already defined in \(first.path)", at: fileStart)
            } else {
                config = (value, parsed.file.displayPath)
            }
        case .company(let value):
            if company != nil {
                diagnostics.error(.definedTwice, "the company profile is defined twice (company.md and company.yaml)", at: fileStart)
            } else {
                company = value
            }
        case .people(let entries):
            for entry in entries { Self.define(entry, in: &people, what: "person", diagnostics: &diagnostics) }
        case .teams(let entries):
            for entry in entries { Self.define(entry, in: &teams, what: "team", diagnostics: &diagnostics) }
        case .okrs(let set, let references):
            okrSets.append(set)
            personReferences.append(contentsOf: references)
        case .nothing:
            break
        }
        if Self.readNothing(parsed) { markUnread(parsed.file.kind) }
    }

    /// A source that should have been read and was not (broken, or a folder where the file
    /// should be) may define what others refer to: those references are not reported, so
    /// the one problem is said once rather than once per reference.
    mutating func markUnread(_ kind: ContentFile.Kind) {
        switch kind {
        case .peopleList: unread.anyPerson = true
        case .teamList: unread.anyTeam = true
        case .person(let id): unread.people.insert(id)
        case .team(let id): unread.teams.insert(id)
        case .okrs(_, let owner): unread.okrOwners.insert(owner)
        case .config, .company: break
        }
    }

    /// A file with errors that gave nothing at all: unreadable, bad YAML, or a list of people
    /// or teams that is not a list.
    private static func readNothing(_ parsed: ParsedFile) -> Bool {
        guard parsed.diagnostics.contains(where: { $0.severity == .error }) else { return false }
        switch parsed.content {
        case .nothing: return true
        case .people(let entries): return entries.isEmpty
        case .teams(let entries): return entries.isEmpty
        default: return false
        }
    }

    private static func define<Value>(
        _ entry: OrgEntry<Value>, in table: inout [String: OrgEntry<Value>], what: String, diagnostics: inout DiagnosticBag
    ) where Value: Identified {
        let id = entry.value.id
        if let first = table[id] {
            // Report at whichever definition comes later in path order, so the message is stable.
            let (kept, dropped) = first.definedAt < entry.definedAt ? (first, entry) : (entry, first)
            diagnostics.error(
                .definedTwice,
                "\(what) '\(id)' is already defined at \(kept.definedAt.path):\(kept.definedAt.line):\(kept.definedAt.column)",
                at: dropped.definedAt)
            table[id] = kept
        } else {
            table[id] = entry
        }
    }

    /// - Parameter buildDate: when given, check-ins dated after it are reported.
    func finish(buildDate: Day? = nil) -> (PortalContent, [Diagnostic]) {
        var problems = DiagnosticBag()
        var config = config?.value ?? PortalConfig()
        if self.config == nil { config.cyclesAreKnown = false }
        let cycleByFoldedID = Dictionary(config.cycles.map { ($0.id.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })

        // Made only when an id is missing: most builds have none.
        lazy var nearTeams = IDSuggestions(teams.keys)
        lazy var nearPeople = IDSuggestions(people.keys)
        // An address belongs to one person: a line copied with its address kept would send
        // mail, and a search by e-mail, to the wrong one.
        var holders: [String: OrgEntry<Person>] = [:]
        for entry in people.values.sorted(by: { $0.definedAt < $1.definedAt }) {
            guard let email = entry.value.email, let at = entry.referenceLocations["email"] else { continue }
            if let first = holders[email.lowercased()] {
                problems.error(
                    .definedTwice,
                    "e-mail '\(email)' is already \(first.value.id)'s (\(first.definedAt.path):\(first.definedAt.line)); each person needs their own, or none",
                    at: at)
            } else {
                holders[email.lowercased()] = entry
            }
        }
        for entry in people.values {
            let person = entry.value
            if let team = person.team, teams[team] == nil, !unread.mayDefine(team: team), let at = entry.referenceLocations["team"] {
                problems.error(.unknownTeam, "person '\(person.id)' is in team '\(team)', which is not defined\(nearTeams.didYouMean(team))", at: at)
            }
            if let manager = person.manager, let at = entry.referenceLocations["manager"] {
                if people[manager] == nil {
                    if unread.mayDefine(person: manager) { continue }
                    problems.error(.unknownPerson, "manager '\(manager)' of '\(person.id)' is not a known person\(nearPeople.didYouMean(manager))", at: at)
                } else if manager == person.id {
                    problems.error(.outOfRange, "'\(person.id)' cannot be their own manager", at: at)
                }
            }
        }
        for entry in teams.values {
            let team = entry.value
            if let parent = team.parent, teams[parent] == nil, !unread.mayDefine(team: parent), let at = entry.referenceLocations["parent"] {
                problems.error(.unknownTeam, "parent team '\(parent)' of '\(team.id)' is not defined\(nearTeams.didYouMean(parent))", at: at)
            }
            if let lead = team.lead, people[lead] == nil, !unread.mayDefine(person: lead), let at = entry.referenceLocations["lead"] {
                problems.error(.unknownPerson, "lead '\(lead)' of team '\(team.id)' is not a known person\(nearPeople.didYouMean(lead))", at: at)
            }
        }
        let screens = config.screens.filter { screen in
            guard teams[screen.team] == nil else { return true }
            if !unread.mayDefine(team: screen.team) {
                problems.error(.unknownTeam, "screens names team '\(screen.team)', which is not defined\(nearTeams.didYouMean(screen.team))", at: screen.location)
            }
            return false
        }
        config.screens = screens
        problems.append(contentsOf: teamTreeCycles())
        problems.append(contentsOf: teamsTooDeep())
        problems.append(contentsOf: managerCycles())

        var sets: [OKRSet] = []
        var seenOwners: [String: String] = [:]
        for var set in okrSets {
            let fileStart = SourceLocation(path: set.path, line: 1, column: 1)
            guard let cycle = cycleByFoldedID[set.cycle.lowercased()] else {
                if config.mayDefine(cycle: set.cycle) { continue }
                problems.error(.unknownCycle, "cycle '\(set.cycle)' (the folder name) is not defined in portal.yaml; it defines\(Cycle.known(config.cycles, near: set.cycle))", at: fileStart)
                continue
            }
            set.cycle = cycle
            switch set.owner {
            case .company: break
            case .team(let id) where teams[id] == nil:
                if !unread.mayDefine(team: id) { problems.error(.unknownTeam, "team '\(id)' (the file name) is not defined\(nearTeams.didYouMean(id))", at: fileStart) }
                continue
            case .person(let id) where people[id] == nil:
                if !unread.mayDefine(person: id) { problems.error(.unknownPerson, "person '\(id)' (the file name) is not defined\(nearPeople.didYouMean(id))", at: fileStart) }
                continue
            default: break
            }
            let key = "\(cycle):\(set.owner.path)"
            if let first = seenOwners[key] {
                problems.error(.definedTwice, "the OKRs of \(set.owner.path) for \(cycle) are already defined in \(first)", at: fileStart)
                continue
            }
            seenOwners[key] = set.path
            if let date = config.asOf ?? buildDate { problems.append(contentsOf: Self.futureCheckIns(in: set, buildDate: date)) }
            sets.append(set)
        }
        for reference in personReferences where people[reference.id] == nil && !unread.mayDefine(person: reference.id) {
            problems.error(.unknownPerson, "key result owner '\(reference.id)' is not a known person\(nearPeople.didYouMean(reference.id))", at: reference.location)
        }

        let company = company.map { company in
            var named = company
            if named.name.isEmpty { named.name = config.title }
            return named
        } ?? Company(name: config.title)
        var content = PortalContent(
            config: config,
            company: company,
            // "squad-2" before "squad-10": directories, trees and the export list owners in
            // the order a reader counts, not character by character.
            people: people.values.map(\.value).sorted { $0.id.localizedNumericLess(than: $1.id) },
            teams: teams.values.map(\.value).sorted { $0.id.localizedNumericLess(than: $1.id) },
            okrSets: sets.sorted { ($0.cycle, $0.owner) < ($1.cycle, $1.owner) })
        content.unread = unread
        return (content, problems.items)
    }

    /// A check-in records what has happened, so one dated after the build date is a typo
    /// (most often the year). One day of grace, as the build date is UTC and an author east
    /// of Greenwich dates a check-in by their own calendar. Dates outside the cycle are
    /// fine: a key result carried over keeps its history, and final numbers come in after a
    /// quarter closes.
    private static func futureCheckIns(in set: OKRSet, buildDate: Day) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let latest = Day(daysSinceEpoch: buildDate.daysSinceEpoch + 1)
        for objective in set.objectives {
            for keyResult in objective.keyResults {
                for checkIn in keyResult.checkIns where checkIn.date > latest {
                    problems.append(.error(.outOfRange, "check-in dated \(checkIn.date) is in the future (the build date is \(buildDate))", at: checkIn.location))
                }
            }
        }
        return problems
    }

    /// Loops in a "points to one other" relation (a team's parent, a person's manager): each
    /// loop once, as its members in order starting from the smallest id. Chains that end at an
    /// unknown id end there (that id is reported on its own).
    private static func loops(among ids: some Collection<String>, next: (String) -> String?) -> [[String]] {
        var loops: [[String]] = []
        var state: [String: Int] = [:]  // 1: on the current path, 2: done
        for start in ids.sorted() where state[start] == nil {
            var path: [String] = []
            var current: String? = start
            while let id = current, state[id] == nil {
                state[id] = 1
                path.append(id)
                current = next(id)
            }
            if let id = current, state[id] == 1, let index = path.firstIndex(of: id) {
                let loop = path[index...]
                let first = loop.firstIndex(of: loop.min()!)!
                loops.append(Array(loop[first...] + loop[..<first]))
            }
            for id in path { state[id] = 2 }
        }
        return loops
    }

    /// A team that is its own ancestor makes the tree endless; report each loop once, at the
    /// `parent` of its alphabetically first member.
    private func teamTreeCycles() -> [Diagnostic] {
        Self.loops(among: teams.keys) { id in teams[id]?.value.parent.flatMap { teams[$0] == nil ? nil : $0 } }
            .compactMap { loop in
                teams[loop[0]]?.referenceLocations["parent"].map {
                    .error(.teamCycle, "teams form a loop through their parents: \((loop + [loop[0]]).joined(separator: " → "))", at: $0)
                }
            }
    }

    /// The most levels a team tree may have. Real organisations have a dozen at most; pages
    /// name a team's ancestors (breadcrumbs, indented filters), so a tree thousands deep would
    /// make every page list thousands and the site grow with the square of the depth.
    static let maximumTeamDepth = 32

    /// The teams one level past `maximumTeamDepth`, each reported where its parent is named
    /// (the teams below them follow from it).
    private func teamsTooDeep() -> [Diagnostic] {
        let depths = Team.depths(parents: teams.mapValues(\.value.parent))
        return depths.keys.sorted().compactMap { team in
            // A depth counts the teams above; a level counts the team itself too.
            let level = depths[team]! + 1
            guard level == Self.maximumTeamDepth + 1, let parent = teams[team]?.value.parent,
                  let at = teams[team]?.referenceLocations["parent"] else { return nil }
            return .error(
                .outOfRange,
                "team '\(team)' is \(level) levels deep (under '\(parent)'); a team tree holds at most \(Self.maximumTeamDepth) levels",
                at: at)
        }
    }

    /// Managers are not a tree the portal draws, but a loop (a manages b manages a) is an HR
    /// export gone wrong, so it is reported like a loop of teams. Self-management is reported
    /// where the manager is read.
    private func managerCycles() -> [Diagnostic] {
        Self.loops(among: people.keys) { id in
            people[id]?.value.manager.flatMap { $0 == id || people[$0] == nil ? nil : $0 }
        }
        .compactMap { loop in
            people[loop[0]]?.referenceLocations["manager"].map {
                .error(.managerCycle, "people form a loop through their managers: \((loop + [loop[0]]).joined(separator: " → "))", at: $0)
            }
        }
    }
}

protocol Identified { var id: String { get } }
extension Person: Identified {}
extension Team: Identified {}
