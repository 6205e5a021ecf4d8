import OKRGraph
import OKRHints
import OKRModel

/// Compares two revisions at the level of OKRs: objectives and key results are paired across
/// the revisions, then their titles, types, targets, progress and confidence, the alignment
/// links between them and the writing hints about them are compared.
public enum Comparison {
    /// Progress moved by at least this share of the way in one change is a jump.
    public static let jumpThreshold = 0.5

    /// - Parameter url: where an objective (or one of its key results) is on the portal.
    public static func compare(
        _ base: Revision, _ head: Revision, baseName: String, headName: String,
        url: @escaping (ObjectiveKey, String?) -> String? = { _, _ in nil }
    ) -> ChangeReport {
        var comparer = Comparer(base: base, head: head, url: url)
        comparer.compareObjectives()
        comparer.compareAlignment()
        comparer.compareHints()
        return ChangeReport(base: baseName, head: headName, changes: comparer.changes)
    }
}

/// Pairs items of two lists that stand for the same thing: the same id and title first,
/// then the same title (renumbered), then the same id (retitled).
func pair<T>(_ old: [T], _ new: [T], id: (T) -> String, title: (T) -> LocalizedText) -> (pairs: [(T, T)], removed: [T], added: [T]) {
    var oldLeft = Array(old.indices)
    var newLeft = Array(new.indices)
    var pairs: [(Int, Int)] = []
    for round in 0..<3 {
        func matches(_ a: T, _ b: T) -> Bool {
            switch round {
            case 0: id(a) == id(b) && title(a) == title(b)
            case 1: title(a) == title(b)
            default: id(a) == id(b)
            }
        }
        for o in oldLeft {
            if let n = newLeft.first(where: { matches(old[o], new[$0]) }) {
                pairs.append((o, n))
                newLeft.removeAll { $0 == n }
            }
        }
        oldLeft.removeAll { o in pairs.contains { $0.0 == o } }
    }
    return (pairs.sorted { $0.1 < $1.1 }.map { (old[$0.0], new[$0.1]) }, oldLeft.map { old[$0] }, newLeft.map { new[$0] })
}

struct Comparer {
    let base: Revision
    let head: Revision
    let url: (ObjectiveKey, String?) -> String?
    var changes: [Change] = []
    /// Objectives present in both revisions: older address → newer address.
    var renamed: [ObjectiveKey: ObjectiveKey] = [:]

    init(base: Revision, head: Revision, url: @escaping (ObjectiveKey, String?) -> String?) {
        self.base = base
        self.head = head
        self.url = url
    }

    var language: String { head.content.config.languages.first ?? "en" }

    func text(_ title: LocalizedText) -> String { title.text(for: language, fallback: "en") }

    mutating func add(_ kind: ChangeKind, _ key: ObjectiveKey, keyResult: String? = nil, title: LocalizedText, from: String? = nil, to: String? = nil, _ summary: String) {
        // Only what the newer revision has is on the portal to link to.
        let exists = key.objective.isEmpty || head.graph.objectives[key] != nil
        let onPage = keyResult == nil || kind == .keyResultRemoved || kind == .hintResolved ? nil : keyResult
        changes.append(Change(
            kind: kind, objective: key, keyResult: keyResult, title: text(title), from: from, to: to, summary: summary,
            url: exists ? url(key, onPage) : nil))
    }

    /// Whether the cycle had begun on the newer revision's date.
    func started(_ cycle: String) -> Bool {
        guard let cycle = head.content.config.cycles.first(where: { $0.id == cycle }) else { return false }
        return head.buildDate >= cycle.start
    }

    // MARK: objectives and key results

