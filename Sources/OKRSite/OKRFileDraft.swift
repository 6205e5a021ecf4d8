import Foundation
import OKRLoader
import OKRModel
import OKRSupport

/// `okr-portal new`: an owner's first OKR file for a cycle, as `hugo new` writes a page from
/// its archetype. It holds the front matter's shape with the titles left for the author, a
/// few lines on what good objectives and key results look like, and the part a new author
/// cannot guess: the references of the objectives theirs can serve.
public enum OKRFileDraft {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    /// An objective the new one can serve: what to write in `aligns:`, and what it is.
    public struct Target: Sendable, Equatable {
        public var reference: String
        public var title: String
        public var ownerName: String
        /// A key result of another's OKRs that names the new file's owner as its `owner`:
        /// what they answer for, and so the nearest thing their objectives serve.
        public var owned = false
    }

    /// At most this many objectives of each owner above, and in all: a deep team tree would
    /// otherwise list a hundred.
    static let targetsPerOwner = 10
    static let targetsInAll = 30

    /// The objectives `owner`'s can serve in `cycle`, nearest first: for a person, the key
    /// results of others' OKRs that name them as `owner`, then their team's objectives, then
    /// each team's above it, then the company's; for a team, those of the teams above it and
    /// the company's. The company's objectives of the cycles enclosing `cycle` (the year
    /// around a quarter) come last, with their cycle named.
    public static func targets(for owner: Owner, in cycle: Cycle, content: PortalContent) -> [Target] {
        let teams = Dictionary(content.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var above: [Owner] = []
        var team: String? = switch owner {
        case .person(let id): content.people.first { $0.id == id }?.team
        case .team(let id): teams[id]?.parent
        case .company: nil
        }
        var seen: Set<String> = []
        while let id = team, seen.insert(id).inserted {
            above.append(.team(id))
            team = teams[id]?.parent
        }
        if owner != .company { above.append(.company) }

        let language = content.config.defaultLanguage
        var found: [Target] = []
        func add(_ set: OKRSet, prefix: String) {
            let name = content.name(of: set.owner)
            // A confidential objective is not for everyone to align to (or to read in a comment).
            for objective in set.objectives.lazy.filter({ !$0.confidential }).prefix(targetsPerOwner) {
                found.append(Target(reference: prefix + set.owner.path + "/" + objective.id, title: objective.title.text(for: language, fallback: language), ownerName: name))
            }
        }
        if case .person(let id) = owner {
            for set in content.okrSets where set.cycle == cycle.id && set.owner != owner {
                for objective in set.objectives where !objective.confidential {
                    for keyResult in objective.keyResults where keyResult.owner == id {
                        found.append(Target(
                            reference: set.owner.path + "/" + objective.id + "/" + keyResult.id, title: keyResult.title.text(for: language, fallback: language),
                            ownerName: content.name(of: set.owner), owned: true))
                    }
                }
            }
        }
        let sets = Dictionary(content.okrSets.map { (SetKey(cycle: $0.cycle, owner: $0.owner), $0) }, uniquingKeysWith: { first, _ in first })
        for owner in above {
            if let set = sets[SetKey(cycle: cycle.id, owner: owner)] { add(set, prefix: "") }
        }
        for enclosing in content.config.cycles where enclosing.encloses(cycle) {
            if let set = sets[SetKey(cycle: enclosing.id, owner: .company)] { add(set, prefix: enclosing.id + ":") }
        }
        return Array(found.prefix(targetsInAll))
    }

    private struct SetKey: Hashable {
        var cycle: String
        var owner: Owner
    }

    /// The new file's text; `path` is how the author names it to `okr-portal check`.
    public static func text(owner: Owner, ownerName: String, cycle: Cycle, targets: [Target], path: String, language: String) -> String {
        let words = Words.of(language)
        let fill = { (template: String) in
            Placeholders.fill(template, ["name": oneLine(ownerName), "cycle": oneLine(cycle.name), "start": cycle.start.description, "end": cycle.end.description, "path": path])
        }
        var lines = ["---"] + words.guide.map { "# " + fill($0) }
        if !targets.isEmpty {
            lines += ["#", "# " + words.targets]
            let width = targets.map(\.reference.count).max() ?? 0
            lines += targets.map { target in
                "#   " + target.reference.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + oneLine(target.title)
                    + "  (" + oneLine(target.ownerName) + (target.owned ? words.owned : "") + ")"
            }
        }
        lines += ["objectives:", "  - title: \"\""]
        if !targets.isEmpty { lines.append("    aligns: []") }
        lines += ["    key_results:", "      - title: \"\"", "      - title: \"\"", "---", ""]
        return lines.joined(separator: "\n")
    }

    /// A name or title on one comment line: a line break inside it would end the comment.
    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { CharacterSet.newlines.contains($0) || CharacterSet.controlCharacters.contains($0) ? " " : Character($0) })
    }

    /// The guide at the top of the file, in the portal's first language (English for any
    /// language the theme does not speak).
    struct Words {
        var guide: [String]
        var targets: String
        /// After the owner's name of a key result the new file's owner answers for.
        var owned: String

        static func of(_ language: String) -> Words {
            switch language {
            case "zh": Words(guide: [
                "{name} 的 {cycle} OKR（{start} 至 {end}），由 `okr-portal new` 生成。",
                "写 1–5 个目标：每个目标是一个想要到达的地方，用能让人想去的话来写。",
                "每个目标下写 2–4 个关键结果：用数字或日期说明怎样算达成，",
                "例如“入驻时长从 14 天缩短到 3 天”，再写上 start: 14 和 target: 3。",
                "`okr-portal check {path}` 会指出还缺什么。",
            ], targets: "你的目标可以支撑下面这些目标，把引用写进 `aligns:`：", owned: "；由你负责的关键结果")
            case "ja": Words(guide: [
                "{name} の {cycle} の OKR（{start} 〜 {end}）。`okr-portal new` で作成。",
                "目標は 1〜5 個：それぞれ到達したい場所を、人が向かいたくなる言葉で。",
                "各目標に主要な結果を 2〜4 個：達成したと分かる数字か日付で、",
                "例えば「オンボーディング期間を 14 日から 3 日に短縮」と start: 14、target: 3。",
                "`okr-portal check {path}` で足りないところが分かります。",
            ], targets: "あなたの目標が貢献できる目標（参照を `aligns:` に書きます）：", owned: "。あなたが担当する主要な成果")
            default: Words(guide: [
                "OKRs of {name} for {cycle} ({start} to {end}), started by `okr-portal new`.",
                "One to five objectives: each a place to get to, in words that make people want to go.",
                "Two to four key results under each: a number or a date that says it is reached,",
                "e.g. \"Onboarding time falls from 14 to 3 days\" with start: 14 and target: 3.",
                "`okr-portal check {path}` says what is still missing.",
            ], targets: "Objectives yours can serve; put their references in `aligns:`:", owned: "; a key result you own")
            }
        }
    }
}

