import OKRModel

/// Finds the objective (and key result) a `Reference` names. Unpinned references look in the
/// referring objective's own cycle first, then in the cycles that enclose it, nearest first.
struct ReferenceResolver {
    /// Every cycle, in portal.yaml's order by date, to list when a pinned one is unknown.
    let cycles: [Cycle]
    let cyclesByFoldedID: [String: Cycle]
    /// Cycle id → the cycles enclosing it, grouped by distance (shortest enclosing cycle first).
    let enclosing: [String: [[String]]]
    let objectives: [ObjectiveKey: ObjectiveIndex]
    let keyResultIDs: [ObjectiveKey: Set<String>]
    let objectivesByOwner: [String: [String]]
    /// Every person and team id, to tell a mistyped owner from a missing objective.
    let people: Set<String>
    let teams: Set<String>
    let nearPeople: IDSuggestions
    let nearTeams: IDSuggestions

    init(cycles: [Cycle], objectives: [ObjectiveKey: ObjectiveIndex], keyResultIDs: [ObjectiveKey: Set<String>], objectivesByOwner: [String: [String]], people: Set<String>, teams: Set<String>) {
        self.people = people
        self.teams = teams
        nearPeople = IDSuggestions(people)
        nearTeams = IDSuggestions(teams)
        self.cycles = cycles
        cyclesByFoldedID = Dictionary(cycles.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var enclosing: [String: [[String]]] = [:]
        for cycle in cycles {
            let outer = cycles.filter { $0.encloses(cycle) }
            let byLength = Dictionary(grouping: outer, by: \.length)
            enclosing[cycle.id] = byLength.keys.sorted().map { byLength[$0]!.map(\.id).sorted() }
        }
        self.enclosing = enclosing
        self.objectives = objectives
        self.keyResultIDs = keyResultIDs
        self.objectivesByOwner = objectivesByOwner
    }

    func resolve(_ reference: Reference, from cycle: String) -> Result<(ObjectiveKey, String?), Diagnostic> {
        let candidates: [[String]]
        if let pinned = reference.cycle {
            guard let cycle = cyclesByFoldedID[pinned] else {
                // Quoted as written: the reference holds the id folded to lower case.
                let written = reference.text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? pinned
                return .failure(.error(
                    .unknownCycle, "cycle '\(written)' in '\(reference.text)' is not defined in portal.yaml; it defines\(Cycle.known(cycles, near: written))",
                    at: reference.location))
            }
            candidates = [[cycle.id]]
        } else {
            candidates = [[cycle]] + (enclosing[cycle] ?? [])
        }
        for group in candidates {
            let found = group.map { ObjectiveKey(cycle: $0, owner: reference.owner, objective: reference.objective) }
                .filter { objectives[$0] != nil }
            if found.count > 1 {
                return .failure(.error(
                    .ambiguousReference,
                    "'\(reference.text)' matches objectives in cycles \(found.map(\.cycle).joined(separator: " and ")); pin one, e.g. '\(found[0].cycle):\(reference.text)'",
                    at: reference.location))
            }
            guard let key = found.first else { continue }
            if let keyResult = reference.keyResult, keyResultIDs[key]?.contains(keyResult) != true {
                let known = keyResultIDs[key].map { $0.sorted { $0.localizedNumericLess(than: $1) }.joined(separator: ", ") } ?? ""
                return .failure(.error(
                    .danglingReference,
                    "'\(reference.text)': \(key) has no key result \(keyResult)\(known.isEmpty ? "" : " (it has \(known))")",
                    at: reference.location))
            }
            return .success((key, reference.keyResult))
        }
        // An owner that does not exist is the mistake to name, not the objective.
        switch reference.owner {
        case .person(let id) where !people.contains(id):
            return .failure(.error(.unknownPerson, "no person '\(id)' (in '\(reference.text)')\(nearPeople.didYouMean(id))", at: reference.location))
        case .team(let id) where !teams.contains(id):
            return .failure(.error(.unknownTeam, "no team '\(id)' (in '\(reference.text)')\(nearTeams.didYouMean(id))", at: reference.location))
        default: break
        }
        let searched = candidates.flatMap { $0 }
        let alternatives = searched.compactMap { cycle in
            objectivesByOwner["\(cycle):\(reference.owner.path)"].map { "\(cycle) has \($0.joined(separator: ", "))" }
        }
        var message = "'\(reference.text)' does not match any objective of \(reference.owner.path) in \(searched.joined(separator: " or "))"
        if !alternatives.isEmpty { message += " (\(alternatives.joined(separator: "; ")))" }
        return .failure(.error(.danglingReference, message, at: reference.location))
    }
}
