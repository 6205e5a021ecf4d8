/// Who an OKR set belongs to. The spelling in references and URLs is `company`,
/// `teams/<id>`, `people/<id>`.
public enum Owner: Sendable, Hashable, Comparable {
    case company
    case team(String)
    case person(String)

    /// The owner `path` spells (`company`, `teams/<id>`, `people/<id>`), or nil.
    public init?(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == ["company"] {
            self = .company
        } else if parts.count == 2, parts[0] == "teams" || parts[0] == "people", Identifier.isValid(parts[1]) {
            self = parts[0] == "teams" ? .team(parts[1]) : .person(parts[1])
        } else {
            return nil
        }
    }

    public var path: String {
        switch self {
        case .company: "company"
        case .team(let id): "teams/\(id)"
        case .person(let id): "people/\(id)"
        }
    }

    /// Company first, then teams, then people; used for ordering and for telling a sideways
    /// (same-level) alignment from an upward one.
    public var rank: Int {
        switch self {
        case .company: 0
        case .team: 1
        case .person: 2
        }
    }

    public static func < (a: Owner, b: Owner) -> Bool {
        switch (a, b) {
        case (.team(let x), .team(let y)), (.person(let x), .person(let y)): x.localizedNumericLess(than: y)
        default: a.rank < b.rank
        }
    }
}

/// The address of an objective in one cycle, e.g. `2026-Q4:teams/sales/O1`.
public struct ObjectiveKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var cycle: String
    public var owner: Owner
    public var objective: String

    public init(cycle: String, owner: Owner, objective: String) {
        self.cycle = cycle
        self.owner = owner
        self.objective = objective
    }

    public var description: String { "\(cycle):\(owner.path)/\(objective)" }

    public static func < (a: ObjectiveKey, b: ObjectiveKey) -> Bool {
        if a.cycle != b.cycle { return a.cycle < b.cycle }
        if a.owner != b.owner { return a.owner < b.owner }
        return a.objective.localizedNumericLess(than: b.objective)
    }
}

extension String {
    /// "O2" before "O10": ids compare by their digit runs as numbers.
    public func localizedNumericLess(than other: String) -> Bool {
        // On UTF-8 bytes, whose order is the order of the scalars they encode; a digit byte is
        // always a whole scalar. Sorting a large organisation's objectives compares ids
        // millions of times, and making a String per digit run was most of that.
        var (left, right) = (self, other)
        return left.withUTF8 { x in
            right.withUTF8 { y in
                func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
                /// The run's value, or 0 when it does not fit an Int (as `Int(_:)` gives nil).
                func value(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
                    var total = 0
                    for digit in digits {
                        let (times, overflow) = total.multipliedReportingOverflow(by: 10)
                        let (sum, overflow2) = times.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
                        if overflow || overflow2 { return 0 }
                        total = sum
                    }
                    return total
                }
                var (i, j) = (0, 0)
                while i < x.count, j < y.count {
                    if isDigit(x[i]), isDigit(y[j]) {
                        let (startX, startY) = (i, j)
                        while i < x.count, isDigit(x[i]) { i += 1 }
                        while j < y.count, isDigit(y[j]) { j += 1 }
                        let (runX, runY) = (x[startX..<i], y[startY..<j])
                        let (valueX, valueY) = (value(runX), value(runY))
                        if valueX != valueY { return valueX < valueY }
                        // Equal values written differently ("07", "7"): by their digits.
                        if !runX.elementsEqual(runY) { return runX.lexicographicallyPrecedes(runY) }
                        continue
                    }
                    if x[i] != y[j] { return x[i] < y[j] }
                    i += 1
                    j += 1
                }
                return i == x.count && j < y.count
            }
        }
    }
}
