import OKRModel
import OKRSupport

/// Standard files beside the pages: Atom feeds of recent check-ins (company-wide and per team)
/// and, when `base_url` is set, a sitemap. Both are deterministic: dates come from the sources.
extension SiteRenderer {
    /// Entries per feed: enough for a few weeks of a team's check-ins.
    static let feedLength = 50
    /// Feeds handed to the writer at a time.
    static let feedsPerBatch = 64

    struct CheckInEntry {
        var date: Day
        var reference: String
        var owner: Owner
        var objectivePath: String
        var title: String
        var summary: String
    }

    /// Calls `visit` with every check-in of the current cycle's OKRs, in source order.
    func forEachCheckIn(_ visit: (CheckInPlace) -> Void) {
        guard let cycle = index.currentCycle else { return }
        CheckInPlace.forEach(in: index.content.okrSets, cycle: cycle.id) { place, _ in visit(place) }
    }

    /// The check-in's stable name, `owner/cycle/objective/kr#n`: its entry's id, and the
    /// order among check-ins of one day.
    func reference(_ place: CheckInPlace) -> String {
        let (objective, keyResult, _) = index.checkIn(at: place)
        return objective.description + "/" + keyResult.id + "#" + String(place.position + 1)
    }

    /// The oldest day a feed shows: the newest days until they hold `feedLength` check-ins
    /// (all days when they hold fewer).
    static func oldestDayShown(_ checkInsPerDay: [Day: Int]) -> Day {
        var oldest = Day(daysSinceEpoch: .max)
        var counted = 0
        for (day, count) in checkInsPerDay.sorted(by: { $0.key > $1.key }) where counted < feedLength {
            counted += count
            oldest = day
        }
        return oldest
    }

    /// The `feedLength` newest of a feed's candidates (its check-ins from the oldest day it
    /// shows on, so references are made only for those), newest first; on the same day the
    /// greater reference first.
    func newest(_ candidates: [CheckInPlace]) -> [(place: CheckInPlace, reference: String)] {
        candidates
            .map { (place: $0, reference: reference($0)) }
            .sorted { ($0.place.date, $0.reference) > ($1.place.date, $1.reference) }
            .prefix(Self.feedLength).map { $0 }
    }

    /// The feed text of one check-in.
    func entry(_ place: CheckInPlace, reference: String) -> CheckInEntry {
        let language = index.content.config.defaultLanguage
        let (objective, kr, checkIn) = index.checkIn(at: place)
        var value = checkIn.value.map { Format.number($0) } ?? checkIn.progress.map { Format.percent($0) } ?? checkIn.done.map { $0 ? "done" : "not done" } ?? ""
        if case .numeric(_, let target, _, let unit) = kr.measure, checkIn.value != nil {
            value += " / \(Format.number(target))\(unit.map { " " + $0 } ?? "")"
        }
        var summary = value
        if let confidence = checkIn.confidence { summary += ", confidence \(confidence)/10" }
        if let note = checkIn.note { summary += " — \(note)" }
        return CheckInEntry(
            date: checkIn.date, reference: reference, owner: objective.owner,
            objectivePath: index.keyResultURL(objective, keyResult: kr.id),
            title: "\(index.ownerName(objective.owner)): \(kr.title.text(for: language, fallback: language))",
            summary: summary)
    }

