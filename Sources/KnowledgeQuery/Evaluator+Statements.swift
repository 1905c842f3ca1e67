import Foundation
import KnowledgeGraph

/// `statements` (also `facts`): every statement of every source as a row, filtered, sorted and
/// limited with the same words as entity queries: `statements where hedge=may`.
extension Evaluator {
    /// The source words that list statements rather than entities.
    static let statementWords: Set<String> = ["statements", "facts"]

    /// Whether `query` lists statements: its innermost source is the word `statements` or `facts`.
    func listsStatements(_ query: Query) -> Bool {
        switch query {
        case .entity(let name): return !name.quoted && Self.statementWords.contains(name.text.lowercased())
        case .kind: return false
        case .filter(let inner, _), .step(let inner, _, _), .order(let inner, _, _), .limit(let inner, _, _): return listsStatements(inner)
        }
    }

    /// The statements a statement query selects, in graph order unless sorted.
    func facts(_ query: Query) throws -> [Fact] {
        switch query {
        case .entity, .kind:
            return graph.facts
        case .filter(let inner, let condition):
            let test = try factPredicate(condition)
            return try facts(inner).filter(test)
        case .step(_, let arrow, let relation):
            throw QueryError(span: relation.span, message: "'\(arrow.rawValue)' follows relations from entities, and statements are not entities",
                             notes: ["filter statements instead: statements where subject=ID"])
        case .order(let inner, let field, let descending):
            let name = try statementField(field)
            return try facts(inner).sorted(byValue: { factValues($0, name).first }, descending: descending)
        case .limit(let inner, let count, _):
            return Array(try facts(inner).prefix(max(0, count)))
        }
    }

