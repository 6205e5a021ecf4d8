import OKRModel
import OKRSupport

/// A key result's or objective's progress across its cycle, as a small line chart drawn at
/// build time. The plot is `width` × `height` units: days of the cycle left to right, progress
/// bottom to top (the target at `top`); the current value is written to the right of it. The
/// target line and the line of expected pace (from the start of the cycle to the target at
/// its end) are the same for every chart, so a page draws them once (the theme's
/// `partials/okr-set` symbol `trend-frame`) and each chart uses them: a chart costs its points
/// and its label.
struct TrendChart {
    static let width = 120
    static let height = 32
    /// Room above the target for a little over-achievement.
    static let top = 2

    /// Whole-number coordinates: the drawing stays small and the output deterministic.
    var points: [Point]
    /// Progress at the first and last point, for the accessible summary.
    var first: (day: Day, progress: Double)
    var last: (day: Day, progress: Double)

    struct Point {
        var x: Int
        var y: Int
    }

    /// The chart of `samples` (progress by day, sorted by day), or nil with fewer than two.
    init?(samples: [(day: Day, progress: Double)], cycle: Cycle) {
        guard samples.count >= 2, let first = samples.first, let last = samples.last else { return nil }
        let span = max(1, cycle.end - cycle.start)
        let plot = Double(Self.height - Self.top)
        points = samples.map { sample in
            let x = Int((Double(Self.width) * Double(min(max(sample.day - cycle.start, 0), span)) / Double(span)).rounded())
            // Progress past the target shows up to the top edge; below the start, at the bottom.
            let shown = min(max(sample.progress, 0), Double(Self.height) / plot)
            return Point(x: x, y: Self.height - Int((plot * shown).rounded()))
        }
        self.first = first
        self.last = last
    }

    /// `x,y x,y …` for a polyline.
    var polyline: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(points.count * 7)
        for (index, point) in points.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            DecimalDigits.append(point.x, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            DecimalDigits.append(point.y, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same points as a path, each after the first relative to the one before
    /// (`M0 32l5-2 10-1 …`): weekly check-ins move a few units at a time, so this is a fifth
    /// shorter than the polyline's absolute pairs. A minus sign separates numbers by itself.
    var path: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(points.count * 6)
        func number(_ value: Int, separated: Bool) {
            if separated && value >= 0 { bytes.append(UInt8(ascii: " ")) }
            DecimalDigits.append(value, to: &bytes)
        }
        // A chart has two points or more (`init`), so "l" always has steps after it.
        bytes.append(UInt8(ascii: "M"))
        number(points[0].x, separated: false)
        number(points[0].y, separated: true)
        bytes.append(UInt8(ascii: "l"))
        for index in points.indices.dropFirst() {
            number(points[index].x - points[index - 1].x, separated: index > 1)
            number(points[index].y - points[index - 1].y, separated: true)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the label's baseline goes: beside the last point, inside the box.
    var labelY: Int { min(max(points[points.count - 1].y + 4, 9), Self.height - 1) }

    // MARK: What is drawn

    /// A key result's check-ins as progress, before clamping: values against start and target
    /// (`current:` is today's value, so only check-ins say where it stood on a day),
    /// milestones as 0 or 1, shares set by hand as they are. Check-ins without a figure of the
    /// key result's kind (a confidence alone) are left out.
    static func checkInProgress(of keyResult: KeyResult) -> [(day: Day, progress: Double)] {
        var samples: [(day: Day, progress: Double)] = []
        for checkIn in keyResult.checkIns {
            switch keyResult.measure {
            case .numeric(let start, let target, _, _):
                if let value = checkIn.value, target != start { samples.append((checkIn.date, (value - start) / (target - start))) }
            case .milestone:
                if let done = checkIn.done { samples.append((checkIn.date, done ? 1 : 0)) }
            case .manual:
                if let progress = checkIn.progress { samples.append((checkIn.date, progress)) }
            }
        }
        return samples
    }

    /// What a key result's chart draws: its check-ins as progress, a numeric one starting from
    /// nothing done on the cycle's first day. Nil with fewer than two check-ins of its kind.
    static func samples(of keyResult: KeyResult, in cycle: Cycle) -> [(day: Day, progress: Double)]? {
        var samples = checkInProgress(of: keyResult)
        guard samples.count >= 2 else { return nil }
        if case .numeric = keyResult.measure, samples[0].day > cycle.start { samples.insert((cycle.start, 0), at: 0) }
        return samples
    }

    /// An objective's progress on each day one of its key results was checked in: each key
    /// result counts with its latest check-in up to that day (nothing done before its first),
    /// or, without check-ins, with the progress it has.
    static func samples(of objective: Objective) -> [(day: Day, progress: Double)]? {
        let days = Set(objective.keyResults.flatMap { $0.checkIns.map(\.date) }).sorted()
        guard days.count >= 2 else { return nil }
        // Each key result's progress at each of its check-ins, clamped as roll-ups count it, in
        // date order; on a day the last of those up to it counts (none yet: nothing done). A
        // key result without check-ins counts with the progress it has.
        let steps: [[(day: Day, progress: Double)]?] = objective.keyResults.map { keyResult in
            keyResult.checkIns.isEmpty ? nil : checkInProgress(of: keyResult).map { (day: $0.day, progress: min(max($0.progress, 0), 1)) }
        }
        // Read once, not per day: each read of a key result out of the array copies it (a
        // retain and a release of each of its fields), and its progress is computed.
        let weights = objective.keyResults.map(\.weight)
        let fixed = objective.keyResults.map { $0.checkIns.isEmpty ? $0.weight * $0.progress : 0 }
        let totalWeight = weights.reduce(0, +)
        var next = [Int](repeating: 0, count: steps.count)
        return days.map { day in
            var total = 0.0
            for index in steps.indices {
                guard let keySteps = steps[index] else {
                    total += fixed[index]
                    continue
                }
                while next[index] < keySteps.count && keySteps[next[index]].day <= day { next[index] += 1 }
                total += weights[index] * (next[index] == 0 ? 0 : keySteps[next[index] - 1].progress)
            }
            return (day, totalWeight > 0 ? total / totalWeight : 0)
        }
    }
}
