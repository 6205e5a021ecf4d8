import OKRGraph
import OKRHints
import OKRModel
import OKRSupport

/// Turns model values into view models for one language and one page position.
struct ViewBuilder {
    let index: SiteIndex
    let language: String
    let strings: [String: String]
    /// Relative path from the page to its language root.
    let base: String
    /// Neighbourhood map layouts already made for another language's page of the same owner.
    var mapGeometry: MapGeometryCache?
    /// How many contributors a folded list names before its link to the alignment tree; an
    /// OKR set with many long lists shares `AlignedByList.pageBudget` among them.
    var foldedLimit = AlignedByList.foldedLimit

    var bands: ScoreBands { index.content.config.scoreBands }
    var defaultLanguage: String { index.content.config.defaultLanguage }

    func t(_ key: String) -> String { strings[key] ?? key }

    /// `key`'s string with its `{count}` filled in ("… 2,997 more").
    func t(_ key: String, count number: Int) -> String {
        t(key).replacing("{count}", with: Format.number(Double(number)))
    }

    /// The first `limit` of a list that grows with the company, and `note`'s string saying how
    /// many more there are and where (nil when none are left out).
    func cut<Item>(_ items: [Item], at limit: Int, note: String) -> (shown: ArraySlice<Item>, more: String?) {
        (items.prefix(limit), items.count > limit ? t(note, count: items.count - limit) : nil)
    }

    /// `key`, or `<key>_one` for one: the string that agrees with `number`.
    static func key(_ key: String, agreeingWith number: Int) -> String { number == 1 ? key + "_one" : key }

    /// The string of `key` (or `<key>_one`) that agrees with `number`, `{count}` filled in; nil
    /// for none ("a confidential objective, not published", "2 confidential objectives, …").
    func t(_ key: String, counting number: Int) -> String? {
        number == 0 ? nil : t(Self.key(key, agreeingWith: number), count: number)
    }

    /// "1 objective", "3 objectives": the noun of `key`, or of `<key>_one` for one.
    func count(_ number: Int, _ key: String) -> String {
        "\(Format.number(Double(number))) \(t(Self.key(key, agreeingWith: number)))"
    }

    func text(_ localized: LocalizedText) -> String {
        localized.text(for: language, fallback: defaultLanguage)
    }

    func url(_ path: String) -> String { base + path }

    func progress(_ share: Double, raw: Double? = nil) -> ProgressView {
        let clamped = min(max(share, 0), 1)
        let over = raw.flatMap { $0 > 1.0001 ? Format.percent($0) : nil }
        return ProgressView(clamped: Format.percentValue(clamped), label: Format.percent(clamped), overLabel: over, band: bands.band(of: clamped).rawValue)
    }

    func score(_ value: Double?) -> ScoreView? {
        value.map { ScoreView(value: Format.score($0), band: bands.band(of: $0).rawValue) }
    }

    func confidence(_ value: Int?) -> ConfidenceView? {
        guard let value else { return nil }
        let band = ConfidenceBand(value).rawValue
        return ConfidenceView(value: value, band: band, label: t("confidence_\(band)"))
    }

    /// "last check-in 2026-11-16", or "no check-in yet": beside a name to follow up.
    func lastCheckInNote(_ day: Day?) -> String {
        day.map { t("dashboard_last_check_in").replacing("{date}", with: $0.description) } ?? t("dashboard_never_checked_in")
    }

    /// A check-in note as HTML, each mention of a known person linked to their page.
    func noteHTML(_ note: String) -> [UInt8] {
        ProseHTML.bytes(note, mentionURL: mentionURL)
    }

    /// Notes already in HTML, their mentions linked.
    func linkingMentions(_ html: String) -> String {
        ProseHTML.linkingMentions(inHTML: html, mentionURL: mentionURL)
    }

    func mentionURL(_ id: String) -> String? {
        index.peopleByID[id] == nil ? nil : url("people/\(id)/")
    }

    func personLink(_ id: String?) -> NamedLink? {
        guard let id, let person = index.peopleByID[id] else { return nil }
        return NamedLink(url: url("people/\(id)/"), name: person.name)
    }

    func teamLink(_ id: String?) -> NamedLink? {
        guard let id, let team = index.teamsByID[id] else { return nil }
        return NamedLink(url: url("teams/\(id)/"), name: team.name)
    }

