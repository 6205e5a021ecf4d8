import Foundation
import OKRGraph
import OKRModel
import OKRSupport

/// `okrs.json`: everything the portal knows, for other tools. Field names are snake_case and
/// stable; `okrs.schema.json` beside it describes them. Each record writes its fields once,
/// in sorted order.
struct ExportCycle: JSONValue {
    var id: String
    var name: String
    var start: String
    var end: String
    var current: Bool
    var phase: String
    /// Cycles this one lies inside (a quarter inside its year).
    var enclosed_by: [String]
    var url: String
    /// The cycle's own export, `okrs/<cycle>.json`: the same document with only its objectives.
    var export: String

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("current", current)
            fields.field("enclosed_by", enclosed_by)
            fields.field("end", end)
            fields.field("export", export)
            fields.field("id", id)
            fields.field("name", name)
            fields.field("phase", phase)
            fields.field("start", start)
            fields.field("url", url)
        }
    }
}

struct ExportTeam: JSONValue {
    var id: String
    var name: String
    var parent: Nullable<String>
    var lead: Nullable<String>
    var url: String

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("id", id)
            fields.field("lead", lead)
            fields.field("name", name)
            fields.field("parent", parent)
            fields.field("url", url)
        }
    }
}

struct ExportPerson: JSONValue {
    var id: String
    var name: String
    var email: Nullable<String>
    var team: Nullable<String>
    var title: Nullable<String>
    var manager: Nullable<String>
    var employment: Nullable<String>
    var url: String

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("email", email)
            fields.field("employment", employment)
            fields.field("id", id)
            fields.field("manager", manager)
            fields.field("name", name)
            fields.field("team", team)
            fields.field("title", title)
            fields.field("url", url)
        }
    }
}

struct ExportObjective: JSONValue {
    var ref: String
    var cycle: String
    var owner: String
    var id: String
    var title: String
    var titles: [String: String]?
    var type: String
    var priority: Nullable<String>
    var confidence: Nullable<Int>
    var weight: Double
    var progress: Double
    var score: Nullable<Double>
    var status: String
    var aligns: [String]
    var aligned_by: [String]
    var chain: [String]
    var url: String
    var key_results: [ExportKeyResult]

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("aligned_by", aligned_by)
            fields.field("aligns", aligns)
            fields.field("chain", chain)
            fields.field("confidence", confidence)
            fields.field("cycle", cycle)
            fields.field("id", id)
            fields.field("key_results", key_results)
            fields.field("owner", owner)
            fields.field("priority", priority)
            fields.field("progress", progress)
            fields.field("ref", ref)
            fields.field("score", score)
            fields.field("status", status)
            fields.field("title", title)
            fields.field("titles", titles)
            fields.field("type", type)
            fields.field("url", url)
            fields.field("weight", weight)
        }
    }
}

struct ExportKeyResult: JSONValue {
    var ref: String
    var id: String
    var title: String
    var kind: String
    var progress: Double
    /// Before clamping: above 1 when the target was exceeded.
    var raw_progress: Double
    var score: Nullable<Double>
    var start: Double?
    var target: Double?
    var current: Double?
    var unit: String?
    var done: Bool?
    var weight: Double
    var confidence: Nullable<Int>
    var due: Nullable<String>
    var owner: Nullable<String>
    var last_checkin: Nullable<String>
    var aligned_by: [String]

    func write(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("aligned_by", aligned_by)
            fields.field("confidence", confidence)
            fields.field("current", current)
            fields.field("done", done)
            fields.field("due", due)
            fields.field("id", id)
            fields.field("kind", kind)
            fields.field("last_checkin", last_checkin)
            fields.field("owner", owner)
            fields.field("progress", progress)
            fields.field("raw_progress", raw_progress)
            fields.field("ref", ref)
            fields.field("score", score)
            fields.field("start", start)
            fields.field("target", target)
            fields.field("title", title)
            fields.field("unit", unit)
            fields.field("weight", weight)
        }
    }
}

