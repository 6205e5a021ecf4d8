public enum ObjectiveType: String, Sendable, CaseIterable {
    /// Set to stretch; 0.6–0.7 is a good result.
    case aspirational
    /// Expected to reach 1.0, with resources guaranteed.
    case committed
}

/// How a key result is measured.
public enum Measure: Sendable, Hashable {
    /// From `start` towards `target`; a target below the start means lower is better.
    case numeric(start: Double, target: Double, current: Double?, unit: String?)
    /// Done or not done.
    case milestone(done: Bool)
    /// An explicit share 0–1, set by hand.
    case manual(progress: Double)
}

/// A progress update, dated.
public struct CheckIn: Sendable, Hashable {
    public var date: Day
    public var value: Double?
    public var done: Bool?
    public var progress: Double?
    public var confidence: Int?
    public var note: String?
    public var location: SourceLocation

    public init(date: Day, value: Double? = nil, done: Bool? = nil, progress: Double? = nil, confidence: Int? = nil, note: String? = nil, location: SourceLocation) {
        self.date = date
        self.value = value
        self.done = done
        self.progress = progress
        self.confidence = confidence
        self.note = note
        self.location = location
    }
}

public struct KeyResult: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var measure: Measure
    public var weight: Double
    public var confidence: Int?
    public var score: Double?
    public var due: Day?
    /// A person who owns or contributes to this key result (`people/bob`).
    public var owner: String?
    /// Sorted by date, oldest first.
    public var checkIns: [CheckIn]
    /// Whether `weight` was written (weights "given as fractions" are checked to add up).
    public var hasExplicitWeight = false
    public var silence: HintSilence?
    public var location: SourceLocation

    public init(
        id: String, title: LocalizedText, measure: Measure, weight: Double = 1, confidence: Int? = nil,
        score: Double? = nil, due: Day? = nil, owner: String? = nil, checkIns: [CheckIn] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.measure = measure
        self.weight = weight
        self.confidence = confidence
        self.score = score
        self.due = due
        self.owner = owner
        self.checkIns = checkIns
        self.location = location
    }
}

public struct Objective: Sendable, Hashable {
    public var id: String
    public var title: LocalizedText
    public var type: ObjectiveType
    /// 0 for P0 (most important) to 3.
    public var priority: Int?
    public var confidence: Int?
    public var weight: Double
    public var aligns: [Reference]
    /// The objective of an earlier cycle this one continues (`okr-portal cycle carry`).
    public var carriedFrom: Reference?
    /// An alignment was written but could not be read (its own error says why), so no hint
    /// calls the objective unaligned.
    public var alignmentUnreadable = false
    /// Its entry had errors (their own messages say which: a key result left out, a confidence
    /// that did not read), so the hints about what it lacks (key results, confidence) wait
    /// until they are fixed.
    public var readWithErrors = false
    /// Kept off the portal (`confidential: true`): checked like any other, but no page,
    /// export, search entry, drawing or feed shows it (see `PublishedContent`).
    public var confidential = false
    /// On the portal only: how many of its alignments went to confidential objectives and
    /// were taken out, so the page can say it serves something it does not name.
    public var confidentialTargets = 0
    /// On the portal only: how many confidential objectives align to it or to one of its key
    /// results.
    public var confidentialContributors = 0
    /// Risks, already rendered from Markdown.
    public var risksHTML: [String]
    public var keyResults: [KeyResult]
    public var hasExplicitWeight = false
    public var silence: HintSilence?
    public var location: SourceLocation

    public init(
        id: String, title: LocalizedText, type: ObjectiveType = .aspirational, priority: Int? = nil,
        confidence: Int? = nil, weight: Double = 1, aligns: [Reference] = [], risksHTML: [String] = [],
        keyResults: [KeyResult] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.priority = priority
        self.confidence = confidence
        self.weight = weight
        self.aligns = aligns
        self.risksHTML = risksHTML
        self.keyResults = keyResults
        self.location = location
    }

    /// Whether it aligns to anything, published or not.
    public var hasAlignments: Bool { !aligns.isEmpty || confidentialTargets > 0 }
}

