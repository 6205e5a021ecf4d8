/// Where something was written: a path relative to the content folder's parent
/// (`content/okrs/2026-Q4/company.md`) and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error
    case warning

    public static func < (a: Severity, b: Severity) -> Bool {
        a == .error && b == .warning
    }
}

/// One problem found in the sources. Diagnostics are plain data: stages return them, the
/// command line formats them (`DiagnosticFormat`), tests compare whole values.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, Codable {
    public var location: SourceLocation
    public var severity: Severity
    public var rule: Rule
    public var message: String
    /// A warning `--strict` does not count: a hint that comes with the passing of time
    /// (unless the portal sets `hints.strict_time`). Nil for every other diagnostic.
    public var exemptFromStrict: Bool?
    /// What `check --fix` writes instead of the text at `location`, when the message names
    /// one certain fix. Not part of the diagnostic's identity (equality, hashing).
    public var fix: TextFix?

    public init(_ severity: Severity, _ rule: Rule, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    public static func error(_ rule: Rule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, rule, message, at: location)
    }

    public static func warning(_ rule: Rule, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, rule, message, at: location)
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.location, a.severity, a.rule, a.message, a.exemptFromStrict) == (b.location, b.severity, b.rule, b.message, b.exemptFromStrict)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(severity)
        hasher.combine(rule)
        hasher.combine(message)
        hasher.combine(exemptFromStrict)
    }

    /// Sorted by file, then position, then severity and text, so output is stable.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.rule != b.rule { return a.rule.rawValue < b.rule.rawValue }
        return a.message < b.message
    }
}

/// A mistake's one certain mend: the text written at a diagnostic's position (a YAML scalar
/// or key on one line, in quotes or not) and the text to write in its place.
public struct TextFix: Sendable, Hashable, Codable {
    public var original: String
    public var replacement: String
    /// Where `original` starts when that is not the diagnostic's position (a comma missing
    /// before a key is reported at the key and mended at the space before it).
    public var line: Int?
    public var column: Int?

    public init(original: String, replacement: String, line: Int? = nil, column: Int? = nil) {
        self.original = original
        self.replacement = replacement
        self.line = line
        self.column = column
    }
}

/// The stable name of each check, printed in brackets after the message.
public struct Rule: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let yamlSyntax: Rule = "yaml-syntax"
    public static let unreadableFile: Rule = "unreadable-file"
    public static let unexpectedFile: Rule = "unexpected-file"
    /// A link, pipe or unreadable folder in a source folder, left out.
    public static let skippedFile: Rule = "skipped-file"
    /// A link out of a source folder, or a folder named like a file: not read, and an error.
    public static let notReadable: Rule = "not-readable"
    public static let unknownKey: Rule = "unknown-key"
    public static let missingField: Rule = "missing-field"
    public static let wrongType: Rule = "wrong-type"
    public static let outOfRange: Rule = "out-of-range"
    public static let duplicateID: Rule = "duplicate-id"
    public static let unsafeID: Rule = "unsafe-id"
    public static let controlCharacter: Rule = "control-character"
    public static let definedTwice: Rule = "defined-twice"
    public static let unknownPerson: Rule = "unknown-person"
    public static let unknownTeam: Rule = "unknown-team"
    public static let unknownCycle: Rule = "unknown-cycle"
    public static let invalidReference: Rule = "invalid-reference"
    public static let danglingReference: Rule = "dangling-reference"
    public static let ambiguousReference: Rule = "ambiguous-reference"
    public static let alignmentCycle: Rule = "alignment-cycle"
    public static let teamCycle: Rule = "team-cycle"
    public static let managerCycle: Rule = "manager-cycle"
}

/// Collects diagnostics while a stage runs. A value type: each stage owns its own.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func error(_ rule: Rule, _ message: String, at location: SourceLocation) {
        items.append(.error(rule, message, at: location))
    }

    public mutating func warning(_ rule: Rule, _ message: String, at location: SourceLocation) {
        items.append(.warning(rule, message, at: location))
    }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
    public mutating func removeAll(where shouldRemove: (Diagnostic) -> Bool) { items.removeAll(where: shouldRemove) }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}

extension Array where Element == Diagnostic {
    /// Sorted and without repeats: the same problem reached twice is told once.
    public func normalized() -> [Diagnostic] {
        Array(Set(self)).sorted()
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
