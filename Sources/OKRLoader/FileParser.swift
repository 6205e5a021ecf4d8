import OKRModel
import OKRSyntax

/// What one file contributed, before any cross-file check.
struct ParsedFile: Sendable {
    enum Content: Sendable {
        case config(PortalConfig)
        case company(Company)
        case people([OrgEntry<Person>])
        case teams([OrgEntry<Team>])
        case okrs(OKRSet, personReferences: [PersonReference])
        case nothing
    }

    var file: ContentFile
    var content: Content
    var diagnostics: [Diagnostic]
}

struct PersonReference: Sendable {
    var id: String
    var location: SourceLocation
}


/// Reads one file by its kind. Pure apart from reading that file.
enum FileParser {
    /// The most a file that makes one page may hold (an OKR file, or a person's, a team's or
    /// the company's page). A few KB is usual; with this bound and the counts `OKRFileParser`
    /// allows, no page passes the 1 MB a browser opens usably, whatever a file holds. The org
    /// lists feed many pages, each bounded by its entry, and may be larger.
    static let maximumPageSourceBytes = 512 * 1024

    static let companyKeys = ["name", "mission", "vision"]

    /// What the front matter of a Markdown file of this kind takes.
    static func frontMatterKeys(_ kind: ContentFile.Kind) -> [String] {
        switch kind {
        case .company: companyKeys
        case .person: OrgParser.personKeys
        case .team: OrgParser.teamKeys
        case .okrs: OKRFileParser.fileKeys
        case .config, .peopleList, .teamList: []
        }
    }

    static func parse(_ file: ContentFile, source: ContentSource, availableLanguages: Set<String>, knownHintRules: [String]) -> ParsedFile {
        var reader = NodeReader(path: file.displayPath)
        let text: String
        do {
            text = try source.readFile(file.path)
        } catch let error as ContentSource.Unreadable {
            reader.diagnostics.error(
                .unreadableFile, "cannot read this file: \(error)",
                at: SourceLocation(path: file.displayPath, line: error.line, column: error.column))
            return ParsedFile(file: file, content: .nothing, diagnostics: reader.diagnostics.items)
        } catch {
            reader.diagnostics.error(.unreadableFile, "cannot read this file: \(error)", at: reader.fileStart)
            return ParsedFile(file: file, content: .nothing, diagnostics: reader.diagnostics.items)
        }
        if file.becomesOnePage, text.utf8.count > maximumPageSourceBytes {
            reader.diagnostics.error(
                .outOfRange,
                "this file is \(Format.number(Double((text.utf8.count + 1023) / 1024))) KB; a file that makes one page holds at most \(maximumPageSourceBytes / 1024) KB (OKRs, a bio or a mission take a few)",
                at: reader.fileStart)
            return ParsedFile(file: file, content: .nothing, diagnostics: reader.diagnostics.items)
        }
        guard let document = SourceDocument.read(
            text, markdown: file.isMarkdown, headingsFrom: bodyHeadingLevel(file.kind), frontMatterKeys: frontMatterKeys(file.kind), reader: &reader)
        else {
            return ParsedFile(file: file, content: .nothing, diagnostics: reader.diagnostics.items)
        }

        let content: ParsedFile.Content
        switch file.kind {
        case .config:
            content = .config(ConfigParser.parse(document.root, availableLanguages: availableLanguages, knownHintRules: knownHintRules, reader: &reader))
        case .company:
            content = .company(company(document, reader: &reader))
        case .peopleList:
            content = .people(OrgParser.parseList(document.root, reader: &reader, what: "people") { node, _, reader in
                OrgParser.person(node, fileID: nil, reader: &reader)
            })
        case .teamList:
            content = .teams(OrgParser.parseList(document.root, reader: &reader, what: "teams") { node, _, reader in
                OrgParser.team(node, fileID: nil, reader: &reader)
            })
        case .person(let id):
            let root = document.root ?? YAMLNode(.mapping([]), at: .init(line: 1, column: 1))
            content = .people(OrgParser.person(root, fileID: id, reader: &reader, bioHTML: document.body.html).map { [$0] } ?? [])
        case .team(let id):
            let root = document.root ?? YAMLNode(.mapping([]), at: .init(line: 1, column: 1))
            content = .teams(OrgParser.team(root, fileID: id, reader: &reader, missionHTML: document.body.html).map { [$0] } ?? [])
        case .okrs(let cycle, let owner):
            let result = OKRFileParser.parse(document, cycle: cycle, owner: owner, knownHintRules: knownHintRules, reader: &reader)
            content = .okrs(result.set, personReferences: result.personReferences.map { PersonReference(id: $0.id, location: $0.location) })
        }
        return ParsedFile(file: file, content: content, diagnostics: reader.diagnostics.items)
    }

    /// Where the built-in theme shows a file's body: a person's bio and a team's mission right
    /// under the page's title; the company's strategy and an OKR file's notes each under a
    /// section heading of their own.
    static func bodyHeadingLevel(_ kind: ContentFile.Kind) -> Int {
        switch kind {
        case .person, .team: 2
        case .company, .okrs: 3
        case .config, .peopleList, .teamList: 1
        }
    }

    static func company(_ document: SourceDocument, reader: inout NodeReader) -> Company {
        var company = Company(name: "", strategyHTML: document.body.html)
        guard let root = document.root, let fields = reader.fields(root, allowed: companyKeys, what: "company.md") else {
            return company
        }
        company.name = fields["name"].flatMap { reader.text($0, what: "name", maxLength: NodeReader.longestName) } ?? ""
        company.mission = fields["mission"].flatMap { reader.text($0, what: "mission") }
        company.vision = fields["vision"].flatMap { reader.text($0, what: "vision") }
        return company
    }
}
