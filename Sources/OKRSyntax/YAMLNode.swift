/// A position in a source text: 1-based line and column (columns count characters, as
/// libyaml does), already shifted by any front-matter offset.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// One node of a parsed YAML document with the position where it starts.
///
/// Scalars keep whether they were written plain: only plain scalars may be read as numbers,
/// booleans or null, so `id: "2026"` stays a string while `target: 2026` is a number.
public struct YAMLNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// The kind of node, for messages such as "expected a list, found a mapping".
    public var kindName: String {
        switch value {
        case .scalar(let text, let plain):
            if plain && (text.isEmpty || text == "~" || text == "null") { return "nothing" }
            return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// True for an empty plain scalar, `~` or `null`: YAML's way of writing "no value".
    public var isNull: Bool {
        if case .scalar(let text, true) = value {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }
}

/// A key with its value, in source order.
public struct YAMLPair: Sendable, Equatable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key as text; non-scalar keys (allowed by YAML, never by us) give nil.
    public var keyText: String? {
        if case .scalar(let text, _) = key.value { return text }
        return nil
    }
}
