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
