/// An ordered JSON value.
///
/// Unlike `JSONSerialization`, objects keep their members in insertion order so
/// rendered output is deterministic and mirrors the order columns or fields were defined.
public enum JSONValue: Sendable {
    /// A JSON string.
    case string(String)
    /// A JSON number; non-finite values render as `null` because JSON cannot express them.
    case number(Double)
    /// A JSON boolean.
    case bool(Bool)
    /// The JSON `null` literal.
    case null
    /// A JSON array.
    case array([JSONValue])
    /// A JSON object whose members keep the given order (duplicate keys are kept as given).
    case object([(String, JSONValue)])
}

extension JSONValue: Equatable {
    /// Structural equality; object members are compared in order, so `{"a":1,"b":2}` differs from `{"b":2,"a":1}`.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(left), .string(right)):
            return left == right
        case let (.number(left), .number(right)):
            return left == right
        case let (.bool(left), .bool(right)):
            return left == right
        case (.null, .null):
            return true
        case let (.array(left), .array(right)):
            return left == right
        case let (.object(left), .object(right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default:
            return false
        }
    }
}
