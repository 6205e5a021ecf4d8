/// Site settings from `portal.yaml`.
public struct PortalConfig: Sendable {
    public var title: String
    /// Where the site is published (`https://okrs.example.com/`), for the links that must be
    /// absolute: the sitemap, feeds and the 404 page. Pages themselves link relatively.
    public var baseURL: String?
    /// Where a content file is edited on the repository's host: the address the file's path
    /// within the content folder is appended to (GitHub's `https://github.com/o/r/edit/main/content/`,
    /// GitLab's `…/-/edit/main/content/`). Owner pages then link "Edit this file".
    public var editURL: String?
    /// UI languages; the first is the default and is served at the site root.
    public var languages: [String]
    public var currentCycleID: String?
    public var cycles: [Cycle]
    /// Lower-cased ids of cycles declared with a valid id but unusable dates. Their own error
    /// is reported once; files in their folders and references pinned to them are skipped
    /// instead of each being reported as naming an unknown cycle.
    public var unusableCycleIDs: Set<String> = []
    /// False when portal.yaml or its `cycles` list could not be read at all: that error is
    /// reported, and no folder's cycle is then reported as unknown on top of it.
    public var cyclesAreKnown = true
    public var scoreBands: ScoreBands
    public var hints: HintSettings
    /// `as_of:` the day the site is built as of, whatever day it is built on: a snapshot, or a
    /// demo whose check-ins never grow old.
    public var asOf: Day?
    /// `screens:` the teams that have an office screen of their own (`/tv/teams/<id>/`), in
    /// the order written; the company's (`/tv/`) is always made.
    public var screens: [Screen] = []

    /// A team named under `screens:`, and where.
    public struct Screen: Sendable {
        public var team: String
        public var location: SourceLocation
        public init(team: String, location: SourceLocation) {
            self.team = team
            self.location = location
        }
    }

    public init(
        title: String = "OKRs", languages: [String] = ["en"], currentCycleID: String? = nil,
        cycles: [Cycle] = [], scoreBands: ScoreBands = .init(), hints: HintSettings = .init()
    ) {
        self.title = title
        self.languages = languages
        self.currentCycleID = currentCycleID
        self.cycles = cycles
        self.scoreBands = scoreBands
        self.hints = hints
    }

    public var defaultLanguage: String { languages.first ?? "en" }

    /// Whether a cycle not among `cycles` may still have been meant, by a cycle whose error is
    /// already reported: then naming it is not reported again.
    public func mayDefine(cycle id: String) -> Bool {
        !cyclesAreKnown || unusableCycleIDs.contains(id.lowercased())
    }
}

/// Where a score or progress counts as good, fair or poor (0.7 and 0.4 by default, as the
/// OKR handbooks read scores).
public struct ScoreBands: Sendable, Hashable {
    public var good: Double = 0.7
    public var fair: Double = 0.4
    public init(good: Double = 0.7, fair: Double = 0.4) {
        self.good = good
        self.fair = fair
    }

    public enum Band: String, Sendable { case good, fair, poor }

    public func band(of value: Double) -> Band {
        value >= good ? .good : value >= fair ? .fair : .poor
    }
}

/// Thresholds for the writing hints, and the hints a portal switches off.
public struct HintSettings: Sendable, Hashable {
    public var maxObjectives = 5
    /// An owner with fewer objectives gets a hint. The OKR guide suggests 2–5; the default
    /// only flags an OKR file without any objective, since one objective is common for people.
    public var minObjectives = 1
    public var maxKeyResults = 4
    public var minKeyResults = 2
    public var staleDays = 14
    /// Whether hints that come with the passing of time (a quiet key result, a missing
    /// confidence, a missing retrospective) fail `--strict` too. Off: a gate does not fail
    /// on an unchanged commit as days go by.
    public var strictTime = false
    /// Rule ids switched off for the whole portal.
    public var disabled: Set<String> = []
    public init() {}
}

/// A hint an objective or key result silences for itself, with the author's reason.
public struct HintSilence: Sendable, Hashable {
    public var rules: Set<String>
    public var reason: String?
    public var location: SourceLocation

    public init(rules: Set<String>, reason: String?, location: SourceLocation) {
        self.rules = rules
        self.reason = reason
        self.location = location
    }
}

extension PortalConfig {
    /// `current_cycle` when set; else the shortest cycle containing `day` (the quarter rather
    /// than the year); else the one that ended last.
    public func currentCycle(on day: Day) -> Cycle? {
        if let id = currentCycleID, let cycle = cycles.first(where: { $0.id == id }) { return cycle }
        let containing = cycles.filter { $0.contains(day) }
        if let shortest = containing.min(by: { ($0.length, $0.id) < ($1.length, $1.id) }) { return shortest }
        return cycles.max { ($0.end, $0.start, $0.id) < ($1.end, $1.start, $1.id) }
    }
}
