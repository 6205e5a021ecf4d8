/// What a template sees. Rendering switches over these cases instead of casting `Any` at
/// run time, which a build of tens of thousands of pages would do for every `{{name}}`.
public enum TemplateValue {
    case null
    case bool(Bool)
    case int(Int)
    case text(String)
    /// Markup already made as UTF-8 bytes (a drawn map): `{{{…}}}` copies it as it is, with no
    /// String in between (making one would validate the bytes again).
    case markup([UInt8])
    case list([TemplateValue])
    /// A value with named fields: a view model or a dictionary (`object(_:)` makes one). It is
    /// held by reference, so copying it while rendering (onto the context stack, out of a list)
    /// is one retain, where an existential would copy the whole view model each time.
    case box(TemplateObjectBox)

    /// Inlinable, so each view model's box type is found once where it is made rather than
    /// looked up in the runtime's table of generic types at every call.
    @inlinable
    public static func object(_ object: some TemplateObject) -> TemplateValue {
        .box(BoxedObject(object))
    }

    /// The value of `name` inside this one; `.null` when it has no such field.
    public func field(_ name: String) -> TemplateValue {
        if case .box(let box) = self { return box.field(named: name) }
        return .null
    }

    public func field(id: Int, named name: String) -> TemplateValue {
        if case .box(let box) = self { return box.field(id: id, named: name) }
        return .null
    }

    @inlinable
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A template object held by reference; `TemplateValue.object(_:)` makes one.
public class TemplateObjectBox {
    @usableFromInline init() {}
    func field(named name: String) -> TemplateValue { .null }
    func field(id: Int, named name: String) -> TemplateValue { .null }
}

@usableFromInline
final class BoxedObject<Object: TemplateObject>: TemplateObjectBox {
    let object: Object

    @usableFromInline
    init(_ object: Object) {
        self.object = object
    }

    override func field(named name: String) -> TemplateValue { object.field(named: name) }
    override func field(id: Int, named name: String) -> TemplateValue { object.field(id: id, named: name) }
}

/// A value whose fields templates read by name (`{{owner.name}}`).
public protocol TemplateObject {
    /// The field's value, `.null` when there is no such field or it has no value: a null
    /// field lets the lookup continue in the enclosing contexts, as Mustache does.
    func field(named name: String) -> TemplateValue
    /// The same, with the name's number from `FieldName`.
    func field(id: Int, named name: String) -> TemplateValue
}

/// Types that turn into a template value.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    @inlinable public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    @inlinable public var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    @inlinable public var templateValue: TemplateValue { .bool(self) }
}

// The generic conversions are inlinable so each use is specialized where it is written, not
// run generically with a lookup of the element's types in the runtime's tables every call.
extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    @inlinable public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    // A closure, not `map(\.templateValue)`: in this generic context the key path is made
    // at run time on every call, which cost about 3% of a build.
    @inlinable public var templateValue: TemplateValue { .list(map { $0.templateValue }) }
}

extension Dictionary: TemplateObject where Key == String, Value: TemplateValueConvertible {
    @inlinable public func field(named name: String) -> TemplateValue {
        self[name]?.templateValue ?? .null
    }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {
    @inlinable public var templateValue: TemplateValue { .object(self) }
}

import Synchronization

/// Field names as small integers, so a view model finds a field by indexing an array instead
/// of hashing the name at every level of every lookup. Names are numbered as templates are
/// parsed and as view-model tables are built; numbering takes a lock, reading never does.
public enum FieldName {
    private static let numbers = Mutex<[String: Int]>([:])

    public static func id(_ name: String) -> Int {
        numbers.withLock { numbers in
            if let known = numbers[name] { return known }
            let next = numbers.count
            numbers[name] = next
            return next
        }
    }
}

/// A view model's fields by number. A name numbered after the table was built cannot be one
/// of its fields (those were numbered when it was built), so a number past the end is simply
/// no such field.
public struct FieldTable<Model>: Sendable {
    @usableFromInline let readers: [(@Sendable (Model) -> TemplateValue)?]

    public init(_ fields: [String: @Sendable (Model) -> TemplateValue]) {
        let numbered = fields.sorted { $0.key < $1.key }.map { (FieldName.id($0.key), $0.value) }
        var readers = [(@Sendable (Model) -> TemplateValue)?](repeating: nil, count: (numbered.map(\.0).max() ?? -1) + 1)
        for (id, read) in numbered { readers[id] = read }
        self.readers = readers
    }

    @inlinable
    public func read(_ model: Model, id: Int) -> TemplateValue {
        guard id < readers.count, let read = readers[id] else { return .null }
        return read(model)
    }
}

extension TemplateObject {
    /// By number when the object keeps a `FieldTable`; by name otherwise.
    public func field(id: Int, named name: String) -> TemplateValue {
        field(named: name)
    }
}

/// Values known by name, looked up by number like a view model's `FieldTable`: for the
/// contexts every page has (the layout's fields), which templates reach from everywhere, as
/// Mustache looks a name up through every enclosing context. A dictionary hashed the name at
/// each of those lookups.
public struct FieldValues: TemplateObject {
    private let byID: [TemplateValue?]
    private let byName: [String: TemplateValue]

    public init(_ values: [String: TemplateValue]) {
        byName = values
        byID = numbered(values)
    }

    public func field(named name: String) -> TemplateValue {
        byName[name] ?? .null
    }

    public func field(id: Int, named name: String) -> TemplateValue {
        id < byID.count ? byID[id] ?? .null : .null
    }
}

/// A language's UI strings (`{{t.nav_home}}`), numbered once per language and shared by its
/// pages.
public struct StringTable: TemplateObject, Sendable {
    private let byID: [String?]
    public let byName: [String: String]

    public init(_ strings: [String: String]) {
        byName = strings
        byID = numbered(strings)
    }

    public subscript(name: String) -> String? { byName[name] }

    public func field(named name: String) -> TemplateValue {
        byName[name].map(TemplateValue.text) ?? .null
    }

    public func field(id: Int, named name: String) -> TemplateValue {
        guard id < byID.count, let text = byID[id] else { return .null }
        return .text(text)
    }
}

/// `values` in an array indexed by each name's `FieldName` number.
private func numbered<Value>(_ values: [String: Value]) -> [Value?] {
    let ids = values.map { (FieldName.id($0.key), $0.value) }
    var table = [Value?](repeating: nil, count: (ids.map(\.0).max() ?? -1) + 1)
    for (id, value) in ids { table[id] = value }
    return table
}
