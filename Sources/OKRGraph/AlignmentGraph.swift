import OKRModel

/// An objective's place in the content: which OKR set, which objective in it.
public struct ObjectiveIndex: Sendable, Hashable {
    public var set: Int
    public var objective: Int
}

/// One resolved `aligns` entry: `source` contributes to `target` (or to one of its key results).
public struct AlignmentEdge: Sendable, Hashable {
    public enum Direction: String, Sendable {
        /// Towards a higher level: a person to a team, a sub-team to its department.
        case up
        /// Between owners of the same level: peers, sister teams.
        case sideways
        /// Towards a lower level, which happens when a company borrows a team's goal.
        case down
    }

    public var source: ObjectiveKey
    public var target: ObjectiveKey
    /// Set when the target is a key result of `target`.
    public var targetKeyResult: String?
    public var direction: Direction
    public var location: SourceLocation

    /// The reference as the export writes it: `2026-Q4:company/O1/KR2`.
    public var targetReference: String {
        targetKeyResult.map { "\(target)/\($0)" } ?? target.description
    }
}

/// Objectives and key results linked by alignment, with both directions indexed.
/// Built once from the content; all lookups are dictionary reads.
public struct AlignmentGraph: Sendable {
    public private(set) var objectives: [ObjectiveKey: ObjectiveIndex] = [:]
    /// What each objective aligns to, in the order written.
    public private(set) var outgoing: [ObjectiveKey: [AlignmentEdge]] = [:]
    /// What aligns to each objective or to one of its key results, sorted by source.
    public private(set) var incoming: [ObjectiveKey: [AlignmentEdge]] = [:]
    /// The objective of an earlier cycle each carried objective continues.
    public private(set) var carriedFrom: [ObjectiveKey: ObjectiveKey] = [:]
    /// The next objective on the way up to the company (see `chain(of:)`).
    var chainNext: [ObjectiveKey: ObjectiveKey] = [:]
    /// Owner → level: company 0, teams 1 + depth in the team tree, people below every team.
    let levels: OwnerLevels

    public func level(of owner: Owner) -> Int { levels.level(of: owner) }

    /// That some objective of `from` aligns to one of `to`'s in `cycle` (the cycle of the
    /// aligning objective).
    public struct OwnerLink: Hashable, Sendable {
        public var cycle: String
        public var from: Owner
        public var to: Owner

        public init(cycle: String, from: Owner, to: Owner) {
            self.cycle = cycle
            self.from = from
            self.to = to
        }
    }

    /// Every pair of owners one aligns to the other, by cycle: whether a sideways link is
    /// answered by one the other way.
    public func linkedOwners() -> Set<OwnerLink> {
        var linked: Set<OwnerLink> = []
        for edges in outgoing.values {
            for edge in edges { linked.insert(OwnerLink(cycle: edge.source.cycle, from: edge.source.owner, to: edge.target.owner)) }
        }
        return linked
    }

    /// The objective, then what it aligns to, and so on up to a company objective where one is
    /// reachable: at each step the target that reaches the company in the fewest steps.
    public func chain(of key: ObjectiveKey) -> [ObjectiveKey] {
        var chain = [key]
        var current = key
        while let next = chainNext[current] {
            chain.append(next)
            current = next
        }
        return chain
    }

