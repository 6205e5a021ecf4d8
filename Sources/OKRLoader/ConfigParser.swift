import OKRModel
import OKRSyntax

/// Reads `portal.yaml`.
enum ConfigParser {
    static let keys = ["title", "base_url", "edit_url", "languages", "current_cycle", "cycles", "scores", "hints", "as_of", "screens"]
    static let cycleKeys = ["id", "name", "start", "end"]
    static let scoreKeys = ["good", "fair"]
    static let maximumScreens = 100
    static let hintKeys = ["max_objectives", "min_objectives", "max_key_results", "min_key_results", "stale_days", "strict_time", "disable"]

    static func parse(_ root: YAMLNode?, availableLanguages: Set<String>, knownHintRules: [String], reader: inout NodeReader) -> PortalConfig {
        var config = PortalConfig()
        guard let root else { return config }
        guard let fields = reader.fields(root, allowed: keys, what: "portal.yaml") else { return config }

        if let node = fields["title"], let title = reader.text(node, what: "title", maxLength: NodeReader.longestName) { config.title = title }
        if let node = fields["screens"], let items = reader.list(node, what: "screens", allowSingle: true) {
            // Each is a page per language; a few teams have a wall display, not thousands.
            if items.count > maximumScreens {
                reader.error(.outOfRange, "\(items.count) team screens; portal.yaml names at most \(maximumScreens)", at: node)
            }
            for item in items.prefix(maximumScreens) {
                guard let id = reader.id(item, what: "a team in screens") else { continue }
                if config.screens.contains(where: { $0.team == id }) {
                    reader.error(.duplicateID, "team '\(id)' is listed twice in screens", at: item)
                } else {
                    config.screens.append(PortalConfig.Screen(team: id, location: reader.location(item)))
                }
            }
        }
        if let node = fields["as_of"] { config.asOf = reader.day(node, what: "as_of") }
        if let node = fields["base_url"] {
            config.baseURL = folderAddress(node, what: "base_url", example: "https://okrs.example.com/", reader: &reader)
        }
        if let node = fields["edit_url"] {
            config.editURL = folderAddress(node, what: "edit_url", example: "https://github.com/acme/okrs/edit/main/content/", reader: &reader)
        }

        if let node = fields["languages"], let items = reader.list(node, what: "languages", allowSingle: true) {
            var languages: [String] = []
            for item in items {
                guard let code = reader.text(item, what: "a language")?.lowercased() else { continue }
                if !availableLanguages.contains(code) {
                    // Country codes and locale names written for a language: "cn", "zh-CN", "jp".
                    let meant = ["cn": "zh", "zh-cn": "zh", "zh_cn": "zh", "zh-hans": "zh", "chinese": "zh", "jp": "ja", "japanese": "ja", "en-us": "en", "en-gb": "en", "english": "en"][code]
                        .flatMap { availableLanguages.contains($0) ? $0 : nil }
                    // Mended by --fix unless the language meant is listed already.
                    let listed = items.contains { if case .scalar(let other, _) = $0.value { other.lowercased() == meant } else { false } }
                    reader.error(.outOfRange, "no UI strings for language '\(code)'; available: \(availableLanguages.sorted().joined(separator: ", "))\(meant.map { "; did you mean '\($0)'?" } ?? "")",
                                 at: item, fix: listed ? nil : meant)
                } else if languages.contains(code) {
                    reader.error(.duplicateID, "language '\(code)' is listed twice", at: item)
                } else {
                    languages.append(code)
                }
            }
            if !languages.isEmpty { config.languages = languages }
        }

        var cycleIDs: Set<String> = []
        let cycleItems = fields["cycles"].map { reader.list($0, what: "cycles") }
        if case .some(nil) = cycleItems { config.cyclesAreKnown = false }
        if let items = cycleItems ?? nil {
            for item in items {
                let (id, parsed) = parseCycle(item, reader: &reader)
                guard let cycle = parsed else {
                    // The cycle's own error is reported; its folder and references to it are
                    // not reported again as unknown.
                    if let id { config.unusableCycleIDs.insert(id.lowercased()) }
                    continue
                }
                guard cycleIDs.insert(cycle.id.lowercased()).inserted else {
                    reader.error(.duplicateID, "cycle '\(cycle.id)' is defined twice", at: item)
                    continue
                }
                config.cycles.append(cycle)
            }
        }
        config.cycles.sort { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }

        if let node = fields["current_cycle"], let id = reader.id(node, what: "current_cycle", fold: { $0 }) {
            if let cycle = config.cycles.first(where: { $0.id.lowercased() == id.lowercased() }) {
                config.currentCycleID = cycle.id
            } else if !config.unusableCycleIDs.contains(id.lowercased()) {
                reader.error(.unknownCycle, "current_cycle '\(id)' is not one of the cycles\(Cycle.known(config.cycles, near: id))", at: node)
            }
        }

        if let node = fields["scores"], let scores = reader.fields(node, allowed: scoreKeys, what: "scores") {
            if let good = scores["good"].flatMap({ reader.number($0, what: "scores.good", in: 0...1) }) { config.scoreBands.good = good }
            if let fair = scores["fair"].flatMap({ reader.number($0, what: "scores.fair", in: 0...1) }) { config.scoreBands.fair = fair }
            if config.scoreBands.fair > config.scoreBands.good {
                reader.error(.outOfRange, "scores.fair (\(config.scoreBands.fair)) must not exceed scores.good (\(config.scoreBands.good))", at: node)
            }
        }

        if let node = fields["hints"], let hints = reader.fields(node, allowed: hintKeys, what: "hints") {
            if let value = hints["max_objectives"].flatMap({ reader.integer($0, what: "hints.max_objectives", in: 1...100) }) { config.hints.maxObjectives = value }
            if let value = hints["max_key_results"].flatMap({ reader.integer($0, what: "hints.max_key_results", in: 1...100) }) { config.hints.maxKeyResults = value }
            if let value = hints["min_key_results"].flatMap({ reader.integer($0, what: "hints.min_key_results", in: 0...100) }) { config.hints.minKeyResults = value }
            if let value = hints["stale_days"].flatMap({ reader.integer($0, what: "hints.stale_days", in: 1...366) }) { config.hints.staleDays = value }
            if let value = hints["strict_time"].flatMap({ reader.bool($0, what: "hints.strict_time") }) { config.hints.strictTime = value }
            if let value = hints["min_objectives"].flatMap({ reader.integer($0, what: "hints.min_objectives", in: 0...100) }) { config.hints.minObjectives = value }
            if let node = hints["disable"], let items = reader.list(node, what: "hints.disable", allowSingle: true) {
                config.hints.disabled = Set(items.compactMap { reader.hintRuleID($0, knownRules: knownHintRules) })
            }
        }
        return config
    }

