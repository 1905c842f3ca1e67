/// The type of an attribute's values, as declared in the schema.
public enum AttributeType: Hashable, Sendable {
    case text
    case number
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case date
    case url
    /// One of a fixed list of lower-case words.
    case enumeration([String])

    /// The name used in `schema.yaml` and in `schema KIND` output.
    public var name: String {
        switch self {
        case .text: return "text"
        case .number: return "number"
        case .date: return "date"
        case .url: return "url"
        case .enumeration: return "enum"
        }
    }

    /// The name with an enumeration's values, as `schema` lists it: `enum (planned, completed)`.
    public var summary: String {
        if case .enumeration(let values) = self { return "\(name) (\(values.joined(separator: ", ")))" }
        return name
    }

    /// Names accepted for `type:` in the schema file.
    public static let names = ["text", "number", "date", "url", "enum"]
}