extension OKRFileDraft {
    /// Writes the new file of `owner` for `cycleID` (else the cycle current on `today`) and
    /// returns its path as the author names it. Never replaces a file.
    public static func write(
        owner: Owner, cycle cycleID: String?, contentFolder: URL, displayPrefix: String, templatesDirectory: URL?, today: Day
    ) async throws(Refused) -> String {
        let (content, _) = await Site.loadContent(contentFolder, displayPrefix: displayPrefix, templatesDirectory: templatesDirectory, buildDate: today)
        let cycle = try content.config.commandCycle(cycleID, on: today).mapError { Refused(description: $0.description) }.get()
        if let unknown = content.unknownOwnerMessage(owner) { throw Refused(description: unknown) }
        let ownerName = content.name(of: owner)
        let prefix = displayPrefix.isEmpty ? "" : displayPrefix + "/"
        if let existing = OKRFilePaths.existing(owner: owner, cycle: cycle.id, in: contentFolder) {
            throw Refused(description: "\(prefix + existing) already exists; edit it (okr-portal checkin adds progress to it)")
        }
        let relative = OKRFilePaths.all(owner: owner, cycle: cycle.id)[0]
        let shown = prefix + relative
        let target = contentFolder.appendingPathComponent(relative)
        let text = text(
            owner: owner, ownerName: ownerName, cycle: cycle, targets: targets(for: owner, in: cycle, content: content),
            path: shown, language: content.config.defaultLanguage)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target, options: .withoutOverwriting)
        } catch {
            throw Refused(description: "cannot write \(shown): \(error.localizedDescription)")
        }
        return shown
    }
}

/// Why a command found no cycle to write in.
struct MissingCycle: Error, CustomStringConvertible {
    var description: String
}

extension PortalConfig {
    /// The cycle a command names (its id compared case-folded), else the one current on `day`;
    /// when there is none, what to say: the cycles there are and how to add one.
    func commandCycle(_ id: String?, on day: Day) -> Result<Cycle, MissingCycle> {
        if let cycle = id.map({ id in cycles.first { $0.id.lowercased() == id.lowercased() } }) ?? currentCycle(on: day) {
            return .success(cycle)
        }
        guard let id else { return .failure(MissingCycle(description: "portal.yaml defines no cycle; add one first: okr-portal cycle add 2027-Q1")) }
        return .failure(MissingCycle(description: "no cycle '\(id)' in portal.yaml\(Cycle.known(cycles, near: id)); add it first: okr-portal cycle add \(id)"))
    }
}

extension PortalContent {
    /// "no person 'li'; did you mean 'people/li.na'?" for an owner named on a command line who
    /// is not in the content; nil for one who is.
    func unknownOwnerMessage(_ owner: Owner) -> String? {
        switch owner {
        case .company:
            return nil
        case .person(let id):
            guard !people.contains(where: { $0.id == id }) else { return nil }
            return "no person '\(id)'" + Suggestion.didYouMean(Suggestion.closest(to: id, in: people.map(\.id)).map { ["people/" + $0] } ?? [])
        case .team(let id):
            guard !teams.contains(where: { $0.id == id }) else { return nil }
            return "no team '\(id)'" + Suggestion.didYouMean(Suggestion.closest(to: id, in: teams.map(\.id)).map { ["teams/" + $0] } ?? [])
        }
    }

    func name(of owner: Owner) -> String {
        switch owner {
        case .company: company.name
        case .person(let id): people.first { $0.id == id }?.name ?? id
        case .team(let id): teams.first { $0.id == id }?.name ?? id
        }
    }
}
