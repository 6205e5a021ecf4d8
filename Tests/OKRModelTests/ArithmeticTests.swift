import Testing
@testable import OKRModel

let here = SourceLocation(path: "t.md", line: 1, column: 1)

func numeric(_ start: Double, _ target: Double, current: Double? = nil, weight: Double = 1, checkIns: [CheckIn] = [], score: Double? = nil) -> KeyResult {
    KeyResult(id: "KR1", title: LocalizedText("k"), measure: .numeric(start: start, target: target, current: current, unit: nil), weight: weight, score: score, checkIns: checkIns, location: here)
}

func day(_ text: String) -> Day { Day(iso: text)! }

@Suite struct KeyResultProgressTests {
    @Test(arguments: [
        (0.0, 100.0, 40.0, 0.4),
        (11.0, 7.0, 9.0, 0.5),     // lower is better: 11 → 7 days, at 9
        (4.2, 2.5, 5.0, 0.0),      // worse than the start clamps to 0
        (0.0, 50.0, 65.0, 1.0),    // over-achieved clamps to 1 in roll-ups
    ])
    func numericProgress(start: Double, target: Double, current: Double, expected: Double) {
        #expect(abs(numeric(start, target, current: current).progress - expected) < 1e-9)
    }

    @Test func overAchievementIsKeptRaw() {
        #expect(abs(numeric(0, 50, current: 65).rawProgress - 1.3) < 1e-9)
    }

    /// A target a hair's breadth from the start: the raw share would be 1e315, infinite as a
    /// Double, and printing it as a percentage would trap.
    @Test func rawProgressStaysFinite() {
        #expect(numeric(0, 1e-300, current: 1e15).rawProgress == KeyResult.rawProgressLimit)
        #expect(numeric(0, 1e-300, current: -1e15).rawProgress == -KeyResult.rawProgressLimit)
        #expect(numeric(0, 1e-300, current: 1e15).progress == 1)
    }

    @Test func currentDefaultsToLatestCheckInThenStart() {
        let checkIns = [
            CheckIn(date: day("2026-10-12"), value: 30, location: here),
            CheckIn(date: day("2026-10-19"), confidence: 6, location: here),
        ]
        #expect(numeric(10, 50, checkIns: checkIns).currentValue == 30)
        #expect(numeric(10, 50).currentValue == 10)
        #expect(numeric(10, 50, current: 20, checkIns: checkIns).currentValue == 20)
        #expect(numeric(10, 50, checkIns: checkIns).latestConfidence == 6)
    }

    @Test func milestoneAndManual() {
        let done = KeyResult(id: "KR1", title: LocalizedText("m"), measure: .milestone(done: true), location: here)
        let open = KeyResult(id: "KR2", title: LocalizedText("m"), measure: .milestone(done: false), location: here)
        let manual = KeyResult(id: "KR3", title: LocalizedText("m"), measure: .manual(progress: 0.4), location: here)
        #expect(done.progress == 1)
        #expect(open.progress == 0)
        #expect(manual.progress == 0.4)
    }
}

@Suite struct RollUpTests {
    @Test func objectiveProgressIsWeighted() {
        let objective = Objective(id: "O1", title: LocalizedText("o"), keyResults: [
            numeric(0, 100, current: 100, weight: 3), numeric(0, 100, current: 0, weight: 1),
        ], location: here)
        #expect(abs(objective.progress - 0.75) < 1e-9)
    }

    @Test func scoreOnlyWhenEveryKeyResultIsScored() {
        var objective = Objective(id: "O1", title: LocalizedText("o"), keyResults: [
            numeric(0, 1, score: 0.6), numeric(0, 1),
        ], location: here)
        #expect(objective.score == nil)
        objective.keyResults[1].score = 1.0
        #expect(abs(objective.score! - 0.8) < 1e-9)
    }

    @Test func ownerProgressWeighsObjectives() {
        let set = OKRSet(cycle: "q", owner: .company, objectives: [
            Objective(id: "O1", title: LocalizedText("a"), weight: 1, keyResults: [numeric(0, 10, current: 10)], location: here),
            Objective(id: "O2", title: LocalizedText("b"), weight: 4, keyResults: [numeric(0, 10, current: 5)], location: here),
        ], path: "p")
        #expect(abs(set.progress - 0.6) < 1e-9)
    }

    @Test func objectiveWithoutKeyResultsHasNoProgressAndNoScore() {
        let objective = Objective(id: "O1", title: LocalizedText("o"), location: here)
        #expect(objective.progress == 0)
        #expect(objective.score == nil)
    }
}

@Suite struct StatusTests {
    let quarter = Cycle(id: "q4", name: "Q4", start: Day(iso: "2026-10-01")!, end: Day(iso: "2026-12-31")!, location: here)

