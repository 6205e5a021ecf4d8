import Foundation
import OKRGraph
import OKRModel
import OKRSupport

/// The hints stage: applies every enabled rule to the content and the alignment graph.
/// Pure; the build date decides which cycles are open or closed.
public struct HintChecker: Sendable {
    let content: PortalContent
    let graph: AlignmentGraph
    let today: Day
    let settings: HintSettings
    let cycles: [String: Cycle]
    /// Who a check-in note may mention.
    let personIDs: Set<String>

    /// The longest cycle (in days) in which weekly check-ins and confidence are expected: a
    /// quarter, with room for a 13-week or four-month cycle.
    public static let checkInCycleLength = 123

    /// Whether weekly check-ins are expected in `cycle` on `day`: it runs, and it is about a
    /// quarter long or less (annual goals are followed through the quarters inside them).
    public static func expectsCheckIns(in cycle: Cycle, on day: Day) -> Bool {
        cycle.phase(at: day) == .open && cycle.length <= checkInCycleLength
    }

    /// How many days have passed without a check-in, when that is more than `staleDays` in a
    /// cycle that expects check-ins and has run at least that long; nil otherwise. Without
    /// any check-in the days count from the cycle's start. The stale-key-result hint and the
    /// dashboard's list of quiet people both ask this.
    public static func daysQuiet(since lastCheckIn: Day?, in cycle: Cycle, on day: Day, staleDays: Int) -> Int? {
        guard expectsCheckIns(in: cycle, on: day), day - cycle.start >= staleDays else { return nil }
        let days = day - (lastCheckIn ?? cycle.start)
        return days > staleDays ? days : nil
    }

    public static func run(content: PortalContent, graph: AlignmentGraph, buildDate: Day) -> [Finding] {
        HintChecker(content: content, graph: graph, buildDate: buildDate).findings()
    }

