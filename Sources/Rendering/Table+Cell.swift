extension Table {
    /// One value in a table, typed so machine formats (JSON) can keep its kind.
    public enum Cell: Sendable, Equatable {
        /// Free text.
        case text(String)
        /// A number; integral values display without a fractional part.
        case number(Double)
        /// Several values, e.g. synonyms; displayed joined with `, `.
        case list([String])
        /// No value; displayed as nothing and serialised as JSON `null`.
        case empty

        /// The text shown for the cell in textual formats.
        public var plainText: String {
            switch self {
            case .text(let text):
                return text
            case .number(let number):
                return number.compactDescription
            case .list(let items):
                return items.joined(separator: ", ")
            case .empty:
                return ""
            }
        }

        /// The cell as JSON: string, number, array of strings, or `null` when empty.
        public var jsonValue: JSONValue {
            switch self {
            case .text(let text):
                return .string(text)
            case .number(let number):
                return .number(number)
            case .list(let items):
                return .array(items.map(JSONValue.string))
            case .empty:
                return .null
            }
        }
    }
}
