// The arithmetic OKR users expect (see the OKR guide): clamped progress in roll-ups,
// raw over-achievement kept for display, weighted means, scores only when complete.

extension KeyResult {
    /// The value a numeric KR stands at: the explicit `current`, else the latest check-in's
    /// value, else the start.
    public var currentValue: Double? {
        guard case .numeric(let start, _, let current, _) = measure else { return nil }
        if let current { return current }
        return checkIns.last(where: { $0.value != nil })?.value ?? start
    }

    /// How far raw progress may go either way. A target a hair's breadth from the start makes
    /// any move a vast multiple of the way (start 0, target 1e-300); capped, every figure
    /// shown from it stays a finite number.
    public static let rawProgressLimit = 1_000_000.0

    /// Progress before clamping: 1.3 means 130% of the way (over-achieved).
    public var rawProgress: Double {
        switch measure {
        case .numeric(let start, let target, _, _):
            guard target != start else { return 0 }
            let share = ((currentValue ?? start) - start) / (target - start)
            guard !share.isNaN else { return 0 }
            return min(max(share, -Self.rawProgressLimit), Self.rawProgressLimit)
        case .milestone(let done):
            if let latest = checkIns.last(where: { $0.done != nil })?.done { return latest ? 1 : 0 }
            return done ? 1 : 0
        case .manual(let progress):
            return checkIns.last(where: { $0.progress != nil })?.progress ?? progress
        }
    }

    /// Progress clamped to 0…1, as it counts in roll-ups.
    public var progress: Double { min(max(rawProgress, 0), 1) }

    /// The latest word on confidence: the newest check-in's, else the KR's own.
    public var latestConfidence: Int? {
        checkIns.last(where: { $0.confidence != nil })?.confidence ?? confidence
    }

    public var lastCheckIn: Day? { checkIns.last?.date }

    /// Whether its due date has passed by `day` with the key result not reached; whether that
    /// matters (the cycle still runs) is the caller's to say.
    public func isPastDue(on day: Day) -> Bool {
        guard let due else { return false }
        return due < day && progress < 1
    }

    public var isLowerBetter: Bool {
        if case .numeric(let start, let target, _, _) = measure { return target < start }
        return false
    }
}

enum WeightedMean {
    /// Σ wᵢxᵢ / Σ wᵢ, or nil when there is nothing to average.
    static func of<S: Sequence>(_ pairs: S) -> Double? where S.Element == (weight: Double, value: Double) {
        var total = 0.0
        var weights = 0.0
        for pair in pairs {
            total += pair.weight * pair.value
            weights += pair.weight
        }
        return weights > 0 ? total / weights : nil
    }
}

extension Objective {
    /// Weighted mean of the key results' clamped progress; 0 with no key results.
    public var progress: Double {
        WeightedMean.of(keyResults.lazy.map { (weight: $0.weight, value: $0.progress) }) ?? 0
    }

    /// Weighted mean of the key results' scores, only once every key result is scored.
    public var score: Double? {
        guard !keyResults.isEmpty else { return nil }
        var pairs: [(weight: Double, value: Double)] = []
        for keyResult in keyResults {
            guard let score = keyResult.score else { return nil }
            pairs.append((keyResult.weight, score))
        }
        return WeightedMean.of(pairs)
    }

    /// The objective's own confidence, else the lowest latest confidence among its KRs
    /// (an objective is as safe as its riskiest key result).
    public var effectiveConfidence: Int? {
        confidence ?? keyResults.compactMap(\.latestConfidence).min()
    }

    public var lastCheckIn: Day? { keyResults.compactMap(\.lastCheckIn).max() }
}

extension OKRSet {
    /// Weighted mean of the objectives' progress: the owner's overall progress.
    public var progress: Double {
        WeightedMean.of(objectives.lazy.map { (weight: $0.weight, value: $0.progress) }) ?? 0
    }

    /// Weighted mean of objective scores where every objective is scored.
    public var score: Double? {
        var pairs: [(weight: Double, value: Double)] = []
        for objective in objectives {
            guard let score = objective.score else { return nil }
            pairs.append((objective.weight, score))
        }
        return WeightedMean.of(pairs)
    }
}

/// Where an objective stands against the time elapsed in its cycle.
public enum Status: String, Sendable, CaseIterable {
    /// The cycle has not started.
    case upcoming
    /// Progress is within 25 points of the elapsed share of the cycle.
    case onTrack = "on-track"
    /// Progress trails the elapsed share by more than 25 points.
    case atRisk = "at-risk"
    /// Every key result is complete.
    case done
    /// The cycle is over and the objective did not reach 100%.
    case closed

    /// How far progress may trail the calendar before an objective is at risk.
    public static let riskMargin = 0.25

    public static func of(progress: Double, in cycle: Cycle, on day: Day) -> Status {
        if progress >= 1 { return .done }
        switch cycle.phase(at: day) {
        case .upcoming: return .upcoming
        case .closed: return .closed
        case .open:
            return progress < cycle.elapsedFraction(at: day) - riskMargin ? .atRisk : .onTrack
        }
    }
}
