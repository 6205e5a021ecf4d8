import Synchronization

/// "Did you mean …?" for misspelt keys: the closest candidate by edit distance, if close enough
/// to be a plausible typo (at most a third of the word's length, and at most 3 edits); else
/// the one candidate the word begins (a shortened id such as "bare-phrase").
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let target = Array(lowered.unicodeScalars)
        let limit = typoLimit(word)
        var best: (candidate: String, distance: Int)?
        var row: [Int] = [], previous: [Int] = [], beforePrevious: [Int] = []
        for candidate in candidates {
            // The distance is at least the difference in length: most of a company's ids are
            // ruled out without comparing them letter by letter.
            let scalars = candidate.unicodeScalars
            guard abs(scalars.count - target.count) <= limit else { continue }
            let distance = editDistance(target, Array(scalars), rows: &row, &previous, &beforePrevious)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        let extended = candidates.filter { $0.hasPrefix(lowered) }
        return lowered.count >= 4 && extended.count == 1 ? extended[0] : nil
    }

    /// The most edits a plausible typo of `word` makes: a third of its length, from 1 to 3.
    public static func typoLimit(_ word: String) -> Int {
        min(3, max(1, word.count / 3))
    }

    /// Edit distance where swapping two neighbouring letters counts as one edit, the most
    /// common typo ("tilte"), besides insertions, deletions and substitutions.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        var row: [Int] = [], previous: [Int] = [], beforePrevious: [Int] = []
        return editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), rows: &row, &previous, &beforePrevious)
    }

    /// The same on scalars, in three rows the caller keeps from one candidate to the next.
    static func editDistance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], rows row: inout [Int], _ previousRow: inout [Int], _ beforeRow: inout [Int]
    ) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        row.removeAll(keepingCapacity: true)
        row.append(contentsOf: 0...b.count)
        for i in 1...a.count {
            swap(&beforeRow, &previousRow)
            swap(&previousRow, &row)
            row.removeAll(keepingCapacity: true)
            row.append(i)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforeRow[j - 2] + 1)
                }
                row.append(value)
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

/// "Did you mean …?" for mistyped person or team ids, worked out once per id. A person taken
/// out of the HR export can be named by thousands of alignments, and each search compares the
/// id with every known one; past `limit` different ids no more are searched, and the message
/// goes without a suggestion, so a wholesale change of ids cannot stall a check. Asked in a
/// fixed order (as the loader and the resolver do), the same ids get suggestions every run.
public final class IDSuggestions: Sendable {
    private let ids: [String]
    private let limit: Int
    private let found = Mutex<[String: [String]]>([:])
    /// The ids in order, so a tie goes the same way every run; sorted at the first search,
    /// since most builds have nothing to suggest and 50,000 ids take a while to sort.
    private let sortedIDs = Mutex<[String]?>(nil)

    public init(_ ids: some Collection<String>, limit: Int = 64) {
        self.ids = Array(ids)
        self.limit = limit
    }

    /// The one id nearest to `id` when a single one is near enough, for messages that put it
    /// in their own words.
    public func nearest(_ id: String) -> String? {
        let near = nearIDs(id)
        return near.count == 1 ? near[0] : nil
    }

    /// "; did you mean 'li.lei'?", or nothing.
    public func didYouMean(_ id: String) -> String {
        Suggestion.didYouMean(nearIDs(id))
    }

    private func nearIDs(_ id: String) -> [String] {
        if let known = found.withLock({ $0[id] }) { return known }
        if found.withLock({ $0.count }) >= limit { return [] }
        let candidates = sortedIDs.withLock { kept in
            if let kept { return kept }
            let made = ids.sorted()
            kept = made
            return made
        }
        let near = Suggestion.nearIDs(id, in: candidates)
        found.withLock { $0[id] = near }
        return near
    }
}
