/// Site settings from `portal.yaml`.
public struct PortalConfig: Sendable {
    public var title: String
    /// UI languages; the first is the default and is served at the site root.
    public var languages: [String]
    public var currentCycleID: String?
    public var cycles: [Cycle]
    public var scoreBands: ScoreBands
    public var hints: HintSettings

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

/// Thresholds for the writing hints.
public struct HintSettings: Sendable, Hashable {
    public var maxObjectives = 5
    public var maxKeyResults = 4
    public var minKeyResults = 2
    public var staleDays = 14
    public init() {}
}