    mutating func compareObjectives() {
        let before = Dictionary(base.content.okrSets.map { ("\($0.cycle):\($0.owner.path)", $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(head.content.okrSets.map { ("\($0.cycle):\($0.owner.path)", $0) }, uniquingKeysWith: { a, _ in a })
        for name in Set(before.keys).union(after.keys).sorted() {
            let old = before[name], new = after[name]
            guard let set = new ?? old else { continue }
            let (pairs, removed, added) = pair(old?.objectives ?? [], new?.objectives ?? [], id: \.id, title: \.title)
            for objective in removed {
                add(.objectiveRemoved, set.key(of: objective), title: objective.title, "objective removed")
            }
            for objective in added {
                add(.objectiveAdded, set.key(of: objective), title: objective.title,
                    "objective added with \(DiagnosticFormat.counted(objective.keyResults.count, "key result"))" + (objective.confidential ? ", confidential" : ""))
            }
            for (a, b) in pairs {
                let key = set.key(of: b)
                renamed[set.key(of: a)] = key
                compare(a, b, key: key)
            }
        }
    }

    mutating func compare(_ a: Objective, _ b: Objective, key: ObjectiveKey) {
        if a.id != b.id {
            add(.renumbered, key, title: b.title, from: a.id, to: b.id, "renumbered from \(a.id) to \(b.id); links to \(a.id) now reach another objective")
        }
        if a.title != b.title {
            add(.retitled, key, title: b.title, from: text(a.title), to: text(b.title), "retitled")
        }
        if a.type != b.type {
            let goalposts = a.type == .committed && started(key.cycle)
            add(goalposts ? .goalposts : .retyped, key, title: b.title, from: a.type.rawValue, to: b.type.rawValue,
                goalposts ? "made aspirational after the cycle started: a commitment became a stretch goal" : "now \(b.type.rawValue)")
        }
        if a.confidential != b.confidential {
            add(b.confidential ? .madeConfidential : .published, key, title: b.title,
                b.confidential ? "made confidential: the portal no longer shows it" : "no longer confidential: the portal will show it to everyone")
        }
        moves(from: a.progress, to: b.progress, confidence: a.effectiveConfidence, b.effectiveConfidence, key: key, keyResult: nil, title: b.title)

        let (pairs, removed, added) = pair(a.keyResults, b.keyResults, id: \.id, title: \.title)
        for result in removed { add(.keyResultRemoved, key, keyResult: result.id, title: result.title, "key result removed") }
        for result in added { add(.keyResultAdded, key, keyResult: result.id, title: result.title, "key result added: \(describe(result.measure))") }
        for (x, y) in pairs {
            if x.title != y.title {
                add(.retitled, key, keyResult: y.id, title: y.title, from: text(x.title), to: text(y.title), "retitled")
            } else if x.id != y.id {
                add(.renumbered, key, keyResult: y.id, title: y.title, from: x.id, to: y.id, "renumbered from \(x.id) to \(y.id)")
            }
            compareMeasure(x, y, key: key)
            compareDue(x, y, key: key)
            compareScoreAndOwner(x, y, key: key)
            moves(from: x.progress, to: y.progress, confidence: x.latestConfidence, y.latestConfidence, key: key, keyResult: y.id, title: y.title)
        }
    }

    mutating func compareMeasure(_ x: KeyResult, _ y: KeyResult, key: ObjectiveKey) {
        switch (x.measure, y.measure) {
        case (.numeric(let oldStart, let oldTarget, _, let oldUnit), .numeric(let start, let target, _, let unit)):
            guard oldStart != start || oldTarget != target || oldUnit != unit else { return }
            let (from, to) = (describe(x.measure), describe(y.measure))
            // Easier: the target moved towards the start (down when higher is better).
            let easier = oldStart == start && (oldTarget > oldStart ? target < oldTarget : target > oldTarget)
            if easier && started(key.cycle) {
                add(.goalposts, key, keyResult: y.id, title: y.title, from: from, to: to,
                    "target lowered after the cycle started: say why in the check-in note, so the change reads as a decision")
            } else {
                let what = oldTarget != target && oldStart != start ? "start and target changed" : oldTarget != target ? "target changed" : oldStart != start ? "start changed" : "unit changed"
                add(.targetChanged, key, keyResult: y.id, title: y.title, from: from, to: to, what)
            }
        case (.numeric, _), (.milestone, .numeric), (.milestone, .manual), (.manual, .numeric), (.manual, .milestone):
            add(.targetChanged, key, keyResult: y.id, title: y.title, from: describe(x.measure), to: describe(y.measure), "now measured differently")
        case (.milestone, .milestone), (.manual, .manual):
            return
        }
    }

    /// A deadline pushed back or dropped once the cycle runs moves the goalposts as surely as
    /// a lowered target; set or brought forward, it is a change of plan.
    mutating func compareDue(_ x: KeyResult, _ y: KeyResult, key: ObjectiveKey) {
        guard x.due != y.due else { return }
        let (from, to) = (x.due?.description ?? "", y.due?.description ?? "")
        switch (x.due, y.due) {
        case (let old?, let new?) where new > old && started(key.cycle):
            add(.goalposts, key, keyResult: y.id, title: y.title, from: from, to: to,
                "due date pushed back after the cycle started: say why in the check-in note, so the change reads as a decision")
        case (.some, nil) where started(key.cycle):
            add(.goalposts, key, keyResult: y.id, title: y.title, from: from, to: to,
                "due date dropped after the cycle started: say why in the check-in note, so the change reads as a decision")
        case (nil, .some):
            add(.targetChanged, key, keyResult: y.id, title: y.title, from: from, to: to, "due date set")
        case (.some, nil):
            add(.targetChanged, key, keyResult: y.id, title: y.title, from: from, to: to, "due date dropped")
        case (let old?, let new?):
            add(.targetChanged, key, keyResult: y.id, title: y.title, from: from, to: to, new < old ? "due date brought forward" : "due date moved")
        case (nil, nil):
            return
        }
    }

    /// The end-of-cycle self score and the person who answers for the key result.
    mutating func compareScoreAndOwner(_ x: KeyResult, _ y: KeyResult, key: ObjectiveKey) {
        if x.score != y.score {
            let words = switch (x.score, y.score) {
            case (nil, _): "scored"
            case (_, nil): "score dropped"
            default: "score changed"
            }
            add(.scored, key, keyResult: y.id, title: y.title, from: x.score.map(Format.number) ?? "", to: y.score.map(Format.number) ?? "", words)
        }
        if x.owner != y.owner {
            let words = switch (x.owner, y.owner) {
            case (nil, _): "owner set"
            case (_, nil): "owner dropped"
            default: "owner changed"
            }
            add(.reassigned, key, keyResult: y.id, title: y.title, from: x.owner.map { Owner.person($0).path } ?? "", to: y.owner.map { Owner.person($0).path } ?? "", words)
        }
    }

    func describe(_ measure: Measure) -> String {
        switch measure {
        // As the pages put it: "150 merchants (from 0)".
        case .numeric(let start, let target, _, let unit): "\(Format.number(target))\(unit.map { " " + $0 } ?? "") (from \(Format.number(start)))"
        case .milestone: "a milestone"
        case .manual: "progress set by hand"
        }
    }

    /// Progress and confidence moves, rounded as the pages show them (whole percentages).
    mutating func moves(from old: Double, to new: Double, confidence oldConfidence: Int?, _ newConfidence: Int?, key: ObjectiveKey, keyResult: String?, title: LocalizedText) {
        if Format.percentValue(old) != Format.percentValue(new) {
            let jump = abs(new - old) >= Comparison.jumpThreshold
            add(jump ? .jump : .progress, key, keyResult: keyResult, title: title, from: Format.percent(old), to: Format.percent(new),
                jump ? "progress \(new > old ? "rose" : "fell") by \(Format.percent(abs(new - old))) in one change; worth a look at the check-in" : "progress \(new > old ? "up" : "down")")
        }
        if oldConfidence != newConfidence {
            let show = { (value: Int?) in value.map { "\($0)/10" } ?? "none" }
            let words = switch (oldConfidence, newConfidence) {
            case (.some(let a), .some(let b)): b > a ? "confidence up" : "confidence down"
            case (nil, _): "confidence given"
            case (_, nil): "confidence no longer given"
            }
            add(.confidence, key, keyResult: keyResult, title: title, from: show(oldConfidence), to: show(newConfidence), words)
        }
    }

    // MARK: alignment

    func objective(_ key: ObjectiveKey, in revision: Revision) -> Objective? {
        revision.graph.objectives[key].map { revision.content.okrSets[$0.set].objectives[$0.objective] }
    }

    /// A link by its newer-revision addresses: "source → target[/KR]".
    struct Link: Hashable, Comparable {
        var source: ObjectiveKey
        var target: ObjectiveKey
        var keyResult: String?
        var sideways: Bool

        static func < (a: Link, b: Link) -> Bool { (a.source, a.target, a.keyResult ?? "") < (b.source, b.target, b.keyResult ?? "") }
        var targetReference: String { keyResult.map { "\(target)/\($0)" } ?? target.description }
    }

    func links(of revision: Revision, mapped: Bool) -> Set<Link> {
        var links: Set<Link> = []
        for edges in revision.graph.outgoing.values {
            for edge in edges {
                let source = mapped ? renamed[edge.source] ?? edge.source : edge.source
                let target = mapped ? renamed[edge.target] ?? edge.target : edge.target
                links.insert(Link(source: source, target: target, keyResult: edge.targetKeyResult, sideways: edge.direction == .sideways))
            }
        }
        return links
    }

    mutating func compareAlignment() {
        let before = links(of: base, mapped: true)
        let after = links(of: head, mapped: false)
        // Objectives in both revisions, by their newer address.
        let paired = Dictionary(renamed.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let linkedOwners = head.graph.linkedOwners()
        for link in after.subtracting(before).sorted() {
            guard let source = objective(link.source, in: head) else { continue }
            add(.linkAdded, link.source, title: source.title, to: link.targetReference, "now aligns to \(link.targetReference)")
            // Sideways links are promises between peers: the other side should know, and
            // answers with a link of its own (from any of its objectives, as the hint counts).
            if link.sideways && !linkedOwners.contains(AlignmentGraph.OwnerLink(cycle: link.source.cycle, from: link.target.owner, to: link.source.owner)) {
                add(.oneWay, link.source, title: source.title, to: link.targetReference,
                    "aligns sideways to \(link.targetReference), which does not align back; agree it with its owner")
            }
        }
        for link in before.subtracting(after).sorted() where paired[link.source] != nil {
            guard let source = objective(link.source, in: head) else { continue }
            add(.linkRemoved, link.source, title: source.title, from: link.targetReference, "no longer aligns to \(link.targetReference)")
        }
        // In the newer revision's order (sorted by owner), not by sorting the keys again.
        for set in head.content.okrSets {
            for objective in set.objectives {
                let key = set.key(of: objective)
                guard let oldKey = paired[key] else { continue }
                if key.owner != .company, base.graph.outgoing[oldKey]?.isEmpty == false, head.graph.outgoing[key]?.isEmpty ?? true {
                    add(.unaligned, key, title: objective.title, "no longer aligns to anything; say what it serves, or why it stands alone")
                }
                let before = base.graph.incoming[oldKey]?.count ?? 0
                if before > 0, head.graph.incoming[key]?.isEmpty ?? true {
                    add(.lostContributors, key, title: objective.title, from: "\(before)", to: "0",
                        "lost its last contributor: nothing aligns to it any more")
                }
            }
        }
    }

    // MARK: writing hints

    mutating func compareHints() {
        /// A finding by what it says and where, at newer-revision addresses; line numbers move
        /// with every edit, so they are not part of it.
        func identity(_ finding: Finding, mapped: Bool) -> [String] {
            var objective = finding.objective
            if mapped, let id = objective {
                objective = renamed[ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: id)]?.objective ?? id
            }
            return [finding.rule.id, finding.cycle, finding.owner.path, objective ?? "", finding.keyResult ?? "", finding.message(for: "en")]
        }
        var counts: [[String]: Int] = [:]
        for finding in base.findings where !finding.silenced { counts[identity(finding, mapped: true), default: 0] += 1 }
        var added: [Finding] = []
        for finding in head.findings where !finding.silenced {
            let id = identity(finding, mapped: false)
            if let count = counts[id], count > 0 { counts[id] = count - 1 } else { added.append(finding) }
        }
        // A hint that says what an alignment change already says is not said twice.
        let said = Set(changes.filter { [.unaligned, .oneWay].contains($0.kind) }.map { "\($0.kind == .oneWay ? "unreciprocated-sideways" : "unaligned-objective") \($0.objective)" })
        for finding in added where !said.contains("\(finding.rule.id) \(ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: finding.objective ?? ""))") {
            hint(.hintAdded, finding, in: head)
        }
        for finding in base.findings where !finding.silenced {
            let id = identity(finding, mapped: true)
            guard let count = counts[id], count > 0 else { continue }
            counts[id] = count - 1
            hint(.hintResolved, finding, in: base)
        }
    }

    mutating func hint(_ kind: ChangeKind, _ finding: Finding, in revision: Revision) {
        let key = ObjectiveKey(cycle: finding.cycle, owner: finding.owner, objective: finding.objective ?? "")
        let objective: Objective? = finding.objective == nil ? nil : self.objective(key, in: revision)
        var title = objective?.title ?? LocalizedText("")
        if let id = finding.keyResult, let result = objective?.keyResults.first(where: { $0.id == id }) { title = result.title }
        let address = kind == .hintResolved ? renamed[key] ?? key : key
        add(kind, address, keyResult: finding.keyResult, title: title, "\(finding.message(for: "en")) [\(finding.rule.id)]")
    }
}
