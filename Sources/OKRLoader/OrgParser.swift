import OKRModel
import OKRSyntax

/// A person or team as read, with where its cross-references were written, so that an
/// unknown team or manager is reported at the value, not at the file.
struct OrgEntry<Value: Sendable>: Sendable {
    var value: Value
    /// Where the entry was defined: the list item or the file.
    var definedAt: SourceLocation
    /// Field name ("team", "manager", "parent", "lead", "email") → where it was written, for
    /// the messages that check it against the rest of the organisation.
    var referenceLocations: [String: SourceLocation] = [:]
}

/// Reads people and teams, both from the bulk lists in `org/` and from one file each.
enum OrgParser {
    static let personKeys = ["id", "name", "email", "team", "title", "manager", "location", "employment"]
    static let teamKeys = ["id", "name", "parent", "lead"]

    /// `org/people.yaml` or `org/teams.yaml`: a list of mappings, each with an `id`.
    static func parseList<Value>(
        _ root: YAMLNode?, reader: inout NodeReader, what: String,
        entry: (YAMLNode, String?, inout NodeReader) -> OrgEntry<Value>?
    ) -> [OrgEntry<Value>] {
        guard let root, let items = reader.list(root, what: "the \(what) list") else { return [] }
        return items.compactMap { entry($0, nil, &reader) }
    }

    /// One person. `fileID` is the id taken from the file name (file form); in list form the
    /// mapping must carry `id`.
    static func person(_ node: YAMLNode, fileID: String?, reader: inout NodeReader, bioHTML: String = "") -> OrgEntry<Person>? {
        guard let fields = reader.fields(node, allowed: personKeys, what: "a person") else { return nil }
        guard let id = entryID(fields, fileID: fileID, what: "a person", reader: &reader) else { return nil }
        let name = reader.require(fields, "name", what: "person '\(id)'").flatMap { reader.text($0, what: "name", maxLength: NodeReader.longestName) }
        var person = Person(id: id, name: name ?? id, bioHTML: bioHTML, source: fileID == nil ? reader.location(node) : reader.fileStart)
        var entry = OrgEntry(value: person, definedAt: person.source)
        if let node = fields["email"], let email = reader.text(node, what: "email") {
            if !email.contains("@") || email.contains(" ") {
                reader.error(.wrongType, "email '\(email)' is not an e-mail address", at: node)
            } else {
                person.email = email
                entry.referenceLocations["email"] = reader.location(node)
            }
        }
        if let node = fields["team"], let team = reader.id(node, what: "team") {
            person.team = team
            entry.referenceLocations["team"] = reader.location(node)
        }
        if let node = fields["manager"], let manager = reader.id(node, what: "manager") {
            person.manager = manager
            entry.referenceLocations["manager"] = reader.location(node)
        }
        person.title = fields["title"].flatMap { reader.text($0, what: "title", maxLength: NodeReader.longestName) }
        person.location = fields["location"].flatMap { reader.text($0, what: "location", maxLength: NodeReader.longestName) }
        if let node = fields["employment"], let text = reader.text(node, what: "employment") {
            if let employment = Employment(rawValue: text.lowercased()) {
                person.employment = employment
            } else {
                let kinds = Employment.allCases.map(\.rawValue)
                let meant = Suggestion.closest(to: text, in: kinds)
                reader.error(.outOfRange, "employment must be one of \(kinds.joined(separator: ", ")), found '\(text)'\(meant.map { "; did you mean '\($0)'?" } ?? "")", at: node, fix: meant)
            }
        }
        entry.value = person
        return entry
    }

    static func team(_ node: YAMLNode, fileID: String?, reader: inout NodeReader, missionHTML: String = "") -> OrgEntry<Team>? {
        guard let fields = reader.fields(node, allowed: teamKeys, what: "a team") else { return nil }
        guard let id = entryID(fields, fileID: fileID, what: "a team", reader: &reader) else { return nil }
        let name = reader.require(fields, "name", what: "team '\(id)'").flatMap { reader.text($0, what: "name", maxLength: NodeReader.longestName) }
        var team = Team(id: id, name: name ?? id, missionHTML: missionHTML, source: fileID == nil ? reader.location(node) : reader.fileStart)
        var entry = OrgEntry(value: team, definedAt: team.source)
        if let node = fields["parent"], let parent = reader.id(node, what: "parent") {
            team.parent = parent
            entry.referenceLocations["parent"] = reader.location(node)
        }
        if let node = fields["lead"], let lead = reader.id(node, what: "lead") {
            team.lead = lead
            entry.referenceLocations["lead"] = reader.location(node)
        }
        entry.value = team
        return entry
    }

    /// The id from the list item, or from the file name (where an `id` key, if present, must agree).
    static func entryID(_ fields: Fields, fileID: String?, what: String, reader: inout NodeReader) -> String? {
        if let fileID {
            if let node = fields["id"], let written = reader.id(node, what: "id"), written != fileID {
                reader.error(.duplicateID, "id '\(written)' differs from the file name's id '\(fileID)'", at: node)
            }
            return fileID
        }
        guard let node = reader.require(fields, "id", what: what) else { return nil }
        return reader.id(node, what: "id")
    }
}
