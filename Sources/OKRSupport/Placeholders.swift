/// Texts with `{name}` placeholders (UI strings, hint messages), filled in one pass.
public enum Placeholders {
    /// `template` with each `{name}` replaced by its value; an unknown name, or a `{` never
    /// closed, stays as written. Values are not read again, so a value holding `{name}` is
    /// kept as it is.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[...close])
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }
}
