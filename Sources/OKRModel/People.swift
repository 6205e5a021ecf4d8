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