    /// `feed.xml` for the company and `teams/<id>/feed.xml` for each team (its own check-ins
    /// and its members'), handed to `emit` in batches. The current cycle can hold millions of
    /// check-ins, so they are not collected: a first pass counts each feed's check-ins per
    /// day, which tells the oldest day it shows, and a second keeps only the check-ins from
    /// that day on.
    func feeds(emit: ([OutputFile]) -> Void) {
        let teams = index.content.teams
        let teamNumbers = Dictionary(teams.enumerated().map { ($1.id, $0) }) { first, _ in first }
        // Feed 0 is the company's, feed n + 1 team n's; the team of a set's owner is looked up
        // once per set, not per check-in.
        let teamFeedOfSet = index.content.okrSets.map { set -> Int? in
            let team: String? = switch set.owner {
            case .team(let id): id
            case .person(let id): index.peopleByID[id]?.team
            case .company: nil
            }
            return team.flatMap { teamNumbers[$0] }.map { $0 + 1 }
        }
        var perDay = Array(repeating: [Day: Int](), count: teams.count + 1)
        forEachCheckIn { place in
            perDay[0][place.date, default: 0] += 1
            if let feed = teamFeedOfSet[Int(place.set)] { perDay[feed][place.date, default: 0] += 1 }
        }
        let oldestShown = perDay.map(Self.oldestDayShown)
        perDay = []
        var candidates = Array(repeating: [CheckInPlace](), count: teams.count + 1)
        forEachCheckIn { place in
            if place.date >= oldestShown[0] { candidates[0].append(place) }
            if let feed = teamFeedOfSet[Int(place.set)], place.date >= oldestShown[feed] { candidates[feed].append(place) }
        }
        let shown = { (feed: Int) in newest(candidates[feed]).map { entry($0.place, reference: $0.reference) } }
        // Handed over a batch at a time: 6,620 team feeds are over 100 MB of text.
        var files = [OutputFile(path: "feed.xml", contents: atom(shown(0), title: index.content.config.title, path: "feed.xml"))]
        for (number, team) in teams.enumerated() {
            let path = "teams/\(team.id)/feed.xml"
            files.append(OutputFile(path: path, contents: atom(shown(number + 1), title: "\(team.name) · \(index.content.config.title)", path: path)))
            candidates[number + 1] = []
            if files.count == Self.feedsPerBatch {
                emit(files)
                files.removeAll(keepingCapacity: true)
            }
        }
        emit(files)
        emit(mentionFeeds())
    }

    /// `people/<id>/mentions.xml`: the check-ins of others that mention a person, newest
    /// first, for a feed reader to tell them; only for people someone has mentioned.
    static func mentionsFeedPath(_ person: String) -> String { "people/\(person)/mentions.xml" }

    func mentionFeeds() -> [OutputFile] {
        index.mentionsByPerson.keys.sorted().map { id in
            let places = index.mentionsByPerson[id]!.prefix(Self.feedLength)
            let entries = places.map { entry($0, reference: reference($0)) }
            let path = Self.mentionsFeedPath(id)
            let name = index.peopleByID[id]?.name ?? id
            return OutputFile(path: path, contents: atom(Array(entries), title: "@\(id) · \(name) · \(index.content.config.title)", path: path))
        }
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
            ?? "tag:okr-portal,\(index.content.config.cycles.first?.start.components.year ?? 2000):\(HTMLEscape.escapeXML(slug))"
        // One line for the feed's own facts and one per entry, with no indentation: a team's
        // feed is written for every team, and spaces before each element were a thirteenth
        // of it.
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<title>\(HTMLEscape.escapeXML(title))</title>"
        xml += "<id>\(site)/\(HTMLEscape.escapeXML(path))</id>"
        xml += "<updated>\((entries.first?.date ?? index.buildDate).description)T00:00:00Z</updated>"
        xml += "<link rel=\"self\" href=\"\(HTMLEscape.escapeXML(prefix + path))\"/>"
        xml += "<author><name>\(HTMLEscape.escapeXML(index.content.company.name))</name></author>\n"
        for entry in entries.prefix(Self.feedLength) {
            xml += "<entry><title>\(HTMLEscape.escapeXML(entry.title))</title>"
            xml += "<id>\(site)/\(HTMLEscape.escapeXML(entry.reference))</id>"
            xml += "<updated>\(entry.date)T00:00:00Z</updated>"
            xml += "<link href=\"\(HTMLEscape.escapeXML(prefix + entry.objectivePath))\"/>"
            xml += "<summary>\(HTMLEscape.escapeXML(entry.summary))</summary></entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Every page of the default language (others are linked from it with hreflang), only
    /// when `base_url` says where the site lives: sitemap URLs must be absolute.
    func sitemap(pages: [PageJob]) -> OutputFile? {
        guard let base = index.content.config.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for job in pages {
            xml += "<url><loc>\(HTMLEscape.escapeXML(base + outputPath(of: job).dropLast("index.html".count)))</loc></url>\n"
        }
        return OutputFile(path: "sitemap.xml", contents: xml + "</urlset>\n")
    }
}
