/// What a template sees. Rendering switches over these cases instead of casting `Any` at
/// run time: with swift-mustache, the dynamic casts behind every `{{name}}` were most of the
/// time a build spent rendering.
public enum TemplateValue {
    case null
    case bool(Bool)
    case int(Int)
    case text(String)
    case list([TemplateValue])
    /// A value with named fields: a view model or a dictionary.
    case object(any TemplateObject)

    /// The value of `name` inside this one; `.null` when it has no such field.
    @inlinable
    public func field(_ name: String) -> TemplateValue {
        if case .object(let object) = self { return object.field(named: name) }
        return .null
    }

    @inlinable
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A value whose fields templates read by name (`{{owner.name}}`).
public protocol TemplateObject {
    /// The field's value, `.null` when there is no such field or it has no value: a null
    /// field lets the lookup continue in the enclosing contexts, as Mustache does.
    func field(named name: String) -> TemplateValue
}

/// Types that turn into a template value.
public protocol TemplateValueConvertible {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .int(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

extension Dictionary: TemplateObject where Key == String, Value: TemplateValueConvertible {
    public func field(named name: String) -> TemplateValue {
        self[name]?.templateValue ?? .null
    }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {
    public var templateValue: TemplateValue { .object(self) }
}
