/// Who an OKR set belongs to. The spelling in references and URLs is `company`,
/// `teams/<id>`, `people/<id>`.
public enum Owner: Sendable, Hashable, Comparable {
    case company
    case team(String)
    case person(String)

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
        case (.team(let x), .team(let y)), (.person(let x), .person(let y)): x < y
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
        var a = self.unicodeScalars.makeIterator()
        var b = other.unicodeScalars.makeIterator()
        var x = a.next()
        var y = b.next()
        while let cx = x, let cy = y {
            if cx.properties.numericType != nil && cy.properties.numericType != nil
                && ("0"..."9").contains(cx) && ("0"..."9").contains(cy) {
                var nx = "", ny = ""
                while let c = x, ("0"..."9").contains(c) { nx.unicodeScalars.append(c); x = a.next() }
                while let c = y, ("0"..."9").contains(c) { ny.unicodeScalars.append(c); y = b.next() }
                let ix = Int(nx) ?? 0, iy = Int(ny) ?? 0
                if ix != iy { return ix < iy }
                if nx != ny { return nx < ny }
                continue
            }
            if cx != cy { return cx < cy }
            x = a.next()
            y = b.next()
        }
        return x == nil && y != nil
    }
}