    /// Resolves every `aligns` reference of `content`; returns the graph and the errors
    /// (dangling, ambiguous, self and circular alignments).
    public static func build(from content: PortalContent) -> (AlignmentGraph, [Diagnostic]) {
        var graph = AlignmentGraph(levels: OwnerLevels(teams: content.teams))
        var diagnostics = DiagnosticBag()
        var keyResultIDs: [ObjectiveKey: Set<String>] = [:]
        var objectivesByOwner: [String: [String]] = [:]
        for (setIndex, set) in content.okrSets.enumerated() {
            for (objectiveIndex, objective) in set.objectives.enumerated() {
                let key = set.key(of: objective)
                graph.objectives[key] = ObjectiveIndex(set: setIndex, objective: objectiveIndex)
                keyResultIDs[key] = Set(objective.keyResults.map(\.id))
                objectivesByOwner["\(set.cycle):\(set.owner.path)", default: []].append(objective.id)
            }
        }
        let resolver = ReferenceResolver(
            cycles: content.config.cycles, objectives: graph.objectives, keyResultIDs: keyResultIDs,
            objectivesByOwner: objectivesByOwner, people: Set(content.people.map(\.id)), teams: Set(content.teams.map(\.id)))

        for set in content.okrSets {
            for objective in set.objectives {
                let source = set.key(of: objective)
                if let reference = objective.carriedFrom {
                    // Where it came from is context, not a promise: an old cycle's file removed
                    // from the repository is a warning.
                    switch resolver.resolve(reference, from: set.cycle) {
                    case .success(let (target, _)): graph.carriedFrom[source] = target
                    case .failure(let problem):
                        diagnostics.append(.warning(problem.rule, "carried_from: " + problem.message, at: problem.location))
                    }
                }
                var seen: Set<String> = []
                var edges: [AlignmentEdge] = []
                for reference in objective.aligns {
                    if let pinned = reference.cycle, content.config.mayDefine(cycle: pinned) { continue }
                    switch resolver.resolve(reference, from: set.cycle) {
                    case .failure(let problem):
                        // What an unreadable file may have defined is not reported missing.
                        if content.unread.mayHoldObjectives(of: reference.owner) { continue }
                        diagnostics.append(problem)
                    case .success(let (target, keyResult)):
                        if target == source {
                            diagnostics.error(.alignmentCycle, "objective \(source.objective) cannot align to itself", at: reference.location)
                            continue
                        }
                        let edge = AlignmentEdge(
                            source: source, target: target, targetKeyResult: keyResult,
                            // A goal of the enclosing cycle (the year above a quarter) is a
                            // longer-horizon goal: aligning to it is upward even at one level.
                            direction: target.cycle != set.cycle && graph.levels.direction(from: set.owner, to: target.owner) == .sideways
                                ? .up : graph.levels.direction(from: set.owner, to: target.owner),
                            location: reference.location)
                        guard seen.insert(edge.targetReference).inserted else {
                            diagnostics.error(.duplicateID, "\(edge.targetReference) is listed twice in aligns", at: reference.location)
                            continue
                        }
                        edges.append(edge)
                    }
                }
                if !edges.isEmpty {
                    graph.outgoing[source] = edges
                    for edge in edges { graph.incoming[edge.target, default: []].append(edge) }
                }
            }
        }
        for key in graph.incoming.keys {
            graph.incoming[key]!.sort { ($0.source, $0.targetKeyResult ?? "") < ($1.source, $1.targetKeyResult ?? "") }
        }
        let numbered = NumberedEdges(graph.outgoing, positions: graph.objectives)
        let backEdges = graph.findCycles(numbered, into: &diagnostics)
        graph.computeChains(numbered, skipping: backEdges)
        return (graph, diagnostics.items)
    }
}

/// Levels of owners, for telling up from sideways.
struct OwnerLevels: Sendable {
    var teamDepth: [String: Int] = [:]
    var personLevel = 1

    init(teams: [Team]) {
        teamDepth = Team.depths(parents: Dictionary(teams.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first }))
        personLevel = (teamDepth.values.max() ?? 0) + 2
    }

    func level(of owner: Owner) -> Int {
        switch owner {
        case .company: 0
        case .team(let id): 1 + (teamDepth[id] ?? 0)
        case .person: personLevel
        }
    }

    func direction(from source: Owner, to target: Owner) -> AlignmentEdge.Direction {
        let (from, to) = (level(of: source), level(of: target))
        return to < from ? .up : to == from ? .sideways : .down
    }
}