/// One owner's OKRs for one cycle: one file under `okrs/<cycle>/`.
public struct OKRSet: Sendable, Hashable {
    public var cycle: String
    public var owner: Owner
    public var objectives: [Objective]
    /// The body (context, plan, retrospective), rendered from Markdown.
    public var bodyHTML: String
    /// Its objectives had errors, so one may be left out: "too few objectives" waits until
    /// they are fixed.
    public var readWithErrors = false
    /// On the portal only: how many of its objectives are confidential and left out.
    public var confidentialObjectives = 0
    /// The "@person-id" mentions written in the body and in objectives' risks (Markdown),
    /// where they stand; empty for most files.
    public var proseMentions: [ProseMention] = []
    /// Whether the body has a level-2 "Retrospective" / "复盘" section.
    public var hasRetrospective: Bool
    public var path: String

    public init(cycle: String, owner: Owner, objectives: [Objective], bodyHTML: String = "", hasRetrospective: Bool = false, path: String) {
        self.cycle = cycle
        self.owner = owner
        self.objectives = objectives
        self.bodyHTML = bodyHTML
        self.hasRetrospective = hasRetrospective
        self.path = path
    }

    public func key(of objective: Objective) -> ObjectiveKey {
        ObjectiveKey(cycle: cycle, owner: owner, objective: objective.id)
    }

    /// The file's path within the content folder (`okrs/2026-Q4/people/ana.md`): `path` less
    /// the content folder's name that diagnostics show in front of it.
    public var pathInContent: String {
        path.firstIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Whether the owner wrote objectives for the cycle, published or not: coverage counts
    /// an owner whose objectives are all confidential as one who wrote them.
    public var hasObjectives: Bool { !objectives.isEmpty || confidentialObjectives > 0 }
}

/// A person mentioned in an OKR file's Markdown: its notes, or an objective's risks.
public struct ProseMention: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    /// The objective whose risk names them; nil in the notes.
    public var objective: String?

    public init(id: String, location: SourceLocation, objective: String? = nil) {
        self.id = id
        self.location = location
        self.objective = objective
    }
}

/// Everything read from a content folder, validated, sorted by id.
public struct PortalContent: Sendable {
    public var config: PortalConfig
    public var company: Company
    public var people: [Person]
    public var teams: [Team]
    public var okrSets: [OKRSet]
    /// Definitions in files that could not be read at all; see `UnreadDefinitions`.
    public var unread = UnreadDefinitions()

    public init(config: PortalConfig, company: Company, people: [Person], teams: [Team], okrSets: [OKRSet]) {
        self.config = config
        self.company = company
        self.people = people
        self.teams = teams
        self.okrSets = okrSets
    }
}

/// What files that could not be read at all (bad YAML, not UTF-8) would have defined. Their
/// own error is reported; a reference to what they might have defined is not reported again,
/// or one syntax error in an HR export of 10,000 people would bury itself under 10,000
/// "unknown person" errors.
public struct UnreadDefinitions: Sendable {
    /// `org/people.yaml` or `org/teams.yaml` could not be read: any id may have been in it.
    public var anyPerson = false
    public var anyTeam = false
    /// Ids whose own file (`people/<id>.md`, `teams/<id>.md`) could not be read.
    public var people: Set<String> = []
    public var teams: Set<String> = []
    /// Owners one of whose OKR files could not be read, in any cycle.
    public var okrOwners: Set<Owner> = []

    public init() {}

    public func mayDefine(person id: String) -> Bool { anyPerson || people.contains(id) }
    public func mayDefine(team id: String) -> Bool { anyTeam || teams.contains(id) }

    /// Whether an unread file may hold what a reference to `owner`'s objectives names.
    public func mayHoldObjectives(of owner: Owner) -> Bool {
        switch owner {
        case .company: okrOwners.contains(owner)
        case .team(let id): mayDefine(team: id) || okrOwners.contains(owner)
        case .person(let id): mayDefine(person: id) || okrOwners.contains(owner)
        }
    }
}
