import OKRModel
import OKRSupport

/// One hint found in the sources: which rule, where, about what, with the values its message
/// names. A finding an author silenced (`hints: {ignore: […]}`) is kept, marked, so the page
/// can show the reason; it is not reported as a warning.
public struct Finding: Sendable, Hashable {
    public var rule: HintRule
    public var location: SourceLocation
    public var cycle: String
    public var owner: Owner
    /// The objective the finding is about, when it is about one.
    public var objective: String?
    public var keyResult: String?
    public var arguments: [String: String]
    /// Values that are words rather than names or numbers, in each language ("never").
    public var wordArguments: [String: LocalizedText] = [:]
    public var silenced: Bool = false
    public var silenceReason: String?

    public func message(for language: String) -> String {
        var values = arguments
        for (name, value) in wordArguments { values[name] = value.text(for: language, fallback: "en") }
        return Placeholders.fill(rule.message.text(for: language), values)
    }

    /// The finding as a warning for the command line, in English.
    public var diagnostic: Diagnostic {
        .warning(Rule(rawValue: rule.id), message(for: "en"), at: location)
    }

    /// The same, marked for `--strict` to pass over when it is time-dependent and the portal
    /// does not ask otherwise (`hints.strict_time`).
    public func diagnostic(strictTime: Bool) -> Diagnostic {
        var warning = diagnostic
        if rule.isTimeDependent && !strictTime { warning.exemptFromStrict = true }
        return warning
    }
}

extension Array where Element == Finding {
    /// What `check` reports: every finding nobody silenced.
    public var diagnostics: [Diagnostic] { filter { !$0.silenced }.map(\.diagnostic) }

    public func diagnostics(strictTime: Bool) -> [Diagnostic] { filter { !$0.silenced }.map { $0.diagnostic(strictTime: strictTime) } }
}