    /// The chart of `samples` with its figures in words: where it started and ended, and
    /// where the pace from start to target would have put it by the last day.
    func trend(_ samples: [(day: Day, progress: Double)], cycle: Cycle) -> TrendView? {
        guard let chart = TrendChart(samples: samples, cycle: cycle) else { return nil }
        let last = chart.points[chart.points.count - 1]
        // Filled in one pass: a page has a chart per key result, and a site tens of thousands
        // of pages, where five `replacing` calls each made the charts a third of rendering.
        let summary = Placeholders.fill(t("trend_summary"), [
            "from": Format.percent(chart.first.progress), "start": chart.first.day.description,
            "to": Format.percent(chart.last.progress), "end": chart.last.day.description,
            "expected": Format.percent(cycle.elapsedFraction(at: chart.last.day)),
        ])
        return TrendView(points: chart.polyline, path: chart.path, x: last.x, y: last.y, labelY: chart.labelY, label: Format.percent(chart.last.progress), summary: summary)
    }

    func cycleView(_ cycle: Cycle) -> CycleView {
        CycleView(id: cycle.id, name: cycle.name, start: cycle.start.description, end: cycle.end.description)
    }

    /// A link to an objective, or to one of its key results.
    func link(to key: ObjectiveKey, keyResult: String? = nil, direction: AlignmentEdge.Direction? = nil) -> ObjectiveLink {
        var label = key.objective
        var path = index.objectiveURL(key)
        if let found = index.objective(key) {
            if let keyResult, let kr = found.keyResults.first(where: { $0.id == keyResult }) {
                label = "\(key.objective)/\(keyResult) \(text(kr.title))"
                path = index.keyResultURL(key, keyResult: keyResult)
            } else {
                label = "\(key.objective) \(text(found.title))"
            }
        }
        var ownerName = index.ownerName(key.owner)
        var short = "\(ownerName) · \(keyResult.map { "\(key.objective)/\($0)" } ?? key.objective)"
        if let cycle = index.cyclesByID[key.cycle], key.cycle != index.currentCycle?.id {
            ownerName += " · \(cycle.name)"
            short += " (\(cycle.name))"
        }
        return ObjectiveLink(
            url: url(path), label: label, ownerName: ownerName, short: short,
            direction: direction?.rawValue,
            directionLabel: direction.map { t("direction_\($0.rawValue)") })
    }

    /// "Aligned by" lists: a company objective in a large organisation can have thousands,
    /// so the first few are shown and the rest wait behind a "more" toggle. Each part's last
    /// link is marked, for the comma-separated form.
    struct AlignedByList {
        static let limit = 10
        /// The folded part names at most this many; past it one link leads to the alignment
        /// tree, so a company objective served by thousands does not weigh down its page.
        static let foldedLimit = 190
        /// The folded contributors one page names in all: a set of 50 objectives and 100 key
        /// results, each served by hundreds, would otherwise name 30,000 (3 MB).
        static let pageBudget = 2_000
        var shown: [ObjectiveLink]
        var more: [ObjectiveLink]
        var moreCount: String?
        var total: Int

        init(_ links: [ObjectiveLink], foldedLimit: Int = Self.foldedLimit, rest: (Int) -> ObjectiveLink) {
            total = links.count
            shown = ViewBuilder.marked(Array(links.prefix(Self.limit)))
            let folded = links.dropFirst(Self.limit)
            var more = Array(folded.prefix(foldedLimit))
            if folded.count > foldedLimit { more.append(rest(folded.count - foldedLimit)) }
            self.more = ViewBuilder.marked(more)
            moreCount = folded.isEmpty ? nil : Format.number(Double(folded.count))
        }
    }

    /// The link that stands for the contributors a folded list leaves out.
    func restOfContributors(cycle: String) -> (Int) -> ObjectiveLink {
        { count in
            let text = t("contributors_rest", count: count)
            return ObjectiveLink(url: url(index.mapPath(cycle: cycle)), label: text, ownerName: "", short: text)
        }
    }

    static func marked(_ links: [ObjectiveLink]) -> [ObjectiveLink] {
        var links = links
        if !links.isEmpty { links[links.count - 1].last = true }
        return links
    }

