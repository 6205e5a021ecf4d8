/// An alignment target as written: `company/O1`, `teams/sales/O1/KR2`,
/// `2026:people/ana/O3`. Resolved to an objective or key result by the alignment graph.
public struct Reference: Sendable, Hashable {
    /// A pinned cycle (`2026:`); nil means "this cycle, then the ones enclosing it".
    public var cycle: String?
    public var owner: Owner
    public var objective: String
    public var keyResult: String?
    public var text: String
    public var location: SourceLocation

    public init(cycle: String?, owner: Owner, objective: String, keyResult: String?, text: String, location: SourceLocation) {
        self.cycle = cycle
        self.owner = owner
        self.objective = objective
        self.keyResult = keyResult
        self.text = text
        self.location = location
    }

    /// Why a reference's text cannot be read.
    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String
        /// The reference meant, when the message names one ("did you mean …?").
        public var meant: String?
    }

    /// Reads the reference grammar. IDs are case-folded, as everywhere else.
    public static func parse(_ raw: String, at location: SourceLocation) throws(SyntaxError) -> Reference {
        let text = raw.trimmingSpaces()
        var rest = Substring(text)
        var cycle: String?
        if let colon = rest.firstIndex(of: ":") {
            let pinned = String(rest[..<colon]).lowercased()
            guard Identifier.isValid(pinned) else {
                throw SyntaxError(message: "'\(pinned)' before ':' is not a cycle id")
            }
            cycle = pinned
            rest = rest[rest.index(after: colon)...]
        }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false).map { String($0).lowercased() }
        let expected = "expected company/O1, teams/<id>/O1 or people/<id>/O1, optionally followed by /KR1"
        let owner: Owner
        let tail: ArraySlice<String>
        switch parts.first {
        case "company":
            owner = .company
            tail = parts.dropFirst()
        case "teams" where parts.count >= 2, "people" where parts.count >= 2:
            guard Identifier.isValid(parts[1]) else { throw SyntaxError(message: "'\(parts[1])' is not a valid id; \(expected)") }
            owner = parts[0] == "teams" ? .team(parts[1]) : .person(parts[1])
            tail = parts.dropFirst(2)
        default:
            // The rest as written, for the message ("O1" stays upper case), with its cycle.
            let written = rest.split(separator: "/", omittingEmptySubsequences: false)
            let pin = text[..<rest.startIndex]
            let kinds = ["team": "teams", "person": "people", "persons": "people", "user": "people", "users": "people"]
            if let kind = parts.first, let near = kinds[kind] ?? Suggestion.closest(to: kind, in: ["company", "teams", "people"]),
               parts.count >= (near == "company" ? 2 : 3) {
                // "team/sales/O1", "person/ana/O1", "companies/O1"
                let meant = "\(pin)\(near)/\(written.dropFirst().joined(separator: "/"))"
                throw SyntaxError(message: "cannot read reference '\(text)'; did you mean '\(meant)'?", meant: meant)
            }
            if parts.count == 2 || parts.count == 3, let id = parts.first, Identifier.isValid(id) {
                // "sales/O1": an owner without its kind.
                let path = written.joined(separator: "/")
                throw SyntaxError(message: "cannot read reference '\(text)'; say whose: \(pin)teams/\(path) for a team, \(pin)people/\(path) for a person")
            }
            throw SyntaxError(message: "cannot read reference '\(text)'; \(expected)")
        }
        guard (1...2).contains(tail.count), tail.allSatisfy(Identifier.isValid) else {
            throw SyntaxError(message: "cannot read reference '\(text)'; \(expected)")
        }
        return Reference(
            cycle: cycle, owner: owner, objective: tail[tail.startIndex].uppercased(),
            keyResult: tail.count == 2 ? tail[tail.startIndex + 1].uppercased() : nil,
            text: text, location: location)
    }
}

/// The id grammar shared by people, teams, cycles, objectives and key results:
/// `[a-z0-9][a-z0-9._-]*` after case folding. IDs become URL segments, so nothing else passes.
public enum Identifier {
    /// Ids become folder names in the output (`people/<id>/<cycle>/`), and a file system
    /// refuses a name longer than 255 bytes; 100 keeps every URL readable too.
    public static let maximumLength = 100

    /// The rule in words, for the error that rejects an id.
    public static let grammar = "use at most \(maximumLength) lower-case letters, digits, '.', '_' and '-', starting with a letter or digit"

    /// File names the site writes into folders whose other entries are named by ids
    /// (`people/index.html` beside `people/<id>/`, `teams/<id>/feed.xml` beside
    /// `teams/<id>/<cycle>/`). An id equal to one would need a folder where a file is.
    /// `SiteTests` checks the built demo so that a new such file cannot be missed here.
    public static let reservedNames: Set<String> = ["index.html", "feed.xml", "mentions.xml"]

    /// Why `id` (already case-folded) cannot be an id, as the end of a sentence that begins
    /// with the id: "… 'x y' is not a valid id: …"; nil when it can.
    public static func problem(_ id: String) -> String? {
        if reservedNames.contains(id) {
            return "is the name of a file the portal writes (\(reservedNames.sorted().joined(separator: ", "))); choose another id"
        }
        return isValid(id) ? nil : "is not a valid id: \(grammar)"
    }

    public static func isValid(_ id: String) -> Bool {
        guard !reservedNames.contains(id), let first = id.utf8.first, isLowerAlnum(first), id.utf8.count <= maximumLength else { return false }
        return id.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension String {
    public func trimmingSpaces() -> String {
        // Most values (every check-in's date) have nothing to trim: printable ASCII at both
        // ends cannot be, or end, a whitespace Character.
        let printable = UInt8(ascii: "!")...UInt8(ascii: "~")
        if let first = utf8.first, let last = utf8.last, printable.contains(first), printable.contains(last) { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
