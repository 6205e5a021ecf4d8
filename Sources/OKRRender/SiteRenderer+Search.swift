import OKRModel
import OKRSearch

extension SiteRenderer {
    /// What search finds, in the order results are listed: people, teams, then objectives of
    /// the current cycle before older and later ones. Labels are in the default language;
    /// the searchable text holds every language, so a Chinese query finds a bilingual title.
    func searchDocuments() -> [SearchDocument] {
        let language = index.content.config.defaultLanguage
        var documents: [SearchDocument] = []
        for person in index.content.people {
            let team = person.team.flatMap { index.teamsByID[$0]?.name }
            documents.append(SearchDocument(
                kind: "person", label: person.name, detail: [person.title, team].compactMap { $0 }.joined(separator: " · "),
                path: "people/\(person.id)/", text: [person.name, person.email ?? "", person.title ?? "", person.id, Pinyin.searchText(for: person.name)].joined(separator: "\n")))
        }
        for team in index.content.teams {
            let parent = team.parent.flatMap { index.teamsByID[$0]?.name } ?? index.content.company.name
            documents.append(SearchDocument(kind: "team", label: team.name, detail: parent, path: "teams/\(team.id)/", text: [team.name, team.id, Pinyin.searchText(for: team.name)].joined(separator: "\n")))
        }
        let current = index.currentCycle?.id
        let cycleOrder = index.content.config.cycles.reversed().map(\.id).sorted { ($0 == current ? 0 : 1) < ($1 == current ? 0 : 1) }
        var setsByCycle: [String: [OKRSet]] = [:]
        for set in index.content.okrSets { setsByCycle[set.cycle, default: []].append(set) }
        for cycle in cycleOrder {
            let cycleName = index.cyclesByID[cycle]?.name ?? cycle
            for set in setsByCycle[cycle] ?? [] {
                let owner = index.ownerName(set.owner)
                for objective in set.objectives {
                    let key = set.key(of: objective)
                    var text = objective.title.allText
                    for kr in objective.keyResults { text += "\n" + kr.title.allText }
                    documents.append(SearchDocument(
                        kind: "objective", label: "\(objective.id) \(objective.title.text(for: language, fallback: language))",
                        detail: "\(owner) · \(cycleName)", path: index.objectiveURL(key), text: text))
                }
            }
        }
        return documents
    }

    /// The search index's files, handed to `emit` a batch at a time.
    func searchIndex(emit: ([OutputFile]) -> Void) {
        SearchIndex.write(documents: searchDocuments()) { batch in
            emit(batch.map { OutputFile(path: $0.path, bytes: $0.bytes) })
        }
    }
}
