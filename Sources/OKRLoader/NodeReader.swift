import OKRModel
import OKRSyntax

/// Reads typed values out of YAML nodes of one file and records, with the node's real
/// position, everything that is wrong. Every reader returns nil after reporting, so a caller
/// can go on and find the next problem in the same run.
struct NodeReader {
    /// The file's path as printed (`content/okrs/2026-Q4/company.md`).
    let path: String
    var diagnostics = DiagnosticBag()

    init(path: String) {
        self.path = path
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.position.line, column: node.position.column)
    }

    var fileStart: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    /// An error at `node`; with `fix`, one that writing that text in place of the node mends,
    /// for `check --fix`: only for a scalar (a value or a key) written on one line, whose text
    /// is what the file holds at its position, in quotes or not.
    mutating func error(_ rule: Rule, _ message: String, at node: YAMLNode, fix replacement: String? = nil) {
        var diagnostic = Diagnostic.error(rule, message, at: location(node))
        if let replacement, case .scalar(let text, _) = node.value, !text.isEmpty, !text.contains("\n") {
            diagnostic.fix = TextFix(original: text, replacement: replacement)
        }
        diagnostics.append(diagnostic)
    }

    // MARK: Mappings

    /// The keys of a mapping, checked against the ones `allowed` (misspellings get a
    /// suggestion, repeated keys an error). nil after reporting a non-mapping.
    mutating func fields(_ node: YAMLNode, allowed: [String], what: String) -> Fields? {
        guard case .mapping(let pairs) = node.value else {
            error(.wrongType, "\(what) must be a mapping of keys to values, found \(node.kindName)", at: node)
            return nil
        }
        // Most mappings are fine: keep the node's own pairs (no copy) and make a filtered
        // list only when a key has to be left out.
        var kept: [YAMLPair]?
        for (index, pair) in pairs.enumerated() {
            var problem = true
            if let key = pair.keyText {
                if !allowed.contains(key) {
                    var fix: String?
                    var message = "unknown key '\(key)' in \(what)"
                    if let split = Self.splitByComma(pairs, at: index) {
                        // "{…, note: waiting on li.na, again}": the comma ended the value.
                        message = "'\(key)' reads as a key in \(what): in {…} a comma ends a value; put the value in quotes: \(split)"
                    } else if let suggestion = Suggestion.closest(to: key, in: allowed) {
                        message += "; did you mean '\(suggestion)'?"
                        // Mended by --fix when it is a slip of one or two letters and the key
                        // meant is not there already.
                        if Suggestion.editDistance(key.lowercased(), suggestion) <= 2, !pairs.contains(where: { $0.keyText == suggestion }) { fix = suggestion }
                    } else {
                        message += "; expected one of: \(allowed.joined(separator: ", "))"
                    }
                    error(.unknownKey, message, at: pair.key, fix: fix)
                } else if pairs[..<index].contains(where: { $0.keyText == key }) {
                    error(.duplicateKey, "key '\(key)' appears twice in \(what)", at: pair.key)
                } else {
                    problem = false
                }
            } else {
                error(.wrongType, "keys must be plain words", at: pair.key)
            }
            if problem, kept == nil { kept = Array(pairs[..<index]) }
            if !problem { kept?.append(pair) }
        }
        return Fields(node: node, pairs: kept ?? pairs)
    }

    /// When the key at `index` has no value and sits on the line of the value before it, a
    /// comma inside a {…} mapping cut that value in two: the two pieces rejoined and quoted
    /// ("note: \"waiting on li.na, again\""). Nil otherwise.
    static func splitByComma(_ pairs: [YAMLPair], at index: Int) -> String? {
        guard index > 0, pairs[index].value.isNull, let key = pairs[index].keyText,
              case .scalar(let before, true) = pairs[index - 1].value.value, let previousKey = pairs[index - 1].keyText,
              pairs[index - 1].value.position.line == pairs[index].key.position.line else { return nil }
        let joined = "\(before), \(key)"
        return "\(previousKey): " + YAMLParser.quoted(joined)
    }

    /// A required field; reports it missing at the mapping's own position, unless a key of
    /// the mapping is that one misspelt (its own message says "did you mean").
    mutating func require(_ fields: Fields, _ key: String, what: String) -> YAMLNode? {
        if let value = fields[key], !value.isNull { return value }
        if case .mapping(let pairs) = fields.node.value,
           pairs.contains(where: { $0.keyText.map { $0 != key && Suggestion.closest(to: $0, in: [key]) != nil } ?? false }) {
            return nil
        }
        error(.missingField, "\(what) needs '\(key)'", at: fields.node)
        return nil
    }

    // MARK: Scalars

    mutating func string(_ node: YAMLNode, what: String) -> String? {
        guard case .scalar(let text, _) = node.value, !node.isNull else {
            error(.wrongType, "\(what) must be text, found \(node.kindName)", at: node)
            return nil
        }
        return text
    }

    /// A non-empty string after trimming, of at most `maxLength` characters. Each text is
    /// shown on pages, some several times (a title in its heading, its drawing and the links
    /// to it), so a pasted essay would weigh down every page that names it. `whereLonger`
    /// ends the message on a text that is too long: where the rest belongs.
    mutating func text(_ node: YAMLNode, what: String, maxLength: Int = Self.longestText, whereLonger: String? = nil) -> String? {
        guard let text = string(node, what: what)?.trimmingSpaces() else { return nil }
        if text.isEmpty {
            error(.missingField, "\(what) is empty", at: node)
            return nil
        }
        let length = text.count
        guard length <= maxLength else {
            error(.outOfRange, "\(what) has \(Format.number(Double(length))) characters; it may have \(Format.number(Double(maxLength)))\(whereLonger.map { " (\($0))" } ?? "")", at: node)
            return nil
        }
        return text
    }

    /// The longest text a field may hold; titles and names are shorter still.
    static let longestText = 2_000
    static let longestTitle = 300
    static let longestName = 200

    /// The largest magnitude a number may have: a quadrillion is more than any count, amount
    /// or rate an OKR measures, and it keeps every figure derived from it (progress, 100 ×
    /// a value for display) a finite number that fits an `Int`. Doubles go up to 1.8e308,
    /// where `target - start` is already infinite.
    static let largestNumber = 1e15

    /// - Parameter unitHint: for the numbers of a numeric key result, where "2.4s" or "30%"
    ///   means a number with its unit: the message says to write the unit once, in `unit:`.
    /// - Parameter shareHint: for a share from 0 to 1 (progress, a score), where "50%" means
    ///   0.5: the message says so.
    mutating func number(_ node: YAMLNode, what: String, unitHint: Bool = false, shareHint: Bool = false) -> Double? {
        guard case .scalar(let text, let plain) = node.value, plain, let value = Self.parseNumber(text) else {
            var message = "\(what) must be a number, found \(Self.describe(node))"
            var fix: String?
            if case .scalar(let text, _) = node.value, let (number, unit) = Self.numberWithUnit(text) {
                if shareHint, unit == "%", let percent = Self.parseNumber(number) {
                    message += "; write \(Self.format(percent / 100)): \(what) is a share from 0 to 1"
                    fix = Self.format(percent / 100)
                } else if unitHint {
                    message += "; write \(number) and give the unit once in the key result, as unit: \"\(unit)\""
                }
            }
            error(.wrongType, message, at: node, fix: fix)
            return nil
        }
        guard abs(value) <= Self.largestNumber else {
            error(.outOfRange, "\(what) must lie within ±10^15 (a quadrillion), found \(Self.format(value))", at: node)
            return nil
        }
        return value
    }

    /// - Parameter percentMeant: a progress share, where "50" beyond the range means 50 %:
    ///   the message says what to write instead (not for a score, which some write out of 10).
    mutating func number(_ node: YAMLNode, what: String, in range: ClosedRange<Double>, percentMeant: Bool = false) -> Double? {
        guard let value = number(node, what: what, shareHint: range == 0...1) else { return nil }
        guard range.contains(value) else {
            let share = percentMeant && range == 0...1 ? Format.percentMeantAsShare(value) : nil
            error(.outOfRange, "\(what) must be between \(Self.format(range.lowerBound)) and \(Self.format(range.upperBound)), found \(Self.format(value))\(share.map { "; " + $0 } ?? "")", at: node,
                  fix: share == nil ? nil : Self.format(value / 100))
            return nil
        }
        return value
    }

    mutating func positiveNumber(_ node: YAMLNode, what: String) -> Double? {
        guard let value = number(node, what: what) else { return nil }
        guard value > 0 else {
            error(.outOfRange, "\(what) must be greater than 0, found \(Self.format(value))", at: node)
            return nil
        }
        return value
    }

    mutating func integer(_ node: YAMLNode, what: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = number(node, what: what) else { return nil }
        guard value == value.rounded(), let integer = Int(exactly: value) else {
            error(.wrongType, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.format(value))", at: node)
            return nil
        }
        guard range.contains(integer) else {
            error(.outOfRange, "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(integer)", at: node)
            return nil
        }
        return integer
    }

    mutating func bool(_ node: YAMLNode, what: String) -> Bool? {
        if case .scalar(let text, true) = node.value {
            switch text.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        error(.wrongType, "\(what) must be true or false, found \(Self.describe(node))", at: node)
        return nil
    }

    mutating func day(_ node: YAMLNode, what: String) -> Day? {
        guard case .scalar(let text, _) = node.value, !node.isNull else {
            error(.wrongType, "\(what) must be a date (YYYY-MM-DD), found \(node.kindName)", at: node)
            return nil
        }
        let trimmed = text.trimmingSpaces()
        guard let day = Day(iso: trimmed) else {
            if let reason = Day.impossibility(iso: trimmed) {
                error(.wrongType, "\(what) '\(trimmed)' is not a day: \(reason)", at: node)
            } else if let dashed = Self.dashedDate(trimmed) {
                error(.wrongType, "\(what) must be a date written YYYY-MM-DD, found '\(text)'; write \(dashed)", at: node, fix: dashed)
            } else if trimmed.utf8.count > 10, let day = Day(iso: String(trimmed.prefix(10))), "T ".contains(trimmed.dropFirst(10).prefix(1)) {
                // A time of day after the date ("2026-11-20T09:00"): a day is all it takes.
                error(.wrongType, "\(what) must be a date written YYYY-MM-DD, found '\(text)'; write \(day) (a day, no time)", at: node, fix: day.description)
            } else {
                error(.wrongType, "\(what) must be a date written YYYY-MM-DD, found '\(text)'", at: node)
            }
            return nil
        }
        return day
    }

    /// An id as written; reports one that is not a safe slug. Case is folded by `fold`.
    /// A person or team id (or a reference to one), lower case as README says: an upper-case
    /// letter is an error naming the id to write, and the id is read folded, so the rest of
    /// the file is still checked. `fold` reads the ids that are written as they are shown
    /// (cycles as written, objectives and key results in upper case).
    mutating func id(_ node: YAMLNode, what: String, fold: ((String) -> String)? = nil) -> String? {
        guard let raw = string(node, what: what)?.trimmingSpaces() else { return nil }
        if let problem = Identifier.problem(raw.lowercased()) {
            error(.unsafeID, "\(what) '\(raw)' \(problem)", at: node)
            return nil
        }
        if let fold { return fold(raw) }
        if raw != raw.lowercased() {
            error(.unsafeID, "\(what) '\(raw)' has upper-case letters; ids are lower case: write '\(raw.lowercased())'", at: node, fix: raw.lowercased())
        }
        return raw.lowercased()
    }

    /// A list, or a single scalar standing for a one-element list (`aligns: company/O1`).
    mutating func list(_ node: YAMLNode, what: String, allowSingle: Bool = false) -> [YAMLNode]? {
        switch node.value {
        case .sequence(let items): return items
        case .scalar where allowSingle && !node.isNull: return [node]
        case .scalar where node.isNull: return []
        default:
            var message = "\(what) must be a list, found \(node.kindName)"
            // "-title: Launch" is a key named "-title", not an item.
            if case .mapping(let pairs) = node.value, let first = pairs.first?.keyText, first.hasPrefix("-"), first.count > 1 {
                message += "; '\(first)' needs a space after the dash to start an item: - \(first.dropFirst()): …"
            }
            error(.wrongType, message, at: node)
            return nil
        }
    }

    /// A title: text or a mapping of language code → text, each at most `longestTitle`.
    mutating func title(_ node: YAMLNode, what: String) -> LocalizedText? {
        let maxLength = Self.longestTitle, whereLonger = "the detail belongs in the notes below the front matter"
        if case .mapping(let pairs) = node.value {
            var variants: [(language: String, text: String)] = []
            for pair in pairs {
                guard let language = pair.keyText, Self.isLanguageCode(language) else {
                    error(.wrongType, "\(what) keys must be language codes such as en or zh", at: pair.key)
                    continue
                }
                if let text = text(pair.value, what: "\(what) (\(language))", maxLength: maxLength, whereLonger: whereLonger) {
                    variants.append((language, text))
                }
            }
            if variants.isEmpty {
                if pairs.isEmpty { error(.missingField, "\(what) is empty", at: node) }
                return nil
            }
            return LocalizedText(variants: variants)
        }
        return text(node, what: what, maxLength: maxLength, whereLonger: whereLonger).map(LocalizedText.init)
    }

    /// A hint rule id, checked against the rules that exist (with a suggestion for a typo).
    mutating func hintRuleID(_ node: YAMLNode, knownRules: [String]) -> String? {
        guard let id = text(node, what: "a hint rule id")?.lowercased() else { return nil }
        guard knownRules.contains(id) else {
            let meant = Suggestion.closest(to: id, in: knownRules)
            error(.unknownKey, "there is no hint rule '\(id)'\(meant.map { "; did you mean '\($0)'?" } ?? "; see the hints page for the rule ids")", at: node, fix: meant)
            return nil
        }
        return id
    }

    /// `hints: {ignore: [rule-id, …], reason: "…"}` on an objective or key result.
    mutating func hintSilence(_ node: YAMLNode, knownRules: [String]) -> HintSilence? {
        guard let fields = fields(node, allowed: ["ignore", "reason"], what: "hints") else { return nil }
        let rules = fields["ignore"].flatMap { list($0, what: "hints.ignore", allowSingle: true) }?
            .compactMap { hintRuleID($0, knownRules: knownRules) } ?? []
        let reason = fields["reason"].flatMap { text($0, what: "hints.reason") }
        if fields["ignore"] == nil { error(.missingField, "hints needs 'ignore': the rule ids to silence", at: node) }
        return HintSilence(rules: Set(rules), reason: reason, location: location(node))
    }

    // MARK: Helpers

    static func isLanguageCode(_ text: String) -> Bool {
        (2...8).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-") }
    }

    /// YAML numbers as people write them: `50000`, `50_000`, `-3.5`, `1e3`. Not `.inf`/`.nan`.
    /// "2026/11/2" or "2026.11.02" → "2026-11-02": a date in year-month-day order written
    /// with other separators (day-first and month-first orders are ambiguous, so left alone).
    static func dashedDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              parts[1].count <= 2, parts[2].count <= 2 else { return nil }
        let padded = parts[0] + "-" + (parts[1].count == 1 ? "0" : "") + parts[1] + "-" + (parts[2].count == 1 ? "0" : "") + parts[2]
        return Day(iso: padded) == nil ? nil : padded
    }

    /// "2.4s" → ("2.4", "s"), "30 %" → ("30", "%"): a number followed by a short unit.
    static func numberWithUnit(_ text: String) -> (String, String)? {
        let trimmed = text.trimmingSpaces()
        guard let split = trimmed.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+")) }),
              split > trimmed.startIndex else { return nil }
        let number = String(trimmed[..<split])
        let unit = String(trimmed[split...]).trimmingSpaces()
        guard parseNumber(number) != nil, !unit.isEmpty, unit.count <= 12, !unit.contains(where: { $0.isNumber }) else { return nil }
        return (number, unit)
    }

    static func parseNumber(_ text: String) -> Double? {
        // Byte tests: numbers are read for every check-in of every key result.
        let cleaned = text.utf8.contains(UInt8(ascii: "_")) ? String(text.filter { $0 != "_" }) : text
        guard let first = cleaned.utf8.first,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        else { return nil }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    static func describe(_ node: YAMLNode) -> String {
        if case .scalar(let text, _) = node.value, !node.isNull {
            return "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        }
        return node.kindName
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// The checked keys of one mapping.
struct Fields {
    let node: YAMLNode
    /// In the file's order, only known keys, each once. A mapping has a handful of keys, and
    /// millions of check-ins are read: a linear search beats hashing every key.
    let pairs: [YAMLPair]

    /// The value of `key`; an explicit null counts as absent.
    subscript(key: String) -> YAMLNode? {
        guard let value = pairs.first(where: { $0.keyText == key })?.value, !value.isNull else { return nil }
        return value
    }
}

extension Rule {
    static let duplicateKey: Rule = "duplicate-key"
}
