/// "Did you mean …?" for misspelt keys: the closest candidate by edit distance, if close enough
/// to be a plausible typo (at most a third of the word's length, and at most 3 edits); else
/// the one candidate the word begins (a shortened id such as "bare-phrase").
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
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
    static func editDistance(_ a: String, _ b: String) -> Int {
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
}