    func hint(_ finding: Finding) -> HintView {
        let message = finding.message(for: language)
        return HintView(
            rule: finding.rule.id, ruleTitle: finding.rule.title.text(for: language), message: message, messageHTML: ProseHTML.bytes(message),
            silenced: finding.silenced, hintReason: finding.silenceReason)
    }

    /// The most steps an objective's way up to the company shows; a longer one shows its first
    /// `servesLimit - 2`, how many more, and its top.
    static let servesLimit = 8

    func objective(_ objective: Objective, in set: OKRSet) -> ObjectiveView {
        let key = set.key(of: objective)
        let findings = index.findingsByObjective[key] ?? []
        let objectiveHints = findings.filter { $0.keyResult == nil }.map(hint)
        let status = index.status(of: objective, in: set.cycle)
        let incoming = index.graph.incoming[key] ?? []
        let outgoing = index.graph.outgoing[key] ?? []
        // The way up to the company: the first step is the alignment itself (to a key result,
        // sideways), the rest are objectives.
        let chain = index.graph.chain(of: key).dropFirst()
        let first = chain.first.flatMap { next in outgoing.first { $0.target == next } } ?? outgoing.first
        // A long way up shows its first steps and its top: alignments can chain sideways
        // through thousands of objectives, and every page of the chain would list them all.
        let cut = chain.count > Self.servesLimit
        let shownSteps = cut ? chain.prefix(Self.servesLimit - 2) : chain[...]
        let serves = first.map { step in
            [link(to: step.target, keyResult: step.targetKeyResult, direction: step.direction)]
                + shownSteps.dropFirst().map { link(to: $0) }
        } ?? []
        let servesTop = cut ? chain.suffix(1).map { link(to: $0) } : []
        let servesGap = cut ? t("serves_gap", count: chain.count - shownSteps.count - 1) : nil
        let alsoServes = ViewBuilder.marked(outgoing.filter { $0 != first }
            .map { link(to: $0.target, keyResult: $0.targetKeyResult, direction: $0.direction) })
        let alignedBy = AlignedByList(incoming.filter { $0.targetKeyResult == nil }.map { link(to: $0.source) }, foldedLimit: foldedLimit, rest: restOfContributors(cycle: key.cycle))
        let totalWeight = set.objectives.reduce(0) { $0 + $1.weight }
        let weighted = set.objectives.contains { $0.weight != 1 }

        return ObjectiveView(
            id: objective.id,
            title: text(objective.title),
            type: objective.type.rawValue,
            typeLabel: t("type_\(objective.type.rawValue)"),
            priority: objective.priority.map { "P\($0)" },
            status: status.rawValue,
            statusLabel: t("status_\(status.rawValue)"),
            progress: progress(objective.progress),
            // With one key result the objective's chart would be that key result's, drawn twice.
            trend: objective.keyResults.count < 2 ? nil
                : index.cyclesByID[set.cycle].flatMap { cycle in TrendChart.samples(of: objective).flatMap { trend($0, cycle: cycle) } },
            score: score(objective.score),
            confidence: confidence(objective.effectiveConfidence),
            weightLabel: weighted && totalWeight > 0 ? Format.percent(objective.weight / totalWeight) : nil,
            keyResults: objective.keyResults.map { kr in
                keyResult(kr, of: objective, key: key, incoming: incoming, findings: findings.filter { $0.keyResult == kr.id })
            },
            risks: objective.risksHTML.map(linkingMentions),
            hasRisks: !objective.risksHTML.isEmpty,
            serves: serves,
            hasServes: !serves.isEmpty,
            servesGap: servesGap,
            servesTop: servesTop,
            alsoServes: alsoServes,
            hasAlsoServes: !alsoServes.isEmpty,
            confidentialServes: t("confidential_count", counting: objective.confidentialTargets),
            carriedFrom: index.graph.carriedFrom[key].map { link(to: $0) },
            needsAlignment: set.owner != .company && objective.confidentialTargets == 0,
            alignedBy: alignedBy.shown,
            hasAlignedBy: !alignedBy.shown.isEmpty,
            alignedByMore: alignedBy.more,
            alignedByMoreCount: alignedBy.moreCount,
            contributorCount: alignedBy.total,
            confidentialContributors: t("confidential_count", counting: objective.confidentialContributors),
            hints: objectiveHints,
            hasHints: !objectiveHints.isEmpty)
    }