    /// The cycle, or nil with its id when the id is valid but its dates are not.
    static func parseCycle(_ node: YAMLNode, reader: inout NodeReader) -> (id: String?, cycle: Cycle?) {
        guard let fields = reader.fields(node, allowed: cycleKeys, what: "a cycle") else { return (nil, nil) }
        let idNode = reader.require(fields, "id", what: "a cycle")
        let startNode = reader.require(fields, "start", what: "a cycle")
        let endNode = reader.require(fields, "end", what: "a cycle")
        let id = idNode.flatMap { reader.id($0, what: "cycle id", fold: { $0 }) }
        let start = startNode.flatMap { reader.day($0, what: "start") }
        let end = endNode.flatMap { reader.day($0, what: "end") }
        let name = fields["name"].flatMap { reader.text($0, what: "name", maxLength: NodeReader.longestName) }
        guard let id else { return (nil, nil) }
        guard let start, let end, let endNode else { return (id, nil) }
        guard start <= end else {
            reader.error(.outOfRange, "cycle '\(id)' ends (\(end)) before it starts (\(start))", at: endNode)
            return (id, nil)
        }
        return (id, Cycle(id: id, name: name ?? id, start: start, end: end, location: reader.location(node)))
    }

    /// An absolute http(s) address of a folder, ending in "/"; nil (and an error) otherwise.
    static func folderAddress(_ node: YAMLNode, what: String, example: String, reader: inout NodeReader) -> String? {
        guard let url = reader.text(node, what: what) else { return nil }
        guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else {
            reader.error(.wrongType, "\(what) must be an absolute http(s) address such as \(example), found '\(url)'", at: node)
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }
}
