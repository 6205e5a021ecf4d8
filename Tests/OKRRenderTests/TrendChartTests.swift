import Testing
import OKRModel
@testable import OKRRender

@Suite struct TrendChartTests {
    let quarter = Cycle(id: "q", name: "Q", start: Day(iso: "2026-10-01")!, end: Day(iso: "2026-12-30")!, location: SourceLocation(path: "p", line: 1, column: 1))
    let here = SourceLocation(path: "p", line: 1, column: 1)

    func checkIn(_ date: String, value: Double? = nil, done: Bool? = nil, progress: Double? = nil) -> CheckIn {
        CheckIn(date: Day(iso: date)!, value: value, done: done, progress: progress, location: here)
    }

    @Test func numericCheckInsStartFromNothingDoneOnTheCycleStart() throws {
        let kr = KeyResult(id: "KR1", title: LocalizedText("t"), measure: .numeric(start: 10, target: 20, current: nil, unit: nil),
                           checkIns: [checkIn("2026-10-31", value: 15), checkIn("2026-11-30", value: 22)], location: here)
        let samples = try #require(TrendChart.samples(of: kr, in: quarter))
        #expect(samples.map(\.day.description) == ["2026-10-01", "2026-10-31", "2026-11-30"])
        #expect(samples.map(\.progress) == [0, 0.5, 1.2])
        let chart = try #require(TrendChart(samples: samples, cycle: quarter))
        // 90 days wide: day 30 is a third of the way; 120% stays inside the box (y ≥ 0).
        #expect(chart.polyline == "0,32 40,17 80,0")
        #expect(chart.path == "M0 32l40-15 40-17", "steps relative, a minus sign separating by itself")
        #expect(chart.labelY == 9)
    }

    @Test func milestonesAndHandSetSharesAndTooFewPoints() throws {
        let milestone = KeyResult(id: "KR1", title: LocalizedText("t"), measure: .milestone(done: false),
                                  checkIns: [checkIn("2026-10-01", done: false), checkIn("2026-12-30", done: true)], location: here)
        let milestoneSamples = try #require(TrendChart.samples(of: milestone, in: quarter))
        #expect(TrendChart(samples: milestoneSamples, cycle: quarter)?.polyline == "0,32 120,2")
        let manual = KeyResult(id: "KR2", title: LocalizedText("t"), measure: .manual(progress: 0.1),
                               checkIns: [checkIn("2026-10-16", progress: 0.25), checkIn("2026-11-15", progress: 0.5)], location: here)
        #expect(TrendChart.samples(of: manual, in: quarter)?.map(\.progress) == [0.25, 0.5])
        let once = KeyResult(id: "KR3", title: LocalizedText("t"), measure: .numeric(start: 0, target: 10, current: nil, unit: nil),
                             checkIns: [checkIn("2026-10-16", value: 3)], location: here)
        #expect(TrendChart.samples(of: once, in: quarter) == nil, "one check-in is a point, not a trend")
        #expect(TrendChart(samples: [(Day(iso: "2026-10-02")!, 0.5)], cycle: quarter) == nil)
    }

    @Test func anObjectiveTrendsByItsKeyResultsAsTheyStoodEachDay() throws {
        let counted = KeyResult(id: "KR1", title: LocalizedText("t"), measure: .numeric(start: 0, target: 10, current: 10, unit: nil),
                                checkIns: [checkIn("2026-10-11", value: 4), checkIn("2026-11-10", value: 8)], location: here)
        let done = KeyResult(id: "KR2", title: LocalizedText("t"), measure: .milestone(done: false),
                             checkIns: [checkIn("2026-11-10", done: true)], location: here)
        let objective = Objective(id: "O1", title: LocalizedText("o"), keyResults: [counted, done], location: here)
        let samples = try #require(TrendChart.samples(of: objective))
        // On 10-11 the milestone was not yet done; `current: 10` is today's, not October's.
        #expect(samples.map(\.day.description) == ["2026-10-11", "2026-11-10"])
        #expect(samples.map(\.progress) == [0.2, 0.9])
    }
}
