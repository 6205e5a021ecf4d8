import Testing
@testable import OKRTemplate

/// The theme check: names a template reads where no context holds them.
@Suite struct TemplateCheckTests {
    let schema = TemplateSchema(types: [
        "Page": ["title": .scalar, "owner": .object("Owner"), "items": .object("Item"), "hasItems": .scalar, "extra": .opaque],
        "Owner": ["name": .scalar, "items": .object("Item")],
        "Item": ["label": .scalar, "children": .object("Item")],
        "Other": ["title": .scalar, "note": .scalar],
    ])

    func unknown(_ templates: [String: String], roots: [(String, [TemplateSchema.Shape])] = [("main", [.object("Page")])]) throws -> [String] {
        var library = TemplateLibrary()
        for (name, source) in templates { try library.register(source, named: name) }
        return library.unknownFields(roots: roots.map { (template: $0.0, contexts: $0.1) }, schema: schema).map {
            "\($0.template):\($0.line):\($0.column) \($0.written) missing \($0.missing) in \($0.searched) deeper \($0.deeper)"
        }
    }

    @Test func namesFoundInTheContextsOrAroundThemPass() throws {
        #expect(try unknown(["main": "{{title}}{{#owner}}{{name}}{{title}}{{#items}}{{label}}{{name}}{{/items}}{{/owner}}{{owner.name}}{{#hasItems}}{{title}}{{/hasItems}}"]) == [])
    }

    @Test func aMisspeltNameIsReportedWhereItIsWritten() throws {
        #expect(try unknown(["main": "{{title}}\n  {{titel}}{{owner.nmae}}"]) == [
            "main:2:3 titel missing titel in Page deeper []",
            "main:2:12 owner.nmae missing nmae in Owner deeper []",
        ])
    }

    /// A name a section holds, read outside it: the message can say where it is.
    @Test func aNameOutsideTheSectionThatHoldsItSaysWhere() throws {
        #expect(try unknown(["main": "{{name}}{{#label}}x{{/label}}"]) == [
            "main:1:1 name missing name in Page deeper [\"owner.name\"]",
            "main:1:9 label missing label in Page deeper [\"items.label\"]",
        ])
    }

    /// A section over a list reads each item's fields; an inverted one shows only when there
    /// is nothing, so it reads the fields around it.
    @Test func sectionsOverListsReadTheItemsAndInvertedOnesDoNot() throws {
        #expect(try unknown(["main": "{{#items}}{{label}}{{/items}}{{^items}}{{label}}{{title}}{{/items}}"]) == [
            "main:1:40 label missing label in Page deeper [\"items.label\"]",
        ])
    }

    @Test func anUnknownValueAcceptsAnyName() throws {
        #expect(try unknown(["main": "{{#extra}}{{whatever}}{{/extra}}{{extra.deep.name}}"]) == [])
    }

    /// A partial that includes itself for each level of a tree is walked to its end.
    @Test func aRecursivePartialEnds() throws {
        #expect(try unknown([
            "main": "{{#items}}{{>node}}{{/items}}",
            "node": "{{label}}{{#children}}{{>node}}{{/children}}{{lable}}",
        ]) == ["node:1:45 lable missing lable in Item deeper []"])
    }

    /// A partial shared by two pages may read a field only one of them has; a name neither
    /// has is reported.
    @Test func aSharedPartialIsToldOnlyOfNamesNoPlaceHolds() throws {
        let templates = ["page": "{{>shared}}", "other": "{{>shared}}", "shared": "{{title}}{{note}}{{nope}}"]
        #expect(try unknown(templates, roots: [("page", [.object("Page")]), ("other", [.object("Other")])]) == [
            "shared:1:18 nope missing nope in Page deeper []",
        ])
        #expect(try unknown(templates, roots: [("page", [.object("Page")])]) == [
            "shared:1:10 note missing note in Page deeper []",
            "shared:1:18 nope missing nope in Page deeper []",
        ])
    }

    /// Blocks given to a parent are read where the parent shows them, with the child's contexts.
    @Test func blocksAreCheckedWhereTheParentShowsThem() throws {
        #expect(try unknown([
            "layout": "<h1>{{title}}</h1>{{#owner}}{{$main}}{{tilte}}{{/main}}{{/owner}}",
            "main": "{{<layout}}{{$main}}{{name}}{{nam}}{{/main}}{{/layout}}",
        ]) == ["main:1:29 nam missing nam in Owner deeper []"])
    }

    /// Partials that include each other under sections of ten types that hold each other
    /// would be walked in millions of orders; the walk stops at its limit instead.
    @Test func aThemeThatWouldBeWalkedWithoutEndIsCut() throws {
        let names = (0..<10).map { "t\($0)" }
        let types = Dictionary(uniqueKeysWithValues: names.map { type in
            (type, Dictionary(uniqueKeysWithValues: names.map { ($0, TemplateSchema.Shape.object($0)) }))
        })
        var library = TemplateLibrary()
        try library.register(names.map { "{{#\($0)}}{{>p}}{{/\($0)}}" }.joined() + "{{nope}}", named: "p")
        let found = library.unknownFields(roots: [(template: "p", contexts: [.object("t0")])], schema: TemplateSchema(types: types))
        #expect(found.map(\.written) == ["nope"])
    }
}
