import OKRGraph
import OKRHints
import OKRModel

/// One revision's OKRs as the load stage leaves them: what `diff` compares.
public struct Revision: Sendable {
    public var content: PortalContent
    public var graph: AlignmentGraph
    public var findings: [Finding]
    /// The day the revision is judged on: "after the cycle started" is measured from it.
    public var buildDate: Day

    public init(content: PortalContent, graph: AlignmentGraph, findings: [Finding], buildDate: Day) {
        self.content = content
        self.graph = graph
        self.findings = findings
        self.buildDate = buildDate
    }
}

/// What kind of change a reviewer is told about. The raw values are what `--fail-on` and the
/// JSON report name.
public enum ChangeKind: String, Sendable, CaseIterable, Comparable {
    case objectiveAdded = "objective-added"
    case objectiveRemoved = "objective-removed"
    case keyResultAdded = "key-result-added"
    case keyResultRemoved = "key-result-removed"
    case retitled
    /// The objective keeps its title but has another id (one above it was removed or moved).
    case renumbered
    /// Committed ↔ aspirational, before the cycle started (after it, see `goalposts`).
    case retyped
    /// A confidential objective made public: from this change on, the portal shows it.
    case published
    /// An objective made confidential: the portal stops showing it.
    case madeConfidential = "made-confidential"
    /// A key result's start, target, due date or way of measuring changed.
    case targetChanged = "target-changed"
    /// After the cycle started: a target moved towards the start, a due date pushed back or
    /// dropped, or a committed objective made aspirational. Often right, but it should be
    /// said out loud.
    case goalposts
    case progress
    /// Progress moved by half the way or more in one change.
    case jump
    case confidence
    /// A key result's end-of-cycle self score given, changed or dropped.
    case scored
    /// A key result's owner (the person who answers for it) set, changed or dropped.
    case reassigned
    case linkAdded = "link-added"
    case linkRemoved = "link-removed"
    /// An objective that aligned to something no longer aligns to anything.
    case unaligned
    /// An objective others contributed to has no contributor left.
    case lostContributors = "lost-contributors"
    /// A new link to a peer whose objective does not link back.
    case oneWay = "one-way"
    case hintAdded = "hint-added"
    case hintResolved = "hint-resolved"

    public var section: ChangeSection {
        switch self {
        case .objectiveAdded, .objectiveRemoved, .keyResultAdded, .keyResultRemoved, .retitled, .renumbered, .retyped, .published, .madeConfidential, .reassigned: .okrs
        case .targetChanged, .goalposts: .targets
        case .progress, .jump, .confidence, .scored: .progress
        case .linkAdded, .linkRemoved, .unaligned, .lostContributors, .oneWay: .alignment
        case .hintAdded, .hintResolved: .hints
        }
    }

    /// Kinds a reviewer should look at twice; the reports mark them.
    public var needsAttention: Bool { [.published, .goalposts, .jump, .unaligned, .lostContributors, .oneWay].contains(self) }

    public static func < (a: ChangeKind, b: ChangeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The parts of a report, in the order they are printed.
public enum ChangeSection: String, Sendable, CaseIterable {
    case okrs, targets, progress, alignment, hints

    public var title: String {
        switch self {
        case .okrs: "Objectives and key results"
        case .targets: "Targets"
        case .progress: "Progress and confidence"
        case .alignment: "Alignment"
        case .hints: "Writing hints"
        }
    }
}

/// One change, about an objective or one of its key results.
public struct Change: Sendable, Hashable {
    public var kind: ChangeKind
    /// The objective: its address in the newer revision, or in the older one when it is gone.
    public var objective: ObjectiveKey
    public var keyResult: String?
    /// The objective's or key result's title, in the portal's default language.
    public var title: String
    /// The value before and after, when the change has one (`20%` → `90%`).
    public var from: String?
    public var to: String?
    /// What changed, in a sentence.
    public var summary: String
    /// Where the objective is on the published portal (needs `base_url`).
    public var url: String?

    /// `2026-Q4:teams/sales/O1/KR2`, as references and the export write it.
    /// For a hint about a whole OKR file, the file's cycle and owner.
    public var reference: String {
        let objective = self.objective.objective.isEmpty ? "\(self.objective.cycle):\(self.objective.owner.path)" : self.objective.description
        return keyResult.map { "\(objective)/\($0)" } ?? objective
    }
}

/// Everything `diff` found between two revisions, sorted: section, what needs attention
/// first, then objective, then kind.
public struct ChangeReport: Sendable {
    /// How the revisions were named on the command line (`main`, `the working tree`).
    public var base: String
    public var head: String
    public var changes: [Change]
    /// Errors in the newer revision, which `check` reports in full.
    public var headErrors: Int

    public init(base: String, head: String, changes: [Change], headErrors: Int = 0) {
        self.base = base
        self.head = head
        self.changes = changes.sorted {
            let (a, b) = ($0, $1)
            let sections = ChangeSection.allCases
            let (sa, sb) = (sections.firstIndex(of: a.kind.section)!, sections.firstIndex(of: b.kind.section)!)
            if sa != sb { return sa < sb }
            // What needs a second look leads its section: a comment shows the first rows only.
            if a.kind.needsAttention != b.kind.needsAttention { return a.kind.needsAttention }
            if a.objective != b.objective { return a.objective < b.objective }
            if a.keyResult != b.keyResult { return (a.keyResult ?? "") < (b.keyResult ?? "") }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.summary < b.summary
        }
        self.headErrors = headErrors
    }

    public func count(_ kind: ChangeKind) -> Int { changes.count { $0.kind == kind } }

    /// Changes of the kinds a gate fails on.
    public func failing(on kinds: Set<ChangeKind>) -> [Change] { changes.filter { kinds.contains($0.kind) } }
}
