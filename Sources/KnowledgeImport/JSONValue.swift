/// A JSON value as `JSONReader` reads it, with the line and column (in characters) where it begins.
struct JSONValue {
    /// What the value holds; a number keeps its text as written.
    enum Content {
        case object([Member])
        case array([JSONValue])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    /// One member of an object, in the order written.
    struct Member {
        var key: String
        var value: JSONValue
    }

    var content: Content
    var line: Int
    var column: Int

    /// The value of the member named `key` of an object; nil for another value or a missing key.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = content else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What the value is, in words, for messages ("a number", "an object").
    var kind: String {
        switch content {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}