extension SiteRenderer {
    /// Rounds away binary noise (0.30000000000000004) so the export is readable and stable.
    static func tidy(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func cycleExportPath(_ cycle: String) -> String { "okrs/\(cycle).json" }

    /// `okrs.json` (every cycle), or with `cycle` the cycle's own `okrs/<cycle>.json`: the
    /// same schema with only that cycle's objectives, what a dashboard of the quarter reads.
    /// Streamed to `sink` as it is encoded.
    public func writeExport(cycle only: String? = nil, to sink: @escaping ByteSink) throws {
        if let only {
            try writeExports(whole: nil, cycles: [only: sink])
        } else {
            try writeExports(whole: sink, cycles: [:])
        }
    }

    /// `okrs.json` to `whole` and each cycle's `okrs/<cycle>.json` to `cycles[id]`, in one
    /// pass: each objective is encoded once and its bytes go to every document that lists it
    /// (both documents list every objective of a company with one cycle of OKRs, 450 MB each
    /// at 50,000 people). Each document goes to its sink a megabyte at a time.
    public func writeExports(whole: ByteSink?, cycles sinks: [String: ByteSink]) throws {
        // A StreamWriter per document: it hands its sink a megabyte at a time and keeps the
        // first error the sink throws for `finish()`.
        var documents = ((whole.map { [$0] } ?? []) + sinks.values).map(StreamWriter.init(sink:))
        var listsObjective = [Bool](repeating: false, count: documents.count)
        let wholeDocument: Int? = whole == nil ? nil : 0
        var byCycle: [String: Int] = [:]
        for (position, cycle) in sinks.keys.enumerated() { byCycle[cycle] = position + (whole == nil ? 0 : 1) }
        func append(_ bytes: [UInt8], to index: Int) {
            documents[index].buffer += bytes
            documents[index].flushIfFull()
        }
        let head = exportHead()
        for index in documents.indices { append(head, to: index) }
        var record = JSONWriter()
        forEachExportObjective(cycle: whole == nil && sinks.count == 1 ? sinks.keys.first : nil) { cycle, objective in
            let targets = [wholeDocument, byCycle[cycle]].compactMap { $0 }
            guard !targets.isEmpty else { return }
            record.bytes.removeAll(keepingCapacity: true)
            objective.write(to: &record)
            for index in targets {
                if listsObjective[index] { documents[index].buffer.append(UInt8(ascii: ",")) }
                listsObjective[index] = true
                append(record.bytes, to: index)
            }
        }
        for index in documents.indices { append(Array("]".utf8), to: index) }
        writeExportTail { part in
            for index in documents.indices { append(part, to: index) }
        }
        for index in documents.indices { try documents[index].finish() }
    }

    /// What every export document holds before its first objective, ending in
    /// `"objectives":[`: an object of the members before it, its closing brace cut, so they
    /// are written by the same code and in the same order as in one object.
    func exportHead() -> [UInt8] {
        let config = index.content.config
        let cycles = config.cycles.map { cycle in
            ExportCycle(
                id: cycle.id, name: cycle.name, start: cycle.start.description, end: cycle.end.description,
                current: cycle.id == index.currentCycle?.id, phase: cycle.phase(at: index.buildDate).rawValue,
                enclosed_by: config.cycles.filter { $0.encloses(cycle) }.map(\.id),
                url: index.pagePath(.company, cycle: cycle.id), export: Self.cycleExportPath(cycle.id))
        }
        var json = JSONWriter()
        json.object { document in
            document.field("$schema", "okrs.schema.json")
            document.field("build_date", index.buildDate.description)
            document.field("current_cycle", index.currentCycle?.id)
            document.field("cycles", cycles)
            document.field("generator", "okr-portal")
        }
        json.bytes.removeLast()
        json.bytes += #","objectives":["#.utf8
        return json.bytes
    }

    /// What every export document holds after its objectives' `]`: the people, the teams and
    /// the title, encoded once and handed to `emit` a megabyte at a time (10 MB at 50,000
    /// people), the opening brace of their object replaced by the comma before them.
    func writeExportTail(_ emit: ([UInt8]) -> Void) {
        let teams = index.content.teams.map { team in
            ExportTeam(id: team.id, name: team.name, parent: Nullable(team.parent), lead: Nullable(team.lead), url: "teams/\(team.id)/")
        }
        let people = index.content.people.map { person in
            ExportPerson(
                id: person.id, name: person.name, email: Nullable(person.email), team: Nullable(person.team),
                title: Nullable(person.title), manager: Nullable(person.manager),
                employment: Nullable(person.employment?.rawValue), url: "people/\(person.id)/")
        }
        withoutActuallyEscaping(emit) { emit in
            var opened = false
            var json = JSONWriter(drain: { bytes in
                if !opened, !bytes.isEmpty {
                    bytes[0] = UInt8(ascii: ",")
                    opened = true
                }
                emit(bytes)
                bytes.removeAll(keepingCapacity: true)
            })
            json.object { document in
                document.field("people", people)
                document.field("teams", teams)
                document.field("title", index.content.config.title)
            }
            json.bytes.append(UInt8(ascii: "\n"))
            json.finish()
        }
    }

    /// The most steps of an objective's `chain` the export lists. Alignments can chain sideways
    /// through thousands of objectives; listed whole, each would repeat the rest of the chain,
    /// and the export would grow with the square of its length. `aligns` still gives every
    /// step.
    static let exportChainLimit = 100

    /// The export's objectives (of one cycle, or of all) with their cycles, in the export's
    /// order.
    func forEachExportObjective(cycle only: String?, _ visit: (String, ExportObjective) throws -> Void) rethrows {
        let language = index.content.config.defaultLanguage
        for set in index.content.okrSets where only == nil || set.cycle == only {
            for objective in set.objectives {
                let key = set.key(of: objective)
                let incoming = index.graph.incoming[key] ?? []
                let keyResults = objective.keyResults.map { kr -> ExportKeyResult in
                    var entry = ExportKeyResult(
                        ref: "\(key)/\(kr.id)", id: kr.id, title: kr.title.text(for: language, fallback: language), kind: "milestone",
                        progress: Self.tidy(kr.progress), raw_progress: Self.tidy(kr.rawProgress), score: Nullable(kr.score),
                        weight: kr.weight, confidence: Nullable(kr.latestConfidence), due: Nullable(kr.due?.description),
                        owner: Nullable(kr.owner.map { "people/\($0)" }), last_checkin: Nullable(kr.lastCheckIn?.description),
                        aligned_by: incoming.filter { $0.targetKeyResult == kr.id }.map(\.source.description))
                    switch kr.measure {
                    case .numeric(let start, let target, _, let unit):
                        entry.kind = "numeric"
                        entry.start = start
                        entry.target = target
                        entry.current = kr.currentValue
                        entry.unit = unit
                    case .milestone:
                        entry.done = kr.progress >= 1
                    case .manual:
                        entry.kind = "manual"
                    }
                    return entry
                }
                let titles = objective.title.variants.count > 1
                    ? Dictionary(objective.title.variants.map { ($0.language, $0.text) }, uniquingKeysWith: { first, _ in first })
                    : nil
                let entry = ExportObjective(
                    ref: key.description, cycle: set.cycle, owner: set.owner.path, id: objective.id,
                    title: objective.title.text(for: language, fallback: language), titles: titles,
                    type: objective.type.rawValue, priority: Nullable(objective.priority.map { "P\($0)" }),
                    confidence: Nullable(objective.effectiveConfidence), weight: objective.weight,
                    progress: Self.tidy(objective.progress), score: Nullable(objective.score.map(Self.tidy)),
                    status: index.status(of: objective, in: set.cycle).rawValue,
                    aligns: (index.graph.outgoing[key] ?? []).map(\.targetReference),
                    // Everyone who aligns to the objective or to one of its key results.
                    aligned_by: Array(Set(incoming.map(\.source))).sorted().map(\.description),
                    chain: index.graph.chain(of: key).dropFirst().prefix(Self.exportChainLimit).map(\.description),
                    url: index.objectiveURL(key), key_results: keyResults)
                try visit(set.cycle, entry)
            }
        }
    }
}