    /// Statements as rows: subject, predicate, object, hedge, negated, as-of, document, where.
    func statementRows(_ facts: [Fact]) -> QueryResult {
        let rows = facts.map { fact -> [Rows.Cell] in
            [.entity(fact.subject), .text(fact.predicate), .text(fact.object.text), .text(fact.qualifiers.hedge ?? graph.schema.assertedHedge)]
                + sourceCells(fact)
        }
        let columns = [Rows.Column("subject", .identifier), Rows.Column("predicate", .topic), Rows.Column("object", .topic)]
            + ["hedge", "negated", "as-of", "document", "where"].map { Rows.Column($0) }
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("statement", "statements")))
    }

    /// `select FIELD, … from statements …`.
    func selectStatements(_ fields: [FieldPath], from query: Query) throws -> QueryResult {
        let names = try fields.map(statementField)
        let rows = try facts(query).map { fact in
            names.map { name -> Rows.Cell in
                let values = factValues(fact, name)
                if values.count == 1, case .number(let number)? = values.first { return .number(number) }
                let texts = values.map(\.description)
                return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
        }
        return .rows(Rows(columns: fields.map { Rows.Column($0.text) }, rows: rows, noun: Noun("statement", "statements")))
    }

    /// `conflicts`: every statement on a field where sources disagree, grouped by entity and field.
    func conflictRows() -> QueryResult {
        let conflicts = graph.conflicts()
        var rows: [[Rows.Cell]] = []
        for conflict in conflicts {
            for fact in conflict.facts {
                rows.append([.entity(conflict.entity), .text(conflict.field), .text(fact.object.text)] + sourceCells(fact))
            }
        }
        let columns = [Rows.Column("entity", .identifier), Rows.Column("field", .topic), Rows.Column("value", .topic)]
            + ["negated", "as-of", "document", "where"].map { Rows.Column($0) }
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("conflicting statement", "conflicting statements")))
    }

    /// A statement's `negated`, `as-of`, `document` and `where` cells, as `statements` and `conflicts` show them.
    private func sourceCells(_ fact: Fact) -> [Rows.Cell] {
        [.text(fact.qualifiers.negated ? "true" : "false"), asOf(fact).map { .text($0.description) } ?? .empty, .text(fact.document),
         .text(Set(fact.provenance.map(\.citation)).sorted().joined(separator: "; "))]
    }

    /// The date a statement speaks for: its own as-of date, else its document's date.
    func asOf(_ fact: Fact) -> PartialDate? {
        fact.qualifiers.asOf ?? graph.date(of: fact.document)
    }

    /// A statement field named in a query; anything else is an error listing the fields.
    func statementField(_ path: FieldPath) throws -> StatementField {
        guard path.segments.count == 1, let name = path.segments.first else {
            throw QueryError(span: path.span, message: "statements have no dotted fields", notes: ["fields: \(StatementField.names.joined(separator: ", "))"])
        }
        guard let field = StatementField(rawValue: name.text.lowercased()) else {
            throw QueryError(span: name.span, message: "statements have no field '\(name.text)'",
                             notes: QueryError.suggestion(name.text, StatementField.names) + ["fields: \(StatementField.names.joined(separator: ", "))"])
        }
        return field
    }

    /// The values a statement has for a field, typed for comparison and sorting.
    func factValues(_ fact: Fact, _ field: StatementField) -> [Value] {
        switch field {
        case .subject: return [.text(fact.subject)]
        case .predicate: return [.text(fact.predicate)]
        case .object:
            if case .value(let value) = fact.object { return [value] }
            return [.text(fact.object.text)]
        case .kind: return [.enumeration(fact.isRelation ? "relation" : "attribute")]
        case .hedge: return [.enumeration(fact.qualifiers.hedge ?? graph.schema.assertedHedge)]
        case .negated: return [.enumeration(fact.qualifiers.negated ? "true" : "false")]
        case .asserted: return [.enumeration(fact.qualifiers.isAsserted ? "true" : "false")]
        case .asOf: return asOf(fact).map { [.date($0)] } ?? []
        case .document: return [.text(fact.document)]
        case .sentence:
            let numbers = fact.provenance.flatMap(\.segments).compactMap { $0.hasPrefix("sentence ") ? Double($0.dropFirst(9)) : nil }
            return Array(Set(numbers)).sorted().map { .number($0) }
        case .quote: return fact.provenance.map { .text($0.quote) }
        case .note: return fact.qualifiers.notes.map { .text($0) }
        }
    }

    /// A condition on statements as a predicate, checked once up front.
    func factPredicate(_ condition: Condition) throws -> (Fact) -> Bool {
        switch condition {
        case .and(let a, let b):
            let (left, right) = (try factPredicate(a), try factPredicate(b))
            return { left($0) && right($0) }
        case .or(let a, let b):
            let (left, right) = (try factPredicate(a), try factPredicate(b))
            return { left($0) || right($0) }
        case .not(let inner):
            let test = try factPredicate(inner)
            return { !test($0) }
        case .has(let path):
            let field = try statementField(path)
            return { !factValues($0, field).isEmpty }
        case .compare(let path, let comparison, let value):
            let field = try statementField(path)
            let test = try factComparator(field, path, comparison, value)
            if comparison == .notEqual {
                return { fact in
                    let values = factValues(fact, field)
                    return !values.isEmpty && !values.contains(where: test)
                }
            }
            return { fact in factValues(fact, field).contains(where: test) }
        }
    }

    /// The test one value of `field` must pass; `subject` and `object` also match an entity's name or alias.
    private func factComparator(_ field: StatementField, _ path: FieldPath, _ comparison: ComparisonOperator, _ value: Name) throws -> (Value) -> Bool {
        let needle = value.text.lowercased()
        if comparison.isOrdering {
            guard field.type == .date || field.type == .number else {
                throw QueryError(span: path.span, message: "'\(comparison.rawValue)' compares numbers and dates, but '\(field.rawValue)' is not one",
                                 notes: ["'\(comparison.rawValue)' works on: as-of, sentence"])
            }
            guard case .success(let bound) = Value.parse(value.text, as: field.type) else {
                throw QueryError(span: value.span, message: "'\(value.text)' is not a \(field.type.name); '\(field.rawValue)' is a \(field.type.name)")
            }
            return { actual in
                comparison.accepts(Value.compare(Self.truncated(actual, like: bound), bound))
            }
        }
        if comparison == .contains {
            return { $0.description.lowercased().contains(needle) }
        }
        var allowed: [String] = []
        if case .enumeration(let words) = field.type { allowed = words }
        if field == .hedge { allowed = graph.schema.hedges.map(\.name) }
        if !allowed.isEmpty, !allowed.contains(needle) {
            throw QueryError(span: value.span, message: "'\(value.text)' is not a value of '\(field.rawValue)'",
                             notes: QueryError.suggestion(value.text, allowed) + ["values: \(allowed.joined(separator: ", "))"])
        }
        // An entity named by name or alias stands for its id.
        let ids = field == .subject || field == .object ? Set(graph.entities(named: value.text).map { $0.id.lowercased() }) : []
        let number = field == .sentence ? Double(value.text) : nil
        return { actual in
            if let number, case .number(let n) = actual { return n == number }
            let key = actual.key
            return key == needle || ids.contains(key)
        }
    }
}
