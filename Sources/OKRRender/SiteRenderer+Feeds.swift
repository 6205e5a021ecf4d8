import OKRModel

/// Standard files beside the pages: Atom feeds of recent check-ins (company-wide and per team)
/// and, when `base_url` is set, a sitemap. Both are deterministic: dates come from the sources.
extension SiteRenderer {
    /// Entries per feed: enough for a few weeks of a team's check-ins.
    static let feedLength = 50

    struct CheckInEntry {
        var date: Day
        var reference: String
        var owner: Owner
        var objectivePath: String
        var title: String
        var summary: String
    }

    /// A check-in located in the model, ordered by date and reference. Feeds show 50 entries
    /// each, so an entry's text is made only once it is picked (a large organisation has
    /// millions of check-ins in a cycle).
    struct CheckInPlace {
        var date: Day
        var reference: String
        var owner: Owner
        var set: Int
        var objective: Int
        var keyResult: Int
        var position: Int
    }

    /// Every check-in of the current cycle's OKRs, newest first.
    func checkInPlaces() -> [CheckInPlace] {
        guard let cycle = index.currentCycle else { return [] }
        var places: [CheckInPlace] = []
        for (setIndex, set) in index.content.okrSets.enumerated() where set.cycle == cycle.id {
            for (objectiveIndex, objective) in set.objectives.enumerated() {
                let key = set.key(of: objective).description
                for (krIndex, kr) in objective.keyResults.enumerated() {
                    let prefix = key + "/" + kr.id + "#"
                    for (position, checkIn) in kr.checkIns.enumerated() {
                        places.append(CheckInPlace(
                            date: checkIn.date, reference: prefix + String(position + 1), owner: set.owner,
                            set: setIndex, objective: objectiveIndex, keyResult: krIndex, position: position))
                    }
                }
            }
        }
        return places.sorted { ($0.date, $0.reference) > ($1.date, $1.reference) }
    }

    /// The feed text of one check-in.
    func entry(_ place: CheckInPlace) -> CheckInEntry {
        let language = index.content.config.defaultLanguage
        let set = index.content.okrSets[place.set]
        let objective = set.objectives[place.objective]
        let kr = objective.keyResults[place.keyResult]
        let checkIn = kr.checkIns[place.position]
        var value = checkIn.value.map { Format.number($0) } ?? checkIn.progress.map { Format.percent($0) } ?? checkIn.done.map { $0 ? "done" : "not done" } ?? ""
        if case .numeric(_, let target, _, let unit) = kr.measure, checkIn.value != nil {
            value += " / \(Format.number(target))\(unit.map { " " + $0 } ?? "")"
        }
        var summary = value
        if let confidence = checkIn.confidence { summary += ", confidence \(confidence)/10" }
        if let note = checkIn.note { summary += " — \(note)" }
        return CheckInEntry(
            date: checkIn.date, reference: place.reference, owner: set.owner,
            objectivePath: SiteIndex.ownerPath(set.owner, cycle: set.cycle) + "#" + SiteIndex.keyResultAnchor(objective: objective.id, keyResult: kr.id),
            title: "\(index.ownerName(set.owner)): \(kr.title.text(for: language, fallback: language))",
            summary: summary)
    }

    /// `feed.xml` for the company and `teams/<id>/feed.xml` for each team (its own check-ins
    /// and its members').
    func feeds() -> [OutputFile] {
        let places = checkInPlaces()
        let shown = { (places: [CheckInPlace]) in places.prefix(Self.feedLength).map(entry) }
        var files = [OutputFile(path: "feed.xml", contents: atom(shown(places), title: index.content.config.title, path: "feed.xml"))]
        var byTeam: [String: [CheckInPlace]] = [:]
        for place in places {
            switch place.owner {
            case .team(let id): byTeam[id, default: []].append(place)
            case .person(let id): if let team = index.peopleByID[id]?.team { byTeam[team, default: []].append(place) }
            case .company: break
            }
        }
        for team in index.content.teams {
            let path = "teams/\(team.id)/feed.xml"
            files.append(OutputFile(path: path, contents: atom(shown(byTeam[team.id] ?? []), title: "\(team.name) · \(index.content.config.title)", path: path)))
        }
        return files
    }

    func atom(_ entries: [CheckInEntry], title: String, path: String) -> String {
        // Links are absolute with base_url; without it they are relative to the feed's own
        // address, which Atom allows (RFC 4287 §4.2.7 via xml:base resolution).
        let depth = path.split(separator: "/").count - 1
        let prefix = index.content.config.baseURL ?? String(repeating: "../", count: depth)
        // Feed and entry ids must be stable IRIs: the site's address, else a tag URI made from
        // the title (RFC 4151), never containing spaces.
        let slug = index.content.config.title.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let site = index.content.config.baseURL.map { String($0.dropLast()) }
            ?? "tag:okr-portal,\(index.content.config.cycles.first?.start.components.year ?? 2000):\(XML.escape(slug))"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(XML.escape(title))</title>\n"
        xml += "  <id>\(site)/\(XML.escape(path))</id>\n"
        xml += "  <updated>\((entries.first?.date ?? index.buildDate).description)T00:00:00Z</updated>\n"
        xml += "  <link rel=\"self\" href=\"\(XML.escape(prefix + path))\"/>\n"
        xml += "  <author><name>\(XML.escape(index.content.company.name))</name></author>\n"
        for entry in entries.prefix(Self.feedLength) {
            xml += "  <entry>\n"
            xml += "    <title>\(XML.escape(entry.title))</title>\n"
            xml += "    <id>\(site)/\(XML.escape(entry.reference))</id>\n"
            xml += "    <updated>\(entry.date)T00:00:00Z</updated>\n"
            xml += "    <link href=\"\(XML.escape(prefix + entry.objectivePath))\"/>\n"
            xml += "    <summary>\(XML.escape(entry.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Every page of the default language (others are linked from it with hreflang), only
    /// when `base_url` says where the site lives: sitemap URLs must be absolute.
    func sitemap(pages: [PageJob]) -> OutputFile? {
        guard let base = index.content.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for job in pages {
            xml += "  <url><loc>\(XML.escape(base + outputPath(of: job).dropLast("index.html".count)))</loc></url>\n"
        }
        return OutputFile(path: "sitemap.xml", contents: xml + "</urlset>\n")
    }
}

enum XML {
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
