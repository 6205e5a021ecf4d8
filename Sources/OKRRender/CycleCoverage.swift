import OKRHints
import OKRModel

/// What the dashboard counts for one cycle: who has written OKRs, how many objectives align
/// to something, who keeps them up to date and how the objectives spread over status,
/// confidence and progress. Counted per team (a team's figures include its sub-teams, which
/// is what a lead of a department wants to see) and for the whole company, in one pass over
/// the people and the cycle's OKR sets, so the cost does not grow with the depth of the tree.
struct CycleCoverage {
    struct Counts: Equatable {
        var people = 0
        var peopleWithOKRs = 0
        /// People with OKRs whose latest check-in is at most `stale_days` old.
        var peopleCheckedIn = 0
        var objectives = 0
        /// Objectives of teams and people: the ones expected to align to something above
        /// them (the company's own objectives have nothing to align to).
        var alignable = 0
        var aligned = 0
        /// Objectives whose key results all carry a score.
        var scored = 0
        var atRisk = 0
        /// OKR sets with a written retrospective, and all OKR sets, for closed cycles.
        var retrospectives = 0
        var sets = 0
        /// People with a key result of their own whose due date has passed, not reached,
        /// while the cycle runs.
        var peoplePastDue = 0

        mutating func add(_ other: Counts) {
            peoplePastDue += other.peoplePastDue
            people += other.people
            peopleWithOKRs += other.peopleWithOKRs
            peopleCheckedIn += other.peopleCheckedIn
            objectives += other.objectives
            alignable += other.alignable
            aligned += other.aligned
            scored += other.scored
            atRisk += other.atRisk
            retrospectives += other.retrospectives
            sets += other.sets
        }
    }

    /// Someone with OKRs and no check-in within `stale_days` days.
    struct Overdue: Equatable {
        var person: String
        var lastCheckIn: Day?
    }

    let cycle: Cycle
    /// Only people of this kind of employment and their own OKRs (no team or company
    /// objectives) are counted; nil counts everyone and everything.
    let employment: Employment?
    let phase: Cycle.Phase
    /// The oldest check-in date that still counts as recent.
    let freshSince: Day
    /// Whether weekly check-ins are expected: the cycle runs and is about a quarter long or
    /// less. An annual cycle is followed through the quarters inside it, as the writing hints
    /// do (`HintChecker.checkInCycleLength`).
    let tracksCheckIns: Bool
    private(set) var company = Counts()
    /// Each team's counts, sub-teams included.
    private(set) var teams: [String: Counts] = [:]
    /// Teams with objectives of their own this cycle.
    private(set) var teamsWithOKRs: Set<String> = []
    private(set) var statuses: [Status: Int] = [:]
    private(set) var confidence: [ConfidenceBand: Int] = [:]
    /// Objectives by progress in steps of ten points: 0–9 %, 10–19 %, …, 90–99 %, 100 %.
    private(set) var progressSteps = [Int](repeating: 0, count: 11)
    private(set) var types: [ObjectiveType: Int] = [:]
    /// People without OKRs this cycle by their team's id ("" for no team), in content order.
    private(set) var withoutOKRs: [String: [String]] = [:]
    /// People whose check-ins have gone quiet, by team id like `withoutOKRs`; only when
    /// `tracksCheckIns`.
    private(set) var overdue: [String: [Overdue]] = [:]
    /// Someone's key result past its due date and not reached: the earliest such, if several.
    struct PastDue: Equatable {
        var person: String
        var objective: String
        var keyResult: String
        var due: Day
        /// The person's latest check-in, for the follow-up sheet.
        var lastCheckIn: Day?
    }

    /// People with a key result past its due date and not reached, by team id like
    /// `withoutOKRs`, while the cycle runs.
    private(set) var pastDue: [String: [PastDue]] = [:]
    /// Someone who has not yet reviewed an ended cycle: objectives without a score, or no
    /// retrospective in their OKR file.
    struct Unreviewed: Equatable {
        var person: String
        var unscored: Int
        var objectives: Int
        var hasRetrospective: Bool
    }

    /// People yet to score or review their OKRs, by team id like `withoutOKRs`, once the cycle
    /// has ended: the coordinators' list at the end of a quarter.
    private(set) var unreviewed: [String: [Unreviewed]] = [:]
    var unreviewedCount: Int { unreviewed.values.reduce(0) { $0 + $1.count } }
    /// Whether any key result of the cycle has a due date: without one, "past due" says nothing.
    private(set) var hasDueDates = false

    /// What following up means in this cycle: recent check-ins while it runs (about a quarter
    /// or shorter), scores once it has ended, nothing before it starts or while a long cycle
    /// runs.
    enum FollowUp { case checkIns, scores }

