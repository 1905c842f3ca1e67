import Foundation

/// A typed attribute value.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case date(PartialDate)
    case url(String)
    case enumeration(String)

    /// The value as written in a pack and shown to users.
    public var description: String {
        switch self {
        case .text(let text), .url(let text), .enumeration(let text): return text
        case .number(let number): return Value.format(number)
        case .date(let date): return date.description
        }
    }

    /// The lower-cased text used by the attribute-value index and by equality in queries.
    public var key: String { description.lowercased() }

    /// Prints integral numbers without a fractional part.
    public static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// Parses `text` as a value of `type`, or says why it cannot.
    public static func parse(_ text: String, as type: AttributeType) -> Result<Value, ValueError> {
        switch type {
        case .text:
            return text.isEmpty ? .failure(.empty) : .success(.text(text))
        case .number:
            guard let number = Double(text), number.isFinite else { return .failure(.notANumber) }
            return .success(.number(number))
        case .date:
            guard let date = PartialDate(text) else { return .failure(.notADate) }
            return .success(.date(date))
        case .url:
            let looksLikeURL = !text.contains(" ") && text.contains(".") && URL(string: text) != nil
            return looksLikeURL ? .success(.url(text)) : .failure(.notAURL)
        case .enumeration(let allowed):
            return allowed.contains(text) ? .success(.enumeration(text)) : .failure(.notAllowed(allowed))
        }
    }

    /// Orders values of the same type (numbers numerically, dates chronologically, text case-insensitively).
    public static func compare(_ lhs: Value, _ rhs: Value) -> ComparisonResult {
        switch (lhs, rhs) {
        case let (.number(a), .number(b)):
            return a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        case let (.date(a), .date(b)):
            return a < b ? .orderedAscending : b < a ? .orderedDescending : .orderedSame
        default:
            return lhs.key.compare(rhs.key)
        }
    }
}

/// Why a piece of text is not a valid value of an attribute's type.
public enum ValueError: Error, Equatable, Sendable {
    case empty
    case notANumber
    case notADate
    case notAURL
    case notAllowed([String])

    public var explanation: String {
        switch self {
        case .empty: return "an empty text"
        case .notANumber: return "not a number"
        case .notADate: return "not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        case .notAURL: return "not a URL"
        case .notAllowed(let allowed): return "not one of the allowed values (\(allowed.joined(separator: ", ")))"
        }
    }
}
