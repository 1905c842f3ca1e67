import Foundation
import KnowledgeGraph

/// Executing `statements` (also `facts`): every statement of every source as a row.
extension GraphExecutor {
    /// The statements a statement query selects, in graph order unless sorted.
    func facts(_ query: FactPlan) throws -> [Fact] {
        var facts = graph.facts
        for stage in query.stages {
            try cancellation?.check()
            switch stage {
            case .filter(let predicate):
                facts = facts.filter(factPredicate(predicate))
            case .order(let field, let descending):
                facts = facts.sorted(byValue: { factValues($0, field).first }, descending: descending)
            case .limit(let count):
                facts = Array(facts.prefix(max(0, count)))
            }
        }
        return facts
    }

    /// Statements as rows: subject, predicate, object, hedge, negated, as-of, document, where.
    func statementRows(_ facts: [Fact]) -> QueryResult {
        let rows = facts.map { fact -> [Rows.Cell] in
            [.entity(fact.subject), .text(fact.predicate), .text(fact.object.text), .text(fact.qualifiers.hedge ?? graph.schema.assertedHedge)]
                + sourceCells(fact)
        }
        let columns = [Rows.Column("subject", .identifier), Rows.Column("predicate", .topic), Rows.Column("object", .topic)]
            + ["hedge", "negated", "as-of", "document", "where"].map { Rows.Column($0) }
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("statement", "statements"), selectable: true))
    }

    /// `select FIELD, … from statements …`.
    func selectStatements(_ fields: [StatementField], columns: [String], from query: FactPlan) throws -> QueryResult {
        let rows = try facts(query).map { fact in
            fields.map { field -> Rows.Cell in
                let values = factValues(fact, field)
                if values.count == 1, case .number(let number)? = values.first { return .number(number) }
                let texts = values.map(\.description)
                return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
        }
        return .rows(Rows(columns: columns.map { Rows.Column($0) }, rows: rows, noun: Noun("statement", "statements"), selectable: true))
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

    /// A bound condition on statements as a test of one statement.
    func factPredicate(_ predicate: Predicate<StatementField>) -> (Fact) -> Bool {
        switch predicate {
        case .and(let a, let b):
            let (left, right) = (factPredicate(a), factPredicate(b))
            return { left($0) && right($0) }
        case .or(let a, let b):
            let (left, right) = (factPredicate(a), factPredicate(b))
            return { left($0) || right($0) }
        case .not(let inner):
            let test = factPredicate(inner)
            return { !test($0) }
        case .has(let field):
            return { !factValues($0, field).isEmpty }
        case .compare(let field, let comparison):
            let test = factTest(field, comparison)
            if case .equal(_, _, negated: true) = comparison {
                return { fact in
                    let values = factValues(fact, field)
                    return !values.isEmpty && !values.contains(where: test)
                }
            }
            return { fact in factValues(fact, field).contains(where: test) }
        }
    }

    /// The test one value of `field` must pass; `subject` and `object` also match an entity's name or alias.
    private func factTest(_ field: StatementField, _ comparison: Comparison) -> (Value) -> Bool {
        switch comparison {
        case .ordering(let comparison, let bounds):
            return { actual in bounds.contains { comparison.accepts(Value.compare(Self.truncated(actual, like: $0), $0)) } }
        case .contains(let text):
            let needle = text.lowercased()
            return { $0.description.lowercased().contains(needle) }
        case .equal(let text, let number, _):
            let needle = text.lowercased()
            // An entity named by name or alias stands for its id.
            let ids = field == .subject || field == .object ? Set(graph.entities(named: text).map { $0.id.lowercased() }) : []
            return { actual in
                if let number, case .number(let n) = actual { return n == number }
                let key = actual.key
                return key == needle || ids.contains(key)
            }
        }
    }
}