    @Test func atRiskWhenMoreThan25PointsBehindTime() {
        // 2026-11-15 is 46 of 92 days: half the quarter.
        #expect(Status.of(progress: 0.24, in: quarter, on: day("2026-11-15")) == .atRisk)
        #expect(Status.of(progress: 0.26, in: quarter, on: day("2026-11-15")) == .onTrack)
    }

    @Test func phases() {
        #expect(Status.of(progress: 0, in: quarter, on: day("2026-09-01")) == .upcoming)
        #expect(Status.of(progress: 0.5, in: quarter, on: day("2027-01-05")) == .closed)
        #expect(Status.of(progress: 1, in: quarter, on: day("2026-10-02")) == .done)
    }

    @Test func elapsedFractionCountsTheBuildDay() {
        #expect(quarter.elapsedFraction(at: day("2026-10-01")) == 1.0 / 92)
        #expect(quarter.elapsedFraction(at: day("2026-12-31")) == 1)
    }

    @Test func enclosing() {
        let year = Cycle(id: "2026", name: "FY", start: day("2026-01-01"), end: day("2026-12-31"), location: here)
        #expect(year.encloses(quarter))
        #expect(!quarter.encloses(year))
        #expect(!year.encloses(year))
    }
}

@Suite struct DayTests {
    @Test(arguments: ["1970-01-01", "2024-02-29", "2026-10-07", "2000-12-31", "1969-07-20", "0001-01-01", "9999-12-31", "0999-09-09"])
    func roundTrips(_ text: String) {
        #expect(Day(iso: text)?.description == text)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "26-1-1") == nil)
        #expect(Day(iso: "2026-1-01") == nil)
    }

    /// An impossible day written in the right form says why; a wrong form or a real day has
    /// nothing to say here (the form's message is the reader's).
    @Test func saysWhyADateIsNoDay() {
        #expect(Day.impossibility(iso: "2026-02-29") == "February 2026 has days 01 to 28")
        #expect(Day.impossibility(iso: "2024-02-30") == "February 2024 has days 01 to 29")
        #expect(Day.impossibility(iso: "2026-09-00") == "September 2026 has days 01 to 30")
        #expect(Day.impossibility(iso: "2026-00-10") == "there is no month 0; months run from 01 to 12")
        #expect(Day.impossibility(iso: "2026-1-01") == nil)
        #expect(Day.impossibility(iso: "2026-12-31") == nil)
    }

    @Test func fromUnixSeconds() {
        #expect(Day(unixSeconds: 1_795_000_000).description == "2026-11-18")
        #expect(Day(unixSeconds: 0).description == "1970-01-01")
    }
}

/// `cycle add 2027-Q1` needs no dates: the usual ids name their own span.
@Suite struct CycleSpanTests {
    func span(_ id: String) -> String? {
        Cycle.calendarSpan(ofID: id).map { "\($0.start) \($0.end)" }
    }

    @Test func readsYearsHalvesQuartersAndMonths() {
        #expect(span("2027") == "2027-01-01 2027-12-31")
        #expect(span("2027-H2") == "2027-07-01 2027-12-31")
        #expect(span("2027-Q1") == "2027-01-01 2027-03-31")
        #expect(span("2027-q4") == "2027-10-01 2027-12-31")
        #expect(span("2028-02") == "2028-02-01 2028-02-29")
    }

    @Test func leavesOtherIdsToTheirAuthor() {
        for id in ["FY27", "sprint-7", "2027-Q5", "2027-H3", "2027-Q0", "2027-13", "2027-+3", "2027-Q1-extra", "27-Q1", "2027-", ""] {
            #expect(span(id) == nil, "\(id)")
        }
    }
}

/// "@li.na" in a check-in note names a person; an e-mail address names nobody.
@Suite struct MentionTests {
    func ids(_ text: String) -> [String] { Mentions.find(in: text).map(\.id) }

    @Test func findsIdsThatBeginAWord() {
        #expect(ids("asked @nadia and @Li.Na, then @wang_lei.") == ["nadia", "li.na", "wang_lei"])
        #expect(ids("@diego is on it") == ["diego"])
        #expect(ids("（@zhao.qing 确认）") == ["zhao.qing"])
        let text = "thanks @li.na."
        #expect(Mentions.find(in: text).map { String(text[$0.range]) } == ["@li.na"])
    }

    @Test func leavesAddressesAndBareSignsAlone() {
        #expect(ids("mail ops@example.com or a@b") == [])
        #expect(ids("@ noon, @-, @.") == [])
        #expect(ids("") == [])
        #expect(ids(String(repeating: "@a ", count: 50)).count == Mentions.limit)
    }
}
