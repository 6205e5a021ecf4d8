import OKRGraph
import OKRHints
import OKRModel

/// What the portal publishes: the content without its confidential objectives.
///
/// `check` and the hints read everything; the pages, exports, search index, drawings and feeds
/// are made from this. A confidential objective leaves no title, key result, check-in, risk,
/// mention or finding behind: its owner's set keeps a count of such objectives (so coverage
/// still counts an owner who wrote them), an objective aligned to one keeps a count of such
/// alignments (so it is not shown as serving nothing), and one that confidential objectives
/// align to (or to one of its key results) keeps a count of them.
public struct PublishedContent: Sendable {
    public var content: PortalContent
    public var graph: AlignmentGraph
    public var findings: [Finding]

    public init(content: PortalContent, graph: AlignmentGraph, findings: [Finding]) {
        var hidden: Set<ObjectiveKey> = []
        for set in content.okrSets {
            for objective in set.objectives where objective.confidential { hidden.insert(set.key(of: objective)) }
        }
        guard !hidden.isEmpty else {
            (self.content, self.graph, self.findings) = (content, graph, findings)
            return
        }
        var published = content
        for index in published.okrSets.indices {
            let set = content.okrSets[index]
            published.okrSets[index].objectives = set.objectives.filter { !$0.confidential }.map { objective in
                let key = set.key(of: objective)
                var objective = Self.withoutConfidentialTargets(objective, edges: graph.outgoing[key] ?? [], hidden: hidden)
                objective.confidentialContributors = (graph.incoming[key] ?? []).count { hidden.contains($0.source) }
                return objective
            }
            published.okrSets[index].confidentialObjectives = set.objectives.count - published.okrSets[index].objectives.count
            let hiddenIDs = Set(set.objectives.filter(\.confidential).map(\.id))
            if !hiddenIDs.isEmpty {
                published.okrSets[index].proseMentions.removeAll { $0.objective.map(hiddenIDs.contains) ?? false }
            }
        }
        self.content = published
        // Built again from what is left: positions, contributors and the ways up to the company
        // change. Each reference left resolves as before: a reference falls through to an
        // enclosing cycle only when its own cycle lacks the objective, and the objectives it
        // lacks now are exactly those whose references were taken out.
        self.graph = AlignmentGraph.build(from: published).0
        // Findings about a confidential objective, or naming one ("aligns sideways to …, but
        // …"), are left out too.
        let hiddenReferences = Set(hidden.map(\.description))
        func names(_ value: String) -> Bool {
            // An objective's reference, or one of its key results' (the objective's and "/<id>").
            hiddenReferences.contains(value) || value.lastIndex(of: "/").map { hiddenReferences.contains(String(value[..<$0])) } ?? false
        }
        self.findings = findings.filter { finding in
            if let objective = finding.objective, hidden.contains(ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: objective)) { return false }
            return !finding.arguments.values.contains(where: names)
        }
    }

    /// The objective with its alignments to confidential objectives taken out and counted
    /// (matched to the graph's edges by where each reference is written).
    static func withoutConfidentialTargets(_ objective: Objective, edges: [AlignmentEdge], hidden: Set<ObjectiveKey>) -> Objective {
        let hiddenAt = Set(edges.filter { hidden.contains($0.target) }.map(\.location))
        guard !hiddenAt.isEmpty else { return objective }
        var objective = objective
        objective.aligns.removeAll { hiddenAt.contains($0.location) }
        objective.confidentialTargets = hiddenAt.count
        return objective
    }
}
