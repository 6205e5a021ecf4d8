import Foundation
import OKRModel

/// A file of the content folder and what it holds, decided by where it sits.
struct ContentFile: Sendable, Equatable {
    /// A file whose content is one page: the company's, a person's, a team's or an OKR file.
    var becomesOnePage: Bool {
        switch kind {
        case .company, .person, .team, .okrs: true
        case .config, .peopleList, .teamList: false
        }
    }

    enum Kind: Sendable, Equatable {
        case config
        case company
        case peopleList
        case teamList
        case person(id: String)
        case team(id: String)
        /// `okrs/<cycle>/…`; the cycle as written in the folder name.
        case okrs(cycle: String, owner: Owner)
    }

    struct Problem: Error {
        var severity: Severity
        var rule: Rule
        var message: String
    }

    var path: String
    var displayPath: String
    var kind: Kind

    var isMarkdown: Bool { path.hasSuffix(".md") }

    static let dataExtensions = [".md", ".yaml", ".yml"]

    /// nil: not ours to read (an image, a README outside the known folders is still reported).
    static func classify(_ path: String) -> Result<Kind, Problem>? {
        guard let ext = dataExtensions.first(where: { path.hasSuffix($0) }) else { return nil }
        let stem = String(path.dropLast(ext.count))
        let parts = stem.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let yamlOnly = ext != ".md"

        func id(_ raw: String, _ what: String) -> Result<String, Problem> {
            let folded = raw.lowercased()
            if let problem = Identifier.problem(folded) {
                return .failure(Problem(severity: .error, rule: .unsafeID, message: "\(what) '\(raw)' in the file name \(problem)"))
            }
            return .success(folded)
        }

        switch parts.count {
        case 1 where parts[0] == "portal" && yamlOnly: return .success(.config)
        case 1 where parts[0] == "company": return .success(.company)
        case 2 where parts == ["org", "people"] && yamlOnly: return .success(.peopleList)
        case 2 where parts == ["org", "teams"] && yamlOnly: return .success(.teamList)
        case 2 where parts[0] == "people": return id(parts[1], "person id").map { .person(id: $0) }
        case 2 where parts[0] == "teams": return id(parts[1], "team id").map { .team(id: $0) }
        case 3 where parts[0] == "okrs" && parts[2] == "company":
            return id(parts[1], "cycle id").map { _ in .okrs(cycle: parts[1], owner: .company) }
        case 4 where parts[0] == "okrs" && (parts[2] == "teams" || parts[2] == "people"):
            return id(parts[1], "cycle id").flatMap { _ in
                id(parts[3], parts[2] == "teams" ? "team id" : "person id").map { owner in
                    .okrs(cycle: parts[1], owner: parts[2] == "teams" ? .team(owner) : .person(owner))
                }
            }
        default:
            return .failure(Problem(
                severity: .warning, rule: .unexpectedFile,
                message: "this file is not read: OKR files go in okrs/<cycle>/company, okrs/<cycle>/teams/<id> or okrs/<cycle>/people/<id>; see the content format in README"))
        }
    }
}

/// Whose page a content file makes: `okrs/2026-Q4/people/ana.md` is Ana's page of 2026-Q4,
/// `teams/sales.md` the Sales page (no cycle: its landing page), `company.md` the company's.
/// nil for the settings and the org lists, which every page reads, and for anything else.
/// The cycle is the folder's name as written (a cycle's id is matched without case).
public enum ContentFileOwner {
    public static func owner(ofFile path: String) -> (owner: Owner, cycle: String?)? {
        switch ContentFile.classify(path) {
        case .success(.company): (.company, nil)
        case .success(.person(let id)): (.person(id), nil)
        case .success(.team(let id)): (.team(id), nil)
        case .success(.okrs(let cycle, let owner)): (owner, cycle)
        default: nil
        }
    }
}

/// The names an owner's OKR file of a cycle may have: `okrs/<cycle>/<owner>` with any extension
/// the loader reads, so the commands that write one never add a second beside it.
public enum OKRFilePaths {
    /// `okrs/<cycle>/<owner>.md`, `.yaml` and `.yml`, relative to the content folder, `.md` first.
    public static func all(owner: Owner, cycle: String) -> [String] {
        ContentFile.dataExtensions.map { "okrs/\(cycle)/\(owner.path)\($0)" }
    }

    /// The one of them that exists under `root`, if any.
    public static func existing(owner: Owner, cycle: String, in root: URL) -> String? {
        all(owner: owner, cycle: cycle).first { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }
}
