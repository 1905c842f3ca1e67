import Foundation

/// A name as written in a statement, with its offsets for error carets.
public struct Name: Hashable, Sendable {
    public var text: String
    public var span: Range<Int>
    /// True when it was written in quotes (then it always names an entity, never a kind or keyword).
    public var quoted: Bool

    public init(text: String, span: Range<Int>, quoted: Bool = false) {
        self.text = text
        self.span = span
        self.quoted = quoted
    }
}

/// A field reference: an attribute or relation name, or a dotted path of relations ending in one.
public struct FieldPath: Hashable, Sendable {
    public var segments: [Name]

    public var span: Range<Int> {
        (segments.first?.span.lowerBound ?? 0)..<(segments.last?.span.upperBound ?? 0)
    }

    public var text: String { segments.map(\.text).joined(separator: ".") }
}

/// A comparison operator in a condition.
public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "="
    case notEqual = "!="
    case contains = "~"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Operators that order values, so need numbers or dates.
    public var isOrdering: Bool {
        [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self)
    }

    /// Whether an ordering operator holds for a value that compares to its bound as `order`.
    func accepts(_ order: ComparisonResult) -> Bool {
        switch self {
        case .less: return order == .orderedAscending
        case .lessOrEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        default: return order != .orderedAscending
        }
    }
}

/// A filter condition: `FIELD op VALUE`, `has FIELD`, combined with `not`, `and`, `or`.
public indirect enum Condition: Hashable, Sendable {
    case compare(FieldPath, ComparisonOperator, Name)
    case has(FieldPath)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
}

/// A query that yields a set of entities.
public indirect enum Query: Hashable, Sendable {
    /// A kind word (`trials`) or `entities` (name text `entities`, all kinds).
    case kind(Name)
    /// An entity named by id, name or alias.
    case entity(Name)
    case filter(Query, Condition)
    /// `-> RELATION` (arrow `.outgoing`) or `<- RELATION` (`.incoming`).
    case step(Query, arrow: ArrowDirection, relation: Name)
    case order(Query, FieldPath, descending: Bool)
    case limit(Query, Int, span: Range<Int>)
}

/// Which arrow a traversal step was written with.
public enum ArrowDirection: String, Hashable, Sendable {
    /// `->`
    case forward = "->"
    /// `<-`
    case backward = "<-"
}

/// One complete statement of the language.
public indirect enum Statement: Hashable, Sendable {
    case query(Query)
    case count(Query)
    case select([FieldPath], from: Query)
    case show(Name)
    case neighbors(Name, depth: Int)
    case path(from: Name, to: Name)
    case why(Name)
    /// `why ENTITY FIELD`: the quotes behind one attribute, or behind every relation of one type.
    case whyField(subject: Name, field: Name)
    /// `why ENTITY RELATION ENTITY` or `why ENTITY ATTRIBUTE VALUE`: the quotes behind one fact.
    case whyFact(subject: Name, relation: Name, object: Name)
    case kinds
    case relations
    case schema(Name?)
    case sources
    /// `conflicts`: the entities and fields on which sources disagree.
    case conflicts
    /// `explain STATEMENT`: what the executor does to answer the statement, such as the SPARQL it sends.
    case explain(Statement)
}