    init(content: PortalContent, graph: AlignmentGraph, buildDate: Day) {
        self.content = content
        self.graph = graph
        self.today = buildDate
        self.settings = content.config.hints
        self.cycles = Dictionary(content.config.cycles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.personIDs = Set(content.people.map(\.id))
    }

    func findings() -> [Finding] {
        // Each owner's file is checked on its own, so the files are shared across the cores.
        let perFile: [[Finding]] = parallelMap(content.okrSets) { set -> [Finding] in
            guard let cycle = cycles[set.cycle] else { return [] }
            var found = ownerFindings(set, cycle: cycle)
            for objective in set.objectives {
                found += objectiveFindings(objective, in: set, cycle: cycle)
                for keyResult in objective.keyResults {
                    found += keyResultFindings(keyResult, of: objective, in: set, cycle: cycle)
                }
            }
            return found
        }
        var found = perFile.flatMap { $0 }
        found += sandbagging()
        found += unreciprocatedSideways()
        return suggestingMentions(found
            .filter { !settings.disabled.contains($0.rule.id) }
            .sorted { ($0.location, $0.rule.id) < ($1.location, $1.rule.id) })
    }

    /// The person meant by each mistyped mention, asked in the findings' order (not the
    /// order the cores finish in), so the same mentions get a suggestion every run, within
    /// `IDSuggestions`' limit.
    func suggestingMentions(_ findings: [Finding]) -> [Finding] {
        guard findings.contains(where: { $0.rule.id == "unknown-mention" }) else { return findings }
        let people = IDSuggestions(personIDs)
        return findings.map { finding in
            guard finding.rule.id == "unknown-mention", let near = finding.arguments["id"].flatMap(people.nearest) else { return finding }
            var finding = finding
            finding.wordArguments["near"] = LocalizedText(variants: [
                ("en", " (did you mean @\(near)?)"), ("zh", "（是不是 @\(near)？）"), ("ja", "（@\(near) のことですか？）"),
            ])
            return finding
        }
    }

    /// "@li.nq" would link nowhere. Only ids that start with a letter are taken for mentions
    /// gone wrong: "@3pm" is a time. The person meant is added later (`suggestingMentions`).
    func unknownMention(_ id: String, at location: SourceLocation, set: OKRSet, objective: Objective?, keyResult: KeyResult? = nil) -> Finding? {
        guard !personIDs.contains(id), id.first?.isLetter == true else { return nil }
        var unknown = finding("unknown-mention", at: location, set: set, objective: objective, keyResult: keyResult, ["id": id])
        unknown.wordArguments["near"] = LocalizedText(variants: [("en", ""), ("zh", ""), ("ja", "")])
        return unknown
    }

    func finding(
        _ id: String, at location: SourceLocation, set: OKRSet, objective: Objective? = nil, keyResult: KeyResult? = nil,
        _ arguments: [String: String] = [:]
    ) -> Finding {
        var finding = Finding(
            rule: HintRule.byID[id]!, location: location, cycle: set.cycle, owner: set.owner, objective: objective?.id,
            keyResult: keyResult?.id, arguments: arguments)
        // A key result's own silence, or its objective's, covers it.
        for silence in [keyResult?.silence, objective?.silence].compactMap({ $0 }) where silence.rules.contains(id) {
            finding.silenced = true
            finding.silenceReason = silence.reason
            break
        }
        return finding
    }

    // MARK: Per owner and cycle

    func ownerFindings(_ set: OKRSet, cycle: Cycle) -> [Finding] {
        var found: [Finding] = []
        let count = set.objectives.count
        let fileStart = SourceLocation(path: set.path, line: 1, column: 1)
        if count > settings.maxObjectives {
            found.append(finding("too-many-objectives", at: set.objectives[settings.maxObjectives].location, set: set, ["count": "\(count)", "max": "\(settings.maxObjectives)"]))
        }
        if count < settings.minObjectives, !set.readWithErrors {
            var few = finding("too-few-objectives", at: set.objectives.first?.location ?? fileStart, set: set, ["count": "\(count)", "min": "\(settings.minObjectives)"])
            few.wordArguments["counted"] = Self.counted(count, "objective", "objectives", chinese: "个目标", japanese: "件の目標")
            found.append(few)
        }
        // Mentions in the notes and risks, as in check-in notes.
        found += set.proseMentions.compactMap { mention in
            unknownMention(mention.id, at: mention.location, set: set, objective: mention.objective.flatMap { id in set.objectives.first { $0.id == id } })
        }
        if cycle.phase(at: today) == .closed, count > 0, !set.hasRetrospective {
            found.append(finding("missing-retrospective", at: fileStart, set: set, ["cycle": cycle.name]))
        }
        let weights = set.objectives.map { ($0.hasExplicitWeight, $0.weight) }
        if let sum = Self.fractionalWeightSum(weights) {
            found.append(finding("weights-do-not-add-up", at: set.objectives[0].location, set: set, ["sum": Self.format(sum)]))
        }
        return found
    }

    /// Weights "given as fractions": every item has one and all are at most 1. Returns their
    /// sum when it is not 1 (within rounding), else nil.
    static func fractionalWeightSum(_ weights: [(explicit: Bool, value: Double)]) -> Double? {
        guard weights.count > 1, weights.allSatisfy({ $0.explicit && $0.value <= 1 }) else { return nil }
        let sum = weights.reduce(0) { $0 + $1.value }
        return abs(sum - 1) > 0.005 ? sum : nil
    }

    /// "1 key result", "0 key results"; Chinese has one form ("1 个关键结果").
    static func counted(_ count: Int, _ one: String, _ many: String, chinese: String, japanese: String) -> LocalizedText {
        LocalizedText(variants: [("en", "\(count) \(count == 1 ? one : many)"), ("zh", "\(count) \(chinese)"), ("ja", "\(count) \(japanese)")])
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    // MARK: Per objective

    func objectiveFindings(_ objective: Objective, in set: OKRSet, cycle: Cycle) -> [Finding] {
        var found: [Finding] = []
        let at = objective.location
        let count = objective.keyResults.count
        if count > settings.maxKeyResults {
            found.append(finding("too-many-key-results", at: objective.keyResults[settings.maxKeyResults].location, set: set, objective: objective, ["count": "\(count)", "max": "\(settings.maxKeyResults)"]))
        }
        if count < settings.minKeyResults, !objective.readWithErrors {
            var few = finding("too-few-key-results", at: at, set: set, objective: objective, ["count": "\(count)", "min": "\(settings.minKeyResults)"])
            few.wordArguments["counted"] = Self.counted(count, "key result", "key results", chinese: "个关键结果", japanese: "件の主要な成果")
            found.append(few)
        }
        // Text rules read every language the title is written in; one hint per rule.
        let titles = objective.title.variants.map { TextAnalysis.Normalized($0.text) }
        let shown = objective.title.variants.first?.text ?? ""
        let textRules: [(String, (TextAnalysis.Normalized) -> Bool)] = [
            ("bare-phrase-objective", TextAnalysis.isBarePhrase), ("status-quo-objective", TextAnalysis.isStatusQuo),
            ("routine-objective", TextAnalysis.isRoutine),
        ]
        for (id, test) in textRules where titles.contains(where: test) {
            found.append(finding(id, at: at, set: set, objective: objective, ["title": shown]))
        }
        let key = set.key(of: objective)
        if set.owner != .company, graph.outgoing[key] == nil, objective.aligns.isEmpty, !objective.alignmentUnreadable {
            found.append(finding("unaligned-objective", at: at, set: set, objective: objective))
        }
        if Self.expectsCheckIns(in: cycle, on: today), objective.effectiveConfidence == nil, !objective.readWithErrors {
            found.append(finding("missing-confidence", at: at, set: set, objective: objective))
        }
        if let sum = Self.fractionalWeightSum(objective.keyResults.map { ($0.hasExplicitWeight, $0.weight) }) {
            found.append(finding("weights-do-not-add-up", at: objective.keyResults[0].location, set: set, objective: objective, ["sum": Self.format(sum)]))
        }
        if cycle.phase(at: today) == .closed, objective.type == .committed {
            let value = objective.score ?? objective.progress
            if value < 1 {
                found.append(finding("committed-below-target", at: at, set: set, objective: objective, ["value": Self.format(value)]))
            }
        }
        return found
    }

    // MARK: Per key result

    func keyResultFindings(_ keyResult: KeyResult, of objective: Objective, in set: OKRSet, cycle: Cycle) -> [Finding] {
        var found: [Finding] = []
        let at = keyResult.location
        let titles = keyResult.title.variants.map { TextAnalysis.Normalized($0.text) }
        let shown = keyResult.title.variants.first?.text ?? ""
        if titles.contains(where: TextAnalysis.isTask) {
            found.append(finding("task-key-result", at: at, set: set, objective: objective, keyResult: keyResult, ["title": shown]))
        } else if let fix = Self.missingMeasure(keyResult, titles: titles) {
            var unmeasurable = finding("unmeasurable-key-result", at: at, set: set, objective: objective, keyResult: keyResult, ["title": shown])
            unmeasurable.wordArguments["fix"] = fix
            found.append(unmeasurable)
        }
        if let (pair, start, target) = Self.titleDisagreement(keyResult) {
            found.append(finding("title-numbers-disagree", at: at, set: set, objective: objective, keyResult: keyResult,
                                 ["from": pair.from, "to": pair.to, "start": Self.format(start), "target": Self.format(target)]))
        }
        if case .numeric(_, _, let current?, _) = keyResult.measure,
           let latest = keyResult.checkIns.last(where: { $0.value != nil }), let value = latest.value, value != current {
            found.append(finding("current-disagrees-with-check-in", at: at, set: set, objective: objective, keyResult: keyResult,
                                 ["current": Self.format(current), "value": Self.format(value), "date": latest.date.description]))
        }
        if let due = keyResult.due, due < cycle.start || due > cycle.end {
            found.append(finding("due-outside-cycle", at: at, set: set, objective: objective, keyResult: keyResult,
                                 ["due": due.description, "cycle": cycle.name, "start": cycle.start.description, "end": cycle.end.description]))
        }
        // A carried objective may bring its history along; any other's early date is a typo
        // or a starting point.
        for checkIn in keyResult.checkIns where checkIn.date < cycle.start && objective.carriedFrom == nil {
            found.append(finding("check-in-before-cycle", at: checkIn.location, set: set, objective: objective, keyResult: keyResult,
                                 ["date": checkIn.date.description, "cycle": cycle.name, "start": cycle.start.description]))
        }
        // Check-ins are sorted by date, same-day ones in written order: said once a day, at
        // the one that counts.
        var first = 0
        while first < keyResult.checkIns.count {
            let date = keyResult.checkIns[first].date
            var last = first
            while last + 1 < keyResult.checkIns.count, keyResult.checkIns[last + 1].date == date { last += 1 }
            if last > first {
                found.append(finding("same-day-check-ins", at: keyResult.checkIns[last].location, set: set, objective: objective, keyResult: keyResult,
                                     ["date": date.description, "count": "\(last - first + 1)"]))
            }
            first = last + 1
        }
        for checkIn in keyResult.checkIns {
            found += Mentions.find(in: checkIn.note ?? "").compactMap {
                unknownMention($0.id, at: checkIn.location, set: set, objective: objective, keyResult: keyResult)
            }
        }
        // A manual key result set by hand, with no check-ins, has no date to be judged by.
        var setByHand = false
        if case .manual = keyResult.measure, keyResult.checkIns.isEmpty { setByHand = true }
        if keyResult.progress < 1, !setByHand, let days = Self.daysQuiet(since: keyResult.lastCheckIn, in: cycle, on: today, staleDays: settings.staleDays) {
            var stale = finding("stale-key-result", at: at, set: set, objective: objective, keyResult: keyResult, ["days": "\(days)"])
            if let last = keyResult.lastCheckIn {
                stale.arguments["last"] = last.description
            } else {
                stale.wordArguments["last"] = LocalizedText(variants: [("en", "never"), ("zh", "从未更新"), ("ja", "なし")])
            }
            found.append(stale)
        }
        return found
    }

    /// The first title (of its languages) whose "from X to Y" disagrees with a numeric key
    /// result's start and target, with those two; nil when they agree or it says no such pair.
    static func titleDisagreement(_ keyResult: KeyResult) -> (TitleNumbers.Pair, start: Double, target: Double)? {
        guard case .numeric(let start, let target, _, _) = keyResult.measure else { return nil }
        for variant in keyResult.title.variants {
            guard let pair = TitleNumbers.pair(in: variant.text) else { continue }
            if !TitleNumbers.agree(pair.from, start) || !TitleNumbers.agree(pair.to, target) { return (pair, start, target) }
        }
        return nil
    }

    /// What to tell the author of a key result whose title says nothing checkable, or nil when
    /// it does. Whatever the kind, the title is what readers see: numbers beside "Improve team
    /// morale" do not say what they count. A numeric key result's `unit` names what its
    /// numbers count, so with one it is not reported.
    static func missingMeasure(_ keyResult: KeyResult, titles: [TextAnalysis.Normalized]) -> LocalizedText? {
        var milestone = false
        if case .milestone = keyResult.measure { milestone = true }
        guard TextAnalysis.isUnmeasurable(titles, milestone: milestone) else { return nil }
        if case .numeric(let start, let target, _, let unit) = keyResult.measure {
            if let unit, !unit.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            let (from, to) = (format(start), format(target))
            return LocalizedText(variants: [
                ("en", "what do \(from) and \(to) count? Name it in the title, e.g. “… grows from \(from) to \(to) …”, or give a unit"),
                ("zh", "\(from) 和 \(to) 计量的是什么？请写进标题，例如“……从 \(from) 提升到 \(to) ……”，或填写 unit"),
                ("ja", "\(from) と \(to) は何の数ですか？タイトルに書くか（例：「……を \(from) から \(to) に」）、unit を指定してください"),
            ])
        }
        return LocalizedText(variants: [("en", "how will you know it is reached?"), ("zh", "怎样判断是否达成？"), ("ja", "達成したとどう判断しますか？")])
    }

    // MARK: Across cycles and owners

    /// Two consecutive closed cycles of the same kind (quarter after quarter) in which every
    /// objective of the owner is scored 0.9 or more. Quarters differ by a day or two, so "the
    /// same kind" means lengths within 15% of each other.
    func sandbagging() -> [Finding] {
        var found: [Finding] = []
        let closed = content.config.cycles.filter { $0.phase(at: today) == .closed }
        var sets: [String: OKRSet] = [:]
        for set in content.okrSets { sets["\(set.cycle)|\(set.owner.path)"] = set }
        for current in closed {
            let similar = closed.filter { abs($0.length - current.length) * 100 <= current.length * 15 && $0.end < current.start }
            guard let previous = similar.max(by: { $0.end < $1.end }) else { continue }
            for set in content.okrSets where set.cycle == current.id {
                guard let earlier = sets["\(previous.id)|\(set.owner.path)"],
                      Self.allHighScores(set), Self.allHighScores(earlier) else { continue }
                found.append(finding("sandbagging", at: SourceLocation(path: set.path, line: 1, column: 1), set: set,
                                     ["previous": previous.name, "cycle": current.name]))
            }
        }
        return found
    }

    static func allHighScores(_ set: OKRSet) -> Bool {
        !set.objectives.isEmpty && set.objectives.allSatisfy { ($0.score ?? 0) >= 0.9 }
    }

    /// A sideways edge A → B where no objective of B's owner aligns to any objective of A's
    /// owner in that cycle.
    func unreciprocatedSideways() -> [Finding] {
        let linked = graph.linkedOwners()
        var found: [Finding] = []
        for set in content.okrSets {
            for objective in set.objectives {
                for edge in graph.outgoing[set.key(of: objective)] ?? [] where edge.direction == .sideways && edge.target.cycle == set.cycle {
                    guard !linked.contains(AlignmentGraph.OwnerLink(cycle: set.cycle, from: edge.target.owner, to: set.owner)) else { continue }
                    found.append(finding("unreciprocated-sideways", at: edge.location, set: set, objective: objective,
                                         ["target": edge.targetReference, "owner": edge.target.owner.path]))
                }
            }
        }
        return found
    }
}