    var followUp: FollowUp? { tracksCheckIns ? .checkIns : phase == .closed ? .scores : nil }

    /// Whether anyone has personal OKRs this cycle. Without any (an annual cycle planned at
    /// company and team level) a list of everyone without OKRs says nothing, so it is left out.
    var hasPersonalOKRs: Bool { company.peopleWithOKRs > 0 }

    init(index: SiteIndex, cycle: Cycle, employment: Employment? = nil) {
        self.cycle = cycle
        self.employment = employment
        phase = cycle.phase(at: index.buildDate)
        freshSince = Day(daysSinceEpoch: index.buildDate.daysSinceEpoch - index.content.config.hints.staleDays)
        tracksCheckIns = HintChecker.expectsCheckIns(in: cycle, on: index.buildDate)
        let staleDays = index.content.config.hints.staleDays

        var direct: [String: Counts] = [:]
        for set in index.content.okrSets where set.cycle == cycle.id {
            if let employment {
                guard case .person(let id) = set.owner, index.peopleByID[id]?.employment == employment else { continue }
            }
            var counts = Counts()
            let teamID: String?
            switch set.owner {
            case .company: teamID = nil
            case .team(let id):
                teamID = id
                if set.hasObjectives { teamsWithOKRs.insert(id) }
            case .person(let id): teamID = index.peopleByID[id]?.team
            }
            if set.hasObjectives {
                counts.sets = 1
                counts.retrospectives = set.hasRetrospective ? 1 : 0
            }
            for objective in set.objectives {
                if !hasDueDates, objective.keyResults.contains(where: { $0.due != nil }) { hasDueDates = true }
                counts.objectives += 1
                if set.owner != .company {
                    counts.alignable += 1
                    if objective.hasAlignments { counts.aligned += 1 }
                }
                if objective.score != nil { counts.scored += 1 }
                let status = Status.of(progress: objective.progress, in: cycle, on: index.buildDate)
                if status == .atRisk { counts.atRisk += 1 }
                statuses[status, default: 0] += 1
                confidence[ConfidenceBand(objective.effectiveConfidence), default: 0] += 1
                progressSteps[Format.percentValue(objective.progress) / 10] += 1
                types[objective.type, default: 0] += 1
            }
            company.add(counts)
            if let teamID { direct[teamID, default: Counts()].add(counts) }
        }

        for person in index.content.people where employment == nil || person.employment == employment {
            var counts = Counts(people: 1)
            let set = index.set(cycle.id, .person(person.id))
            let group = person.team ?? ""
            if let set, set.hasObjectives {
                counts.peopleWithOKRs = 1
                let last = set.objectives.compactMap(\.lastCheckIn).max()
                if phase == .open {
                    let late = set.objectives.flatMap { objective in
                        objective.keyResults.compactMap { kr -> PastDue? in
                            guard kr.isPastDue(on: index.buildDate), let due = kr.due else { return nil }
                            return PastDue(person: person.id, objective: objective.id, keyResult: kr.id, due: due, lastCheckIn: last)
                        }
                    }
                    if let earliest = late.min(by: { $0.due < $1.due }) {
                        counts.peoplePastDue = 1
                        pastDue[group, default: []].append(earliest)
                    }
                }
                if phase == .closed {
                    let unscored = set.objectives.count { $0.score == nil }
                    if unscored > 0 || !set.hasRetrospective {
                        unreviewed[group, default: []].append(Unreviewed(
                            person: person.id, unscored: unscored, objectives: set.objectives.count, hasRetrospective: set.hasRetrospective))
                    }
                }
                if let last, last >= freshSince {
                    counts.peopleCheckedIn = 1
                } else if set.objectives.contains(where: { $0.progress < 1 }),
                          HintChecker.daysQuiet(since: last, in: cycle, on: index.buildDate, staleDays: staleDays) != nil {
                    // Quiet, the way the stale-check-in hint sees it, with something still to do.
                    overdue[group, default: []].append(Overdue(person: person.id, lastCheckIn: last))
                }
            } else {
                withoutOKRs[group, default: []].append(person.id)
            }
            company.add(counts)
            if let team = person.team { direct[team, default: Counts()].add(counts) }
        }

        // Children come after their parent in tree order, so walking it backwards adds every
        // team's finished total to its parent once.
        teams = direct
        for entry in index.teamTree.reversed() {
            guard let parent = entry.team.parent, index.teamsByID[parent] != nil else { continue }
            teams[parent, default: Counts()].add(teams[entry.team.id] ?? Counts())
        }
    }
}
