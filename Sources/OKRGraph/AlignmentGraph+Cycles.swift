import OKRModel

/// The alignment edges with objectives as numbers: the objectives that align to something in
/// sorted order first (the walks start from them in that order), then every other target.
/// The walks below index arrays where they used to hash a key at every step, which was
/// seconds of a 50,000-person check.
struct NumberedEdges {
    var keys: [ObjectiveKey]
    /// Each objective's targets, in the order its `aligns` lists them.
    var targets: [[Int]]
    /// Objectives `0..<sources` have edges of their own.
    var sources: Int

    /// `positions` places each source in the content, whose sets are sorted by cycle and
    /// owner: ordering by set first, then by objective id, is the keys' own order, with an
    /// integer compared where the keys compared cycle and owner strings (half a second of a
    /// 50,000-person check, on one core).
    init(_ outgoing: [ObjectiveKey: [AlignmentEdge]], positions: [ObjectiveKey: ObjectiveIndex]) {
        // A key without a place (none is expected) sorts after the rest, in the keys' order.
        keys = outgoing.keys.map { (set: positions[$0]?.set ?? .max, key: $0) }
            .sorted { a, b in
                if a.set != b.set { return a.set < b.set }
                return a.set == .max ? a.key < b.key : a.key.objective.localizedNumericLess(than: b.key.objective)
            }
            .map(\.key)
        sources = keys.count
        var number = [ObjectiveKey: Int](minimumCapacity: keys.count * 2)
        for (index, key) in keys.enumerated() { number[key] = index }
        targets = []
        targets.reserveCapacity(keys.count)
        for source in 0..<sources {
            targets.append(outgoing[keys[source]]!.map { edge in
                if let known = number[edge.target] { return known }
                number[edge.target] = keys.count
                keys.append(edge.target)
                return keys.count - 1
            })
        }
        targets += Array(repeating: [], count: keys.count - sources)
    }

    /// One edge: the `position`th entry of `source`'s aligns.
    struct Edge: Hashable {
        var source: Int
        var position: Int
    }
}

extension AlignmentGraph {
    /// Depth-first search over objectives (an edge to a key result counts as an edge to its
    /// objective). Each loop is reported once, at the `aligns` entry that closes it. Returns
    /// those closing edges so later walks can treat the rest as acyclic.
    func findCycles(_ graph: NumberedEdges, into diagnostics: inout DiagnosticBag) -> Set<NumberedEdges.Edge> {
        enum Mark { case unseen, active, finished }
        var marks = [Mark](repeating: .unseen, count: graph.keys.count)
        var backEdges: Set<NumberedEdges.Edge> = []
        for root in 0..<graph.sources where marks[root] == .unseen {
            // Explicit stack of (node, index of the next edge to follow).
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            marks[root] = .active
            while let top = stack.last {
                let targets = graph.targets[top.node]
                guard top.next < targets.count else {
                    marks[top.node] = .finished
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = targets[top.next]
                switch marks[target] {
                case .active:
                    backEdges.insert(.init(source: top.node, position: top.next))
                    let start = stack.firstIndex { $0.node == target } ?? 0
                    let loop = stack[start...].map { graph.keys[$0.node].description } + [graph.keys[target].description]
                    let edge = outgoing[graph.keys[top.node]]![top.next]
                    diagnostics.error(.alignmentCycle, "alignment loops back on itself: \(loop.joined(separator: " → "))", at: edge.location)
                case .finished:
                    continue
                case .unseen:
                    marks[target] = .active
                    stack.append((target, 0))
                }
            }
        }
        return backEdges
    }

    /// For each objective, the target that reaches a company objective in the fewest steps
    /// (or, where none does, the one whose chain climbs furthest). Memoised in one pass over
    /// the objectives in dependency order, so the cost is linear in the number of edges.
    mutating func computeChains(_ graph: NumberedEdges, skipping backEdges: Set<NumberedEdges.Edge>) {
        struct Best {
            var reachesCompany: Bool
            var length: Int

            /// Reaching the company beats not reaching it; among chains that reach it the
            /// shorter wins, among those that do not the one that climbs further.
            func isBetter(than other: Best) -> Bool {
                if reachesCompany != other.reachesCompany { return reachesCompany }
                return reachesCompany ? length < other.length : length > other.length
            }
        }
        var best = [Best?](repeating: nil, count: graph.keys.count)
        /// The node's targets that are not loop-closing, with their positions.
        func followed(_ node: Int) -> [(position: Int, target: Int)] {
            graph.targets[node].enumerated()
                .filter { backEdges.isEmpty || !backEdges.contains(.init(source: node, position: $0.offset)) }
                .map { ($0.offset, $0.element) }
        }
        for root in 0..<graph.sources where best[root] == nil {
            var stack: [(node: Int, expanded: Bool)] = [(root, false)]
            while let (node, expanded) = stack.popLast() {
                if best[node] != nil { continue }
                let edges = followed(node)
                if !expanded {
                    stack.append((node, true))
                    for edge in edges.reversed() where best[edge.target] == nil {
                        stack.append((edge.target, false))
                    }
                    continue
                }
                var choice: (target: Int, score: Best)?
                for edge in edges {
                    guard let candidate = best[edge.target] else { continue }
                    if choice == nil || candidate.isBetter(than: choice!.score) {
                        choice = (edge.target, candidate)
                    }
                }
                if let choice {
                    chainNext[graph.keys[node]] = graph.keys[choice.target]
                    best[node] = Best(reachesCompany: choice.score.reachesCompany, length: choice.score.length + 1)
                } else {
                    best[node] = Best(reachesCompany: graph.keys[node].owner == .company, length: 0)
                }
            }
        }
    }
}
