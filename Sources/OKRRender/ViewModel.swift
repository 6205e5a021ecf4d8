import OKRTemplate

/// A view model that answers the templates' field lookups from a table: templates read
/// `{{objective.title}}` through it, typed, with no reflection and no dynamic casts (see
/// OKRTemplate). The structs are in ViewModels.swift; their tables, in
/// ViewModels+Fields.swift, are written from them by `scripts/generate-field-tables.py`.
protocol ViewModel: TemplateObject, TemplateValueConvertible {
    static var fields: [String: @Sendable (Self) -> TemplateValue] { get }
    /// `fields` by number, which is how templates read them.
    static var fieldsByID: FieldTable<Self> { get }
}

extension ViewModel {
    func field(named name: String) -> TemplateValue {
        guard let read = Self.fields[name] else { return .null }
        return read(self)
    }

    func field(id: Int, named name: String) -> TemplateValue {
        Self.fieldsByID.read(self, id: id)
    }

    var templateValue: TemplateValue { .object(self) }
}
