import KnowledgeGraph

/// A field of the `statements` source: what each statement can be filtered, sorted and selected on.
public enum StatementField: String, CaseIterable, Sendable {
    case subject, predicate, object, kind, hedge, negated, asserted
    case asOf = "as-of"
    case document, sentence, quote, note

    /// What the field holds, for `schema statements` and error notes.
    var meaning: String {
        switch self {
        case .subject: return "the entity the statement is about (id, name or alias)"
        case .predicate: return "the relation type (forward name) or the attribute"
        case .object: return "the related entity (id, name or alias) or the attribute's value"
        case .kind: return "relation or attribute"
        case .hedge: return "how firmly the source states it, on the schema's hedge scale"
        case .negated: return "true when the source denies it"
        case .asserted: return "true when neither hedged nor denied: what filters on entities count"
        case .asOf: return "the date it speaks for: its own as-of date, else the document's date"
        case .document: return "the id of the source document"
        case .sentence: return "the numbers of the sentences its quotes fall in"
        case .quote: return "its verbatim quotes"
        case .note: return "the curator's notes on how it was modelled"
        }
    }

    /// The type its values are compared as.
    var type: AttributeType {
        switch self {
        case .asOf: return .date
        case .sentence: return .number
        case .kind: return .enumeration(["relation", "attribute"])
        case .negated, .asserted: return .enumeration(["true", "false"])
        default: return .text
        }
    }
}

/// The fields of `statements` as query words.
extension StatementField {
    static let names = allCases.map(\.rawValue)
}
