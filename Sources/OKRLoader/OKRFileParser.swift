import OKRModel
import OKRSyntax

/// Reads one OKR file (`okrs/<cycle>/…`) into an `OKRSet`.
enum OKRFileParser {
    static let fileKeys = ["objectives"]
    static let maximumObjectives = 50
    static let maximumKeyResults = 100
    static let maximumAlignments = 20
    /// Mentions checked and listed per file, in its notes and risks together.
    static let maximumProseMentions = 200
    static let objectiveKeys = ["title", "id", "type", "priority", "confidence", "weight", "aligns", "carried_from", "risks", "key_results", "hints", "confidential"]
    static let keyResultKeys = [
        "title", "id", "start", "target", "current", "unit", "weight", "confidence", "score", "due", "owner",
        "checkins", "done", "progress", "hints",
    ]
    static let checkInKeys = ["date", "value", "done", "progress", "confidence", "note"]

    struct Result {
        var set: OKRSet
        /// KR owners as written, checked against the people once everyone is loaded.
        var personReferences: [(id: String, location: SourceLocation)]
    }

    static func parse(_ document: SourceDocument, cycle: String, owner: Owner, knownHintRules: [String], reader: inout NodeReader) -> Result {
        var result = Result(
            set: OKRSet(
                cycle: cycle, owner: owner, objectives: [], bodyHTML: document.body.html,
                hasRetrospective: document.body.sectionTitles.contains(where: isRetrospectiveTitle),
                path: reader.path),
            personReferences: [])
        result.set.proseMentions = mentions(in: document.body.textsWithAt, path: reader.path, firstLine: document.bodyLine)
        // Whether the file's objectives had errors: one may be left out (`readWithErrors`).
        let reported = reader.diagnostics.items.count
        guard let root = document.root else {
            reader.diagnostics.error(.missingField, "an OKR file needs 'objectives'", at: reader.fileStart)
            result.set.readWithErrors = true
            return result
        }
        guard let fields = reader.fields(root, allowed: fileKeys, what: "an OKR file"),
              let listNode = reader.require(fields, "objectives", what: "an OKR file"),
              let items = reader.list(listNode, what: "objectives")
        else {
            result.set.readWithErrors = reader.diagnostics.items[reported...].contains { $0.severity == .error }
            return result
        }

        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let objective = parseObjective(item, position: index + 1, knownHintRules: knownHintRules, reader: &reader, result: &result) else { continue }
            if !seen.insert(objective.id).inserted {
                reader.error(.duplicateID, "objective id '\(objective.id)' is used twice in this file", at: item)
                continue
            }
            result.set.objectives.append(objective)
        }
        // Bounds that keep the owner's page readable and under 1 MB; the writing hints ask
        // for far fewer.
        if items.count > maximumObjectives {
            reader.error(.outOfRange, "\(Format.number(Double(items.count))) objectives; an OKR file holds at most \(maximumObjectives) (focus usually means 5 or fewer)", at: listNode)
        }
        // The notes' mentions were found first; in the file they come after the objectives.
        // A file names a bounded number of people, so a hostile one cannot make a finding of
        // every "@x" in a megabyte of text.
        result.set.proseMentions.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
        result.set.proseMentions = Array(result.set.proseMentions.prefix(maximumProseMentions))
        let keyResults = result.set.objectives.reduce(0) { $0 + $1.keyResults.count }
        if keyResults > maximumKeyResults {
            reader.error(.outOfRange, "\(Format.number(Double(keyResults))) key results; an OKR file holds at most \(maximumKeyResults) (2 to 4 an objective is usual)", at: listNode)
        }
        result.set.readWithErrors = reader.diagnostics.items[reported...].contains { $0.severity == .error }
        return result
    }

    /// The mentions in Markdown texts, each at its "@": line `firstLine` of the file is the
    /// texts' line 1. At most `Mentions.limit` a text, as in a check-in note.
    /// `firstColumn` is where the texts' line 1 starts on its line of the file; `objective` is
    /// the one whose risk the texts are, nil for the notes.
    static func mentions(in texts: [SourceText], path: String, firstLine: Int = 1, firstColumn: Int = 1, objective: String? = nil) -> [ProseMention] {
        texts.flatMap { text in
            Mentions.find(in: text.text).map { found in
                let before = text.text[..<found.range.lowerBound].unicodeScalars.count
                let column = (text.line == 1 ? firstColumn - 1 : 0) + text.column + before
                return ProseMention(id: found.id, location: SourceLocation(path: path, line: firstLine + text.line - 1, column: column), objective: objective)
            }
        }
    }

    static func isRetrospectiveTitle(_ title: String) -> Bool {
        let folded = title.lowercased()
        return folded.hasPrefix("retrospective") || folded.hasPrefix("review") || title.hasPrefix("复盘")
    }

    static func parseObjective(_ node: YAMLNode, position: Int, knownHintRules: [String], reader: inout NodeReader, result: inout Result) -> Objective? {
        let reported = reader.diagnostics.items.count
        guard let fields = reader.fields(node, allowed: objectiveKeys, what: "an objective") else { return nil }
        let title = reader.require(fields, "title", what: "an objective").flatMap { reader.title($0, what: "title") }
        let id = fields["id"].map { reader.id($0, what: "objective id", fold: { $0.uppercased() }) } ?? "O\(position)"
        var objective = Objective(id: id ?? "O\(position)", title: title ?? LocalizedText(""), location: reader.location(node))

        if let node = fields["type"], let text = reader.text(node, what: "type") {
            if let type = ObjectiveType(rawValue: text.lowercased()) {
                objective.type = type
            } else {
                let meant = Suggestion.closest(to: text, in: ["aspirational", "committed"])
                reader.error(.outOfRange, "type must be aspirational or committed, found '\(text)'\(meant.map { "; did you mean '\($0)'?" } ?? "")", at: node, fix: meant)
            }
        }
        if let node = fields["priority"] { objective.priority = priority(node, reader: &reader) }
        objective.confidence = fields["confidence"].flatMap { reader.integer($0, what: "confidence", in: 1...10) }
        if let weight = fields["weight"].flatMap({ reader.positiveNumber($0, what: "weight") }) {
            objective.weight = weight
            objective.hasExplicitWeight = true
        }
        objective.silence = fields["hints"].flatMap { reader.hintSilence($0, knownRules: knownHintRules) }
        objective.confidential = fields["confidential"].flatMap { reader.bool($0, what: "confidential") } ?? false

        if let node = fields["aligns"], let items = reader.list(node, what: "aligns", allowSingle: true) {
            // Each alignment is a link on the page and an arrow in drawings; one or two is usual.
            if items.count > maximumAlignments {
                reader.error(.outOfRange, "\(Format.number(Double(items.count))) alignments; an objective aligns to at most \(maximumAlignments) (one or two is usual)", at: node)
            }
            for item in items.prefix(maximumAlignments) {
                guard let text = reader.text(item, what: "an alignment") else { continue }
                // "aligns: teams/a/O1, company/O2" is one string to YAML: say how to write a
                // list, and read the parts so they are checked (and the objective is not also
                // called unaligned).
                let parts = text.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                if parts.count > 1 {
                    // Mended by --fix where the string is the whole value (not an item of a list).
                    reader.error(.invalidReference, "several alignments are written as a list in brackets: aligns: [\(parts.joined(separator: ", "))]", at: item,
                                 fix: item == node ? "[\(parts.joined(separator: ", "))]" : nil)
                }
                for part in (parts.count > 1 ? parts : [text]).prefix(maximumAlignments) {
                    do {
                        objective.aligns.append(try Reference.parse(part, at: reader.location(item)))
                    } catch {
                        reader.error(.invalidReference, error.message, at: item, fix: parts.count > 1 ? nil : error.meant)
                        objective.alignmentUnreadable = true
                    }
                }
            }
        }
        if let node = fields["carried_from"], let text = reader.text(node, what: "carried_from") {
            do {
                let reference = try Reference.parse(text, at: reader.location(node))
                if reference.cycle == nil || reference.keyResult != nil {
                    reader.error(.invalidReference, "carried_from names an objective of an earlier cycle with its cycle, as in 2026-Q4:people/ana/O2; found '\(text)'", at: node)
                } else {
                    objective.carriedFrom = reference
                }
            } catch {
                reader.error(.invalidReference, error.message, at: node)
            }
        }
        if let node = fields["risks"], let items = reader.list(node, what: "risks", allowSingle: true) {
            for item in items {
                guard let text = reader.text(item, what: "a risk") else { continue }
                let rendered = Markdown.render(text, headingsFrom: 4)
                objective.risksHTML.append(rendered.html)
                // A risk is a YAML value: a one-line one places its mentions on its line, after
                // the opening quote if any; one over several lines, at its start.
                let at = reader.location(item)
                let quoted = if case .scalar(_, plain: false) = item.value { 1 } else { 0 }
                var found = mentions(in: rendered.textsWithAt, path: reader.path, firstLine: at.line, firstColumn: at.column + quoted, objective: objective.id)
                if text.contains("\n") { found = found.map { ProseMention(id: $0.id, location: at, objective: $0.objective) } }
                result.set.proseMentions += found
            }
        }
        if let node = fields["key_results"], let items = reader.list(node, what: "key_results") {
            var seen: Set<String> = []
            for (index, item) in items.enumerated() {
                guard let keyResult = parseKeyResult(item, position: index + 1, knownHintRules: knownHintRules, reader: &reader, result: &result) else { continue }
                if !seen.insert(keyResult.id).inserted {
                    reader.error(.duplicateID, "key result id '\(keyResult.id)' is used twice in objective \(objective.id)", at: item)
                    continue
                }
                objective.keyResults.append(keyResult)
            }
        }
        guard title != nil, id != nil else { return nil }
        objective.readWithErrors = reader.diagnostics.items[reported...].contains { $0.severity == .error }
        return objective
    }

    static func priority(_ node: YAMLNode, reader: inout NodeReader) -> Int? {
        if case .scalar(let text, _) = node.value {
            let folded = text.trimmingSpaces().uppercased()
            if folded.count == 2, folded.hasPrefix("P"), let level = Int(folded.dropFirst()), (0...3).contains(level) {
                return level
            }
        }
        reader.error(.outOfRange, "priority must be P0, P1, P2 or P3, found \(NodeReader.describe(node))", at: node)
        return nil
    }

    static func parseKeyResult(_ node: YAMLNode, position: Int, knownHintRules: [String], reader: inout NodeReader, result: inout Result) -> KeyResult? {
        guard let fields = reader.fields(node, allowed: keyResultKeys, what: "a key result") else { return nil }
        let title = reader.require(fields, "title", what: "a key result").flatMap { reader.title($0, what: "title") }
        let id = fields["id"].map { reader.id($0, what: "key result id", fold: { $0.uppercased() }) } ?? "KR\(position)"
        var keyResult = KeyResult(id: id ?? "KR\(position)", title: title ?? LocalizedText(""), measure: .milestone(done: false), location: reader.location(node))

        // What kind of key result this is follows from which fields are present.
        let numericKeys = ["start", "target", "current", "unit"].filter { fields[$0] != nil }
        let kinds = [numericKeys.isEmpty ? nil : "numeric (\(numericKeys.joined(separator: ", ")))",
                     fields["done"] == nil ? nil : "milestone (done)",
                     fields["progress"] == nil ? nil : "manual (progress)"].compactMap { $0 }
        // In doubt when the fields contradict each other or the numbers did not read: its
        // check-ins are then not judged against the milestone it falls back to.
        var kindInDoubt = kinds.count > 1
        if kinds.count > 1 {
            reader.error(.wrongType, "a key result is numeric, a milestone or manual, not several: found \(kinds.joined(separator: " and "))", at: node)
        } else if !numericKeys.isEmpty {
            let target = reader.require(fields, "target", what: "a numeric key result").flatMap { reader.number($0, what: "target", unitHint: true) }
            let start = fields["start"].map { reader.number($0, what: "start", unitHint: true) } ?? 0
            let current = fields["current"].flatMap { reader.number($0, what: "current", unitHint: true) }
            let unit = fields["unit"].flatMap { reader.text($0, what: "unit") }
            if target == nil || start == nil { kindInDoubt = true }
            if let target, let start {
                if target == start, let node = fields["target"] {
                    reader.error(.outOfRange, "target equals start (\(NodeReader.format(target))): there is nothing to progress", at: node)
                }
                keyResult.measure = .numeric(start: start, target: target, current: current, unit: unit)
            }
        } else if let node = fields["done"] {
            keyResult.measure = .milestone(done: reader.bool(node, what: "done") ?? false)
        } else if let node = fields["progress"] {
            keyResult.measure = .manual(progress: reader.number(node, what: "progress", in: 0...1, percentMeant: true) ?? 0)
        }

        if let weight = fields["weight"].flatMap({ reader.positiveNumber($0, what: "weight") }) {
            keyResult.weight = weight
            keyResult.hasExplicitWeight = true
        }
        keyResult.silence = fields["hints"].flatMap { reader.hintSilence($0, knownRules: knownHintRules) }
        keyResult.confidence = fields["confidence"].flatMap { reader.integer($0, what: "confidence", in: 1...10) }
        keyResult.score = fields["score"].flatMap { reader.number($0, what: "score", in: 0...1) }
        keyResult.due = fields["due"].flatMap { reader.day($0, what: "due") }
        if let node = fields["owner"], let text = reader.text(node, what: "owner") {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2, parts[0] == "people", Identifier.isValid(parts[1].lowercased()) {
                let person = parts[1].lowercased()
                keyResult.owner = person
                result.personReferences.append((person, reader.location(node)))
            } else {
                // A bare id, or a person named with another word for people: only a person
                // owns a key result, so what was meant is certain.
                let id = parts.count == 1 ? parts[0] : parts.count == 2 && ["person", "persons", "user", "users", "member", "members"].contains(parts[0].lowercased()) ? parts[1] : nil
                let meant = id.map { "people/" + $0.lowercased() }.flatMap { Identifier.isValid(String($0.dropFirst("people/".count))) ? $0 : nil }
                reader.error(
                    .invalidReference, "owner must be written people/<person-id>, found '\(text)'" + (meant.map { "; write \($0)" } ?? ""),
                    at: node, fix: meant)
            }
        }
        if let node = fields["checkins"], let items = reader.list(node, what: "checkins") {
            // A key result whose kind is in doubt has its own error; its check-ins are not
            // judged against a guess.
            let kind = kindInDoubt ? nil : keyResult.measure
            keyResult.checkIns = items.compactMap { parseCheckIn($0, of: kind, reader: &reader) }
            // Stable sort: same-day check-ins keep their written order, the last one wins.
            keyResult.checkIns = keyResult.checkIns.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
                .map(\.element)
        }
        guard title != nil, id != nil else { return nil }
        return keyResult
    }

    /// What a check-in of each kind of key result records, and the words for a field that
    /// belongs to another kind.
    static func misfit(_ field: String, for kind: Measure) -> String? {
        let belongs: String
        let instead: String
        switch kind {
        case .numeric:
            guard field != "value" else { return nil }
            instead = "a check-in of this numeric key result gives value: (the number it stands at)"
        case .milestone:
            guard field != "done" else { return nil }
            instead = "a check-in of this milestone gives done: true or done: false"
        case .manual:
            guard field != "progress" else { return nil }
            instead = "a check-in of this manual key result gives progress: from 0 to 1"
        }
        switch field {
        case "value": belongs = "value: is for a numeric key result (one with start and target)"
        case "done": belongs = "done: is for a milestone key result"
        default: belongs = "progress: is for a manual key result (one with progress:)"
        }
        return "\(belongs); \(instead)"
    }

    static func parseCheckIn(_ node: YAMLNode, of kind: Measure?, reader: inout NodeReader) -> CheckIn? {
        guard let fields = reader.fields(node, allowed: checkInKeys, what: "a check-in") else { return nil }
        if let kind {
            for field in ["value", "done", "progress"] {
                if let misplaced = fields[field], let message = misfit(field, for: kind) {
                    reader.error(.wrongType, message, at: misplaced)
                }
            }
        }
        // Read every field before giving up, so all of a check-in's problems are reported.
        let date = reader.require(fields, "date", what: "a check-in").flatMap { reader.day($0, what: "date") }
        let value = fields["value"].flatMap { reader.number($0, what: "value", unitHint: true) }
        let done = fields["done"].flatMap { reader.bool($0, what: "done") }
        let progress = fields["progress"].flatMap { reader.number($0, what: "progress", in: 0...1, percentMeant: true) }
        let confidence = fields["confidence"].flatMap { reader.integer($0, what: "confidence", in: 1...10) }
        let note = fields["note"].flatMap { reader.text($0, what: "note") }
        // Only the date written (a misspelt key has its own message, which says the fix).
        if case .mapping(let pairs) = node.value, pairs.count == 1, fields["date"] != nil {
            let what = switch kind {
            case .numeric?: "value: (the number it stands at)"
            case .milestone?: "done: true or done: false"
            case .manual?: "progress: from 0 to 1"
            case nil: "value:, done: or progress:"
            }
            reader.error(.missingField, "this check-in records nothing: give \(what), and a confidence: or note: if you like", at: node)
        }
        guard let date else { return nil }
        return CheckIn(
            date: date, value: value, done: done, progress: progress, confidence: confidence, note: note,
            location: reader.location(node))
    }
}
