/// "Did you mean …?" for misspelt keys: the closest candidate by edit distance, if close enough
/// to be a plausible typo (at most a third of the word's length, and at most 3 edits); else
/// the one candidate the word begins (a shortened id such as "bare-phrase").
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        let lowered = word.lowercased()
        let extended = candidates.filter { $0.hasPrefix(lowered) }
        return lowered.count >= 4 && extended.count == 1 ? extended[0] : nil
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit, the most
    /// common typo ("tilte"), besides insertions, deletions and substitutions.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](), row = Array(0...b.count)
        for i in 1...a.count {
            let beforeRow = previousRow
            previousRow = row
            row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforeRow[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }

    /// The ids a mistyped person or team id may have meant: the closest by edit distance when
    /// one is close enough, else (up to three) those it begins or names a part of ("li" in
    /// "li.na", "liu.yang"), shortest first.
    public static func nearIDs(_ word: String, in ids: some Collection<String>) -> [String] {
        let word = word.lowercased()
        if let close = closest(to: word, in: Array(ids)) { return [close] }
        guard word.count >= 2 else { return [] }
        let near = ids.filter { id in
            id.hasPrefix(word) || id.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" }).contains { $0 == word }
        }
        return Array(near.sorted { ($0.count, $0) < ($1.count, $1) }.prefix(3))
    }

    /// "; did you mean 'li.na' or 'liu.yang'?", or nothing.
    public static func didYouMean(_ options: [String]) -> String {
        guard !options.isEmpty else { return "" }
        return "; did you mean " + options.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
