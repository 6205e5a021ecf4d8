public enum Employment: String, Sendable, CaseIterable {
    case fullTime = "full-time"
    case partTime = "part-time"
    case contractor
    case intern
}

public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var email: String?
    public var team: String?
    public var title: String?
    public var manager: String?
    public var location: String?
    public var employment: Employment?
    /// The bio body, already rendered from Markdown.
    public var bioHTML: String
    public var source: SourceLocation

    public init(
        id: String, name: String, email: String? = nil, team: String? = nil, title: String? = nil,
        manager: String? = nil, location: String? = nil, employment: Employment? = nil,
        bioHTML: String = "", source: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.team = team
        self.title = title
        self.manager = manager
        self.location = location
        self.employment = employment
        self.bioHTML = bioHTML
        self.source = source
    }
}

public struct Team: Sendable, Hashable {
    /// Each team's depth: how many known teams are above it (0 at the top; a parent that is
    /// no team counts as the top). A walk up stops at a team whose depth is known, so each
    /// chain of parents is walked once, without recursion: a chain may be as long as the list.
    /// A loop (which the loader reports) counts from where its walk came round; teams are
    /// walked in id order so that is the same every run.
    public static func depths(parents: [String: String?]) -> [String: Int] {
        var depth: [String: Int] = [:]
        for id in parents.keys.sorted() where depth[id] == nil {
            var path: [String] = []
            var onPath: Set<String> = []
            var current: String? = id
            while let team = current, depth[team] == nil, onPath.insert(team).inserted {
                path.append(team)
                current = parents[team] ?? nil
                if let next = current, parents[next] == nil { current = nil }
            }
            var level = current.flatMap { depth[$0] } ?? -1
            for team in path.reversed() {
                level += 1
                depth[team] = level
            }
        }
        return depth
    }

    public var id: String
    public var name: String
    /// The team this one reports to; nil reports to the company.
    public var parent: String?
    public var lead: String?
    public var missionHTML: String
    public var source: SourceLocation

    public init(id: String, name: String, parent: String? = nil, lead: String? = nil, missionHTML: String = "", source: SourceLocation) {
        self.id = id
        self.name = name
        self.parent = parent
        self.lead = lead
        self.missionHTML = missionHTML
        self.source = source
    }
}

public struct Company: Sendable, Hashable {
    public var name: String
    public var mission: String?
    public var vision: String?
    public var strategyHTML: String

    public init(name: String, mission: String? = nil, vision: String? = nil, strategyHTML: String = "") {
        self.name = name
        self.mission = mission
        self.vision = vision
        self.strategyHTML = strategyHTML
    }
}
