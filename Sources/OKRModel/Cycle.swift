/// A period for which OKRs are set: a quarter, a two-month span, a year.
public struct Cycle: Sendable, Hashable {
    public var id: String
    public var name: String
    public var start: Day
    public var end: Day
    public var location: SourceLocation

    public init(id: String, name: String, start: Day, end: Day, location: SourceLocation) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.location = location
    }

    /// Length in days, both ends included.
    public var length: Int { end - start + 1 }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// An annual cycle encloses its quarters; a cycle does not enclose itself.
    public func encloses(_ other: Cycle) -> Bool {
        id != other.id && start <= other.start && other.end <= end && length > other.length
    }

    /// Share of the cycle elapsed at the end of `day`, 0 before it starts and 1 after it ends.
    public func elapsedFraction(at day: Day) -> Double {
        if day < start { return 0 }
        if day > end { return 1 }
        return Double(day - start + 1) / Double(length)
    }

    public enum Phase: String, Sendable { case upcoming, open, closed }

    public func phase(at day: Day) -> Phase {
        day < start ? .upcoming : day > end ? .closed : .open
    }
}

extension Cycle {
    /// What to tell an author who named a cycle that is none of `cycles`: ": 2026-Q3, 2026-Q4",
    /// or, past a dozen, how many there are and the closest ids (cycle ids differ by a digit,
    /// so "2026-Q5" is as near to each quarter of 2026: all four are offered).
    public static func known(_ cycles: [Cycle], near id: String) -> String {
        let ids = cycles.map(\.id)
        if ids.count <= 12 { return ids.isEmpty ? " (portal.yaml defines none)" : ": " + ids.joined(separator: ", ") }
        let limit = Suggestion.typoLimit(id)
        let distances = ids.map { Suggestion.editDistance(id.lowercased(), $0.lowercased()) }
        let nearest = distances.min() ?? .max
        let closest = nearest > limit ? [] : zip(ids, distances).filter { $0.1 == nearest }.map(\.0)
        return " (\(ids.count) of them\(Suggestion.didYouMean(Array(closest.prefix(4)))))"
    }
}

extension Cycle {
    /// The calendar span an id names by the usual conventions: "2027" a year, "2027-H1" a
    /// half, "2027-Q1" a quarter, "2027-03" a month. Nil for any other id ("FY27", "sprint-7"),
    /// whose dates only its author knows.
    public static func calendarSpan(ofID id: String) -> (start: Day, end: Day)? {
        let parts = id.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1000, parts.count <= 2 else { return nil }
        func months(_ first: Int, _ last: Int) -> (start: Day, end: Day)? {
            guard let start = Day(year: year, month: first, day: 1),
                  let end = Day(year: year, month: last, day: Day.length(ofMonth: last, year: year)) else { return nil }
            return (start, end)
        }
        guard parts.count == 2 else { return months(1, 12) }
        let period = parts[1]
        if period.count == 2, let number = Int(period.dropFirst()), period.first == "Q" || period.first == "H" {
            let size = period.first == "Q" ? 3 : 6
            guard number >= 1, number <= 12 / size else { return nil }
            return months((number - 1) * size + 1, number * size)
        }
        if period.count == 2, period.allSatisfy({ $0.isASCII && $0.isNumber }), let month = Int(period), (1...12).contains(month) { return months(month, month) }
        return nil
    }
}
