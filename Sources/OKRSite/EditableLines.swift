/// A YAML file's text as lines, for the commands that add lines to what an author wrote
/// (`cycle add`, `checkin`). Split at "\n" alone: in Swift "\r\n" is one Character, so a file
/// written on Windows would otherwise be one line; its lines keep their "\r", and the lines
/// added get one. Columns are counted in Unicode scalars, as libyaml counts them.
struct EditableLines {
    var lines: [String]
    /// "\r" for a file whose lines end "\r\n", else "".
    let lineEnd: String

    init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        lineEnd = text.contains("\r\n") ? "\r" : ""
    }

    var text: String { lines.joined(separator: "\n") }

    /// Whether line `number` (from 1) is in the file.
    func has(line number: Int) -> Bool { number >= 1 && number <= lines.count }

    /// Line `number` (from 1) as scalars, without its "\r".
    func scalars(_ number: Int) -> [Unicode.Scalar] {
        var scalars = Array(lines[number - 1].unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        return scalars
    }

    /// Replaces line `number` (from 1), keeping its line end.
    mutating func replace(line number: Int, with scalars: some Sequence<Unicode.Scalar>) {
        lines[number - 1] = String(String.UnicodeScalarView(scalars)) + lineEnd
    }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// The lines after line `number` (from 1) that belong to its list item or mapping, being
    /// indented by `minimumIndent` or more: the index in `lines` after the last of them.
    /// Blank lines and comments after them stay below what is inserted there.
    func end(after number: Int, minimumIndent: Int) -> Int {
        var insertAt = number
        var probe = number
        while probe < lines.count {
            let line = lines[probe]
            let content = line.dropFirst(Self.indent(line))
            if content.isEmpty || content == "\r" || content.hasPrefix("#") { probe += 1; continue }
            guard Self.indent(line) >= minimumIndent else { break }
            probe += 1
            insertAt = probe
        }
        return insertAt
    }

    /// Inserts `new` lines at `index` of `lines`, each with the file's line end.
    mutating func insert(_ new: [String], at index: Int) {
        lines.insert(contentsOf: new.map { $0 + lineEnd }, at: index)
    }
}
