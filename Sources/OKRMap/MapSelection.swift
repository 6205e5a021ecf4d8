import OKRGraph
import OKRModel

/// Which objectives a map shows, and the alignment edges between them. Selection only walks
/// the graph around its starting points, so the cost of a focused view is its own size, and
/// all views of a cycle together stay linear in the number of objectives.
public struct MapSelection: Sendable {
    /// In drawing order: by level, then by owner order, then by objective id.
    public var objectives: [ObjectiveKey]
    public var edges: [AlignmentEdge]
    /// Objectives that a limit left out; the map says so rather than dropping them silently.
    public var omitted: Int

    /// Objectives a limit left out, by level (company 0, teams 1 + depth, people last), so the
    /// page can say which levels are missing; empty when everything is drawn.
    public var omittedByLevel: [(level: Int, count: Int)] = []

    /// The most objectives the cycle-wide view draws: up to this many, every objective of
    /// the cycle is drawn, people included.
    public static let overviewLimit = 400

    /// The cycle-wide view: every objective of the cycle, from the company down to people,
    /// while they number at most `limit`; above that as many whole levels from the top as
    /// fit (a whole level, so no team looks unaligned because its sister team was cut).
    /// Objectives of an enclosing cycle that a shown objective aligns to (the year's goals
    /// above a quarter) come along.
    public static func overview(cycle: String, graph: AlignmentGraph, content: PortalContent, order: OwnerOrder, limit: Int = overviewLimit) -> MapSelection {
        var (chosen, omitted) = wholeLevels(objectivesByLevel(cycle: cycle, graph: graph, content: content), limit: limit)
        var set = Set(chosen)
        for key in chosen {
            for edge in graph.outgoing[key] ?? [] where edge.target.cycle != cycle && set.insert(edge.target).inserted {
                chosen.append(edge.target)
            }
        }
        var selection = MapSelection(objectives: chosen, graph: graph, order: order, omitted: omitted.reduce(0) { $0 + $1.count })
        selection.omittedByLevel = omitted
        return selection
    }

    /// As many whole levels from the top as hold at most `limit` objectives together (the top
    /// level always), and the count of each level left out.
    public static func wholeLevels(_ byLevel: [Int: [ObjectiveKey]], limit: Int) -> (chosen: [ObjectiveKey], omitted: [(level: Int, count: Int)]) {
        var chosen: [ObjectiveKey] = []
        var omitted: [(level: Int, count: Int)] = []
        for level in byLevel.keys.sorted() {
            let keys = byLevel[level]!
            if chosen.isEmpty || (omitted.isEmpty && chosen.count + keys.count <= limit) {
                chosen += keys
            } else {
                omitted.append((level, keys.count))
            }
        }
        return (chosen, omitted)
    }

    /// The cycle's objectives grouped by their owner's level, in content order.
    public static func objectivesByLevel(cycle: String, graph: AlignmentGraph, content: PortalContent) -> [Int: [ObjectiveKey]] {
        var byLevel: [Int: [ObjectiveKey]] = [:]
        for set in content.okrSets where set.cycle == cycle {
            byLevel[graph.level(of: set.owner), default: []] += set.objectives.map { set.key(of: $0) }
        }
        return byLevel
    }

    /// A focused view around `seeds`: everything they align to, up to the company, and what
    /// aligns to them down to `depth` steps, at most `limit` objectives in all.
    public static func focus(on seeds: [ObjectiveKey], graph: AlignmentGraph, order: OwnerOrder, depth: Int, limit: Int) -> MapSelection {
        var chosen: Set<ObjectiveKey> = []
        var omitted = 0
        func take(_ key: ObjectiveKey) -> Bool {
            if chosen.contains(key) { return false }
            guard chosen.count < limit else { omitted += 1; return false }
            chosen.insert(key)
            return true
        }
        for seed in seeds { _ = take(seed) }
        // Upwards: the whole closure, which is short because levels only climb.
        var upward = seeds
        while let key = upward.popLast() {
            for edge in graph.outgoing[key] ?? [] where take(edge.target) { upward.append(edge.target) }
        }
        // Downwards: breadth first, so a limit cuts the farthest contributors first.
        var frontier = seeds
        for _ in 0..<depth {
            var next: [ObjectiveKey] = []
            for key in frontier {
                for edge in graph.incoming[key] ?? [] where take(edge.source) { next.append(edge.source) }
            }
            frontier = next
        }
        return MapSelection(objectives: Array(chosen), graph: graph, order: order, omitted: omitted)
    }

    init(objectives: [ObjectiveKey], graph: AlignmentGraph, order: OwnerOrder, omitted: Int) {
        // Level and owner position are looked up once per objective, not at every comparison
        // (each lookup hashes an id; sorting did it about 4 n log n times).
        let keys = objectives
            .map { (level: graph.level(of: $0.owner), position: order.position(of: $0.owner), key: $0) }
            .sorted { a, b in
                if a.level != b.level { return a.level < b.level }
                if a.position != b.position { return a.position < b.position }
                return a.key < b.key
            }
            .map(\.key)
        let shown = Set(keys)
        self.objectives = keys
        self.edges = keys.flatMap { (graph.outgoing[$0] ?? []).filter { shown.contains($0.target) } }
        self.omitted = omitted
    }

    public init(objectives: [ObjectiveKey], edges: [AlignmentEdge], omitted: Int = 0) {
        self.objectives = objectives
        self.edges = edges
        self.omitted = omitted
    }
}

/// Owners in the order a reader expects side by side: the team tree depth first, and people
/// grouped under their team. Used as the starting order before crossing reduction.
public struct OwnerOrder: Sendable {
    var teamPosition: [String: Int] = [:]
    var personPosition: [String: Int] = [:]

    public init(teams: [Team], people: [Person]) {
        let children = Dictionary(grouping: teams, by: { $0.parent ?? "" })
        var stack = (children[""] ?? []).reversed().map(\.id)
        var visited: Set<String> = []
        while let id = stack.popLast() {
            guard visited.insert(id).inserted else { continue }
            teamPosition[id] = teamPosition.count
            stack += (children[id] ?? []).reversed().map(\.id)
        }
        for team in teams where teamPosition[team.id] == nil { teamPosition[team.id] = teamPosition.count }
        let sortedPeople = people.enumerated().sorted {
            let (ta, tb) = (teamPosition[$0.element.team ?? ""] ?? Int.max, teamPosition[$1.element.team ?? ""] ?? Int.max)
            return ta != tb ? ta < tb : $0.offset < $1.offset
        }
        for (position, entry) in sortedPeople.enumerated() { personPosition[entry.element.id] = position }
    }

    public func position(of owner: Owner) -> Int {
        switch owner {
        case .company: 0
        case .team(let id): teamPosition[id] ?? Int.max
        case .person(let id): personPosition[id] ?? Int.max
        }
    }
}
