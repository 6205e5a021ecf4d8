import OKRModel

extension AlignmentGraph {
    /// Depth-first search over objectives (an edge to a key result counts as an edge to its
    /// objective). Each loop is reported once, at the `aligns` entry that closes it. Returns
    /// those closing edges so later walks can treat the rest as acyclic.
    mutating func findCycles(into diagnostics: inout DiagnosticBag) -> Set<AlignmentEdge> {
        enum Mark { case active, finished }
        var marks: [ObjectiveKey: Mark] = [:]
        var backEdges: Set<AlignmentEdge> = []
        for root in outgoing.keys.sorted() where marks[root] == nil {
            // Explicit stack of (node, index of the next edge to follow).
            var stack: [(key: ObjectiveKey, next: Int)] = [(root, 0)]
            marks[root] = .active
            while let top = stack.last {
                let edges = outgoing[top.key] ?? []
                guard top.next < edges.count else {
                    marks[top.key] = .finished
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = edges[top.next]
                switch marks[edge.target] {
                case .active:
                    backEdges.insert(edge)
                    let start = stack.firstIndex { $0.key == edge.target } ?? 0
                    let loop = stack[start...].map(\.key.description) + [edge.target.description]
                    diagnostics.error(.alignmentCycle, "alignment loops back on itself: \(loop.joined(separator: " → "))", at: edge.location)
                case .finished:
                    continue
                case nil:
                    marks[edge.target] = .active
                    stack.append((edge.target, 0))
                }
            }
        }
        return backEdges
    }

    /// For each objective, the target that reaches a company objective in the fewest steps
    /// (or, where none does, the one whose chain climbs furthest). Memoised in one pass over
    /// the objectives in dependency order, so the cost is linear in the number of edges.
    mutating func computeChains(skipping backEdges: Set<AlignmentEdge>) {
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
        var best: [ObjectiveKey: Best] = [:]
        for root in outgoing.keys.sorted() where best[root] == nil {
            var stack: [(key: ObjectiveKey, expanded: Bool)] = [(root, false)]
            while let (key, expanded) = stack.popLast() {
                if best[key] != nil { continue }
                let edges = (outgoing[key] ?? []).filter { !backEdges.contains($0) }
                if !expanded {
                    stack.append((key, true))
                    for edge in edges.reversed() where best[edge.target] == nil {
                        stack.append((edge.target, false))
                    }
                    continue
                }
                var choice: (edge: AlignmentEdge, score: Best)?
                for edge in edges {
                    guard let candidate = best[edge.target] else { continue }
                    if choice == nil || candidate.isBetter(than: choice!.score) {
                        choice = (edge, candidate)
                    }
                }
                if let choice {
                    chainNext[key] = choice.edge.target
                    best[key] = Best(reachesCompany: choice.score.reachesCompany, length: choice.score.length + 1)
                } else {
                    best[key] = Best(reachesCompany: key.owner == .company, length: 0)
                }
            }
        }
    }
}
