import KnowledgeGraph

/// Reads statements' fields the way `statements` filters, sorts, lists and selects them, from
/// values any executor can get from its store: the hedge word for "asserted", the documents'
/// dates, and the entities named by the texts a plan compares `subject` and `object` with.
public struct StatementFields: Sendable {
    public var assertedHedge: String
    /// Each document's date, by id: a statement without its own as-of date speaks for it.
    public var documentDates: [String: PartialDate]
    /// For each text a plan compares `subject` or `object` with (lower-cased), the ids of the
    /// entities whose id, name or alias it is (lower-cased).
    public var named: [String: Set<String>]

    public init(assertedHedge: String, documentDates: [String: PartialDate], named: [String: Set<String>]) {
        self.assertedHedge = assertedHedge
        self.documentDates = documentDates
        self.named = named
    }

    /// The texts a plan compares `subject` or `object` with by `=`/`!=`, whose entities `named` must hold.
    public static func namesCompared(in plan: FactPlan) -> Set<String> {
        var texts: Set<String> = []
        for case .filter(let predicate) in plan.stages {
            var pending = [predicate]
            while let next = pending.popLast() {
                switch next {
                case .and(let a, let b), .or(let a, let b): pending += [a, b]
                case .not(let inner): pending.append(inner)
                case .compare(let field, .equal(let text, _, _)) where field == .subject || field == .object: texts.insert(text.lowercased())
                default: break
                }
            }
        }
        return texts
    }

    /// The statements `plan` selects from `facts` (given in graph order), in graph order unless sorted.
    public func apply(_ plan: FactPlan, to facts: [Fact], cancellation: Cancellation?) throws -> [Fact] {
        var facts = facts
        for stage in plan.stages {
            try cancellation?.check()
            switch stage {
            case .filter(let predicate):
                facts = facts.filter(self.predicate(predicate))
            case .order(let field, let descending):
                facts = facts.sorted(byValue: { values($0, field).first }, descending: descending)
            case .limit(let count):
                facts = Array(facts.prefix(max(0, count)))
            }
        }
        return facts
    }

    /// Statements as rows: subject, predicate, object, hedge, negated, as-of, document, where.
    public func rows(_ facts: [Fact]) -> Rows {
        let rows = facts.map { fact -> [Rows.Cell] in
            [.entity(fact.subject), .text(fact.predicate), .text(fact.object.text), .text(fact.qualifiers.hedge ?? assertedHedge)] + sourceCells(fact)
        }
        let columns = [Rows.Column("subject", .identifier), Rows.Column("predicate", .topic), Rows.Column("object", .topic)]
            + ["hedge", "negated", "as-of", "document", "where"].map { Rows.Column($0) }
        return Rows(columns: columns, rows: rows, noun: Noun("statement", "statements"), selectable: true)
    }

    /// `select FIELD, … from statements …`.
    public func select(_ fields: [StatementField], columns: [String], from facts: [Fact]) -> Rows {
        let rows = facts.map { fact in
            fields.map { field -> Rows.Cell in
                let values = values(fact, field)
                if values.count == 1, case .number(let number)? = values.first { return .number(number) }
                let texts = values.map(\.description)
                return texts.isEmpty ? .empty : texts.count == 1 ? .text(texts[0]) : .list(texts)
            }
        }
        return Rows(columns: columns.map { Rows.Column($0) }, rows: rows, noun: Noun("statement", "statements"), selectable: true)
    }

    /// `conflicts`: every statement on a field where sources disagree, grouped by entity and field.
    public func conflicts(_ conflicts: [Conflict]) -> Rows {
        var rows: [[Rows.Cell]] = []
        for conflict in conflicts {
            for fact in conflict.facts {
                rows.append([.entity(conflict.entity), .text(conflict.field), .text(fact.object.text)] + sourceCells(fact))
            }
        }
        let columns = [Rows.Column("entity", .identifier), Rows.Column("field", .topic), Rows.Column("value", .topic)]
            + ["negated", "as-of", "document", "where"].map { Rows.Column($0) }
        return Rows(columns: columns, rows: rows, noun: Noun("conflicting statement", "conflicting statements"))
    }

    /// A statement's `negated`, `as-of`, `document` and `where` cells, as `statements` and `conflicts` show them.
    private func sourceCells(_ fact: Fact) -> [Rows.Cell] {
        [.text(fact.qualifiers.negated ? "true" : "false"), asOf(fact).map { .text($0.description) } ?? .empty, .text(fact.document),
         .text(Set(fact.provenance.map(\.citation)).sorted().joined(separator: "; "))]
    }

    /// The date a statement speaks for: its own as-of date, else its document's date.
    public func asOf(_ fact: Fact) -> PartialDate? {
        fact.qualifiers.asOf ?? documentDates[fact.document]
    }

    /// The values a statement has for a field, typed for comparison and sorting.
    public func values(_ fact: Fact, _ field: StatementField) -> [Value] {
        switch field {
        case .subject: return [.text(fact.subject)]
        case .predicate: return [.text(fact.predicate)]
        case .object:
            if case .value(let value) = fact.object { return [value] }
            return [.text(fact.object.text)]
        case .kind: return [.enumeration(fact.isRelation ? "relation" : "attribute")]
        case .hedge: return [.enumeration(fact.qualifiers.hedge ?? assertedHedge)]
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
    public func predicate(_ predicate: Predicate<StatementField>) -> (Fact) -> Bool {
        switch predicate {
        case .and(let a, let b):
            let (left, right) = (self.predicate(a), self.predicate(b))
            return { left($0) && right($0) }
        case .or(let a, let b):
            let (left, right) = (self.predicate(a), self.predicate(b))
            return { left($0) || right($0) }
        case .not(let inner):
            let test = self.predicate(inner)
            return { !test($0) }
        case .has(let field):
            return { !values($0, field).isEmpty }
        case .compare(let field, let comparison):
            let test = self.test(field, comparison)
            if case .equal(_, _, negated: true) = comparison {
                return { fact in
                    let values = values(fact, field)
                    return !values.isEmpty && !values.contains(where: test)
                }
            }
            return { fact in values(fact, field).contains(where: test) }
        }
    }

    /// The test one value of `field` must pass; `subject` and `object` also match an entity's name or alias.
    private func test(_ field: StatementField, _ comparison: Comparison) -> (Value) -> Bool {
        switch comparison {
        case .ordering(let comparison, let bounds):
            return { actual in bounds.contains { comparison.accepts(Value.compare(GraphExecutor.truncated(actual, like: $0), $0)) } }
        case .contains(let text):
            let needle = text.lowercased()
            return { $0.description.lowercased().contains(needle) }
        case .equal(let text, let number, _):
            let needle = text.lowercased()
            // An entity named by name or alias stands for its id.
            let ids = field == .subject || field == .object ? named[needle] ?? [] : []
            return { actual in
                if let number, case .number(let n) = actual { return n == number }
                let key = actual.key
                return key == needle || ids.contains(key)
            }
        }
    }
}
