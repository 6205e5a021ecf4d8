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

    /// Every check-in of the current cycle's OKRs with what it is about, newest first.
    func checkInEntries() -> [CheckInEntry] {
        guard let cycle = index.currentCycle else { return [] }
        let language = index.content.config.defaultLanguage
        var entries: [CheckInEntry] = []
        for set in index.content.okrSets where set.cycle == cycle.id {
            for objective in set.objectives {
                let key = set.key(of: objective)
                for kr in objective.keyResults {
                    for (position, checkIn) in kr.checkIns.enumerated() {
                        var value = checkIn.value.map { Format.number($0) } ?? checkIn.progress.map { Format.percent($0) } ?? checkIn.done.map { $0 ? "done" : "not done" } ?? ""
                        if case .numeric(_, let target, _, let unit) = kr.measure, checkIn.value != nil {
                            value += " / \(Format.number(target))\(unit.map { " " + $0 } ?? "")"
                        }
                        var summary = value
                        if let confidence = checkIn.confidence { summary += ", confidence \(confidence)/10" }
                        if let note = checkIn.note { summary += " — \(note)" }
                        entries.append(CheckInEntry(
                            date: checkIn.date, reference: "\(key)/\(kr.id)#\(position + 1)", owner: set.owner,
                            objectivePath: SiteIndex.ownerPath(set.owner, cycle: set.cycle) + "#" + SiteIndex.keyResultAnchor(objective: objective.id, keyResult: kr.id),
                            title: "\(index.ownerName(set.owner)): \(kr.title.text(for: language, fallback: language))",
                            summary: summary))
                    }
                }
            }
        }
        return entries.sorted { ($0.date, $0.reference) > ($1.date, $1.reference) }
    }

    /// `feed.xml` for the company and `teams/<id>/feed.xml` for each team (its own check-ins
    /// and its members').
    func feeds() -> [OutputFile] {
        let entries = checkInEntries()
        var files = [OutputFile(path: "feed.xml", contents: atom(entries, title: index.content.config.title, path: "feed.xml"))]
        var byTeam: [String: [CheckInEntry]] = [:]
        for entry in entries {
            switch entry.owner {
            case .team(let id): byTeam[id, default: []].append(entry)
            case .person(let id): if let team = index.peopleByID[id]?.team { byTeam[team, default: []].append(entry) }
            case .company: break
            }
        }
        for team in index.content.teams {
            let path = "teams/\(team.id)/feed.xml"
            files.append(OutputFile(path: path, contents: atom(byTeam[team.id] ?? [], title: "\(team.name) · \(index.content.config.title)", path: path)))
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