    /// A quiet key result is said in a few words beside its check-ins; the suggestion boxes
    /// are for what the author wrote, not for the days that passed.
    func keyResult(_ kr: KeyResult, of objective: Objective, key: ObjectiveKey, incoming: [AlignmentEdge], findings: [Finding]) -> KeyResultView {
        let hints = findings.filter { $0.rule.id != "stale-key-result" }.map(hint)
        let quiet = findings.first { $0.rule.id == "stale-key-result" && !$0.silenced }.map { finding in
            kr.lastCheckIn == nil
                ? t("kr_quiet_never").replacing("{days}", with: finding.arguments["days"] ?? "")
                : t("kr_quiet").replacing("{days}", with: finding.arguments["days"] ?? "")
        }
        let alignedBy = AlignedByList(incoming.filter { $0.targetKeyResult == kr.id }.map { link(to: $0.source) }, foldedLimit: foldedLimit, rest: restOfContributors(cycle: key.cycle))
        let unitSuffix: String
        let measure: String?
        switch kr.measure {
        case .numeric(let start, let target, _, let unit):
            unitSuffix = unit.map { " " + $0 } ?? ""
            measure = "\(Format.number(kr.currentValue ?? start)) / \(Format.number(target))\(unitSuffix) (\(t("measure_from")) \(Format.number(start)))"
        case .milestone:
            unitSuffix = ""
            measure = nil
        case .manual:
            unitSuffix = ""
            measure = nil
        }
        let checkIns = kr.checkIns.reversed().map { checkIn in
            CheckInView(
                date: checkIn.date.description,
                value: checkIn.value.map { Format.number($0) + unitSuffix }
                    ?? checkIn.done.map { $0 ? "✓" : "✗" }
                    ?? checkIn.progress.map { Format.percent($0) } ?? "",
                confidence: checkIn.confidence.map(String.init) ?? "",
                note: checkIn.note ?? "", noteHTML: checkIn.note.map(noteHTML))
        }
        return KeyResultView(
            id: kr.id,
            anchor: SiteIndex.keyResultAnchor(objective: objective.id, keyResult: kr.id),
            title: text(kr.title),
            progress: progress(kr.progress, raw: kr.rawProgress),
            measureLabel: measure,
            lowerIsBetter: kr.isLowerBetter,
            krConfidence: confidence(kr.latestConfidence),
            krScore: score(kr.score),
            due: kr.due?.description,
            dueOverdue: kr.isPastDue(on: index.buildDate) && index.cyclesByID[key.cycle]?.phase(at: index.buildDate) == .open,
            krOwner: personLink(kr.owner),
            krTrend: index.cyclesByID[key.cycle].flatMap { cycle in TrendChart.samples(of: kr, in: cycle).flatMap { trend($0, cycle: cycle) } },
            checkIns: Array(checkIns),
            hasCheckIns: !checkIns.isEmpty,
            checkInCount: checkIns.count,
            hasCheckInNotes: checkIns.contains { !$0.note.isEmpty },
            alignedBy: alignedBy.shown,
            hasAlignedBy: !alignedBy.shown.isEmpty,
            krAlignedByMore: alignedBy.more,
            krAlignedByMoreCount: alignedBy.moreCount,
            quietNote: quiet,
            krHints: hints,
            hasKRHints: !hints.isEmpty)
    }
}

/// Confidence as the OKR guide reads the 1–10 scale; `unrated` when nobody gave one. The
/// raw values are the CSS classes and the `confidence_<band>` UI strings.
enum ConfidenceBand: String, CaseIterable {
    case high, likely, medium, low, unrated

    init(_ value: Int?) {
        guard let value else {
            self = .unrated
            return
        }
        self = value >= 9 ? .high : value >= 7 ? .likely : value >= 5 ? .medium : .low
    }

    /// The scores the band covers, as the dashboard labels it.
    var range: String? {
        switch self {
        case .high: "9–10"
        case .likely: "7–8"
        case .medium: "5–6"
        case .low: "1–4"
        case .unrated: nil
        }
    }
}
