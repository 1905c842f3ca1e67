import KnowledgeGraph
import KnowledgeQuery

/// `statements`: the engine narrows the statements by the conditions it can test exactly at the
/// top of the first filter (subject, predicate, document, kind, hedge, negated, asserted); the
/// client reads them back and applies the whole plan with `StatementFields`, as in memory.
extension Run {
    /// The statements a statement query selects, in graph order unless sorted.
    func facts(_ plan: FactPlan) throws -> [Fact] {
        var pattern = "?st a kx:Statement ."
        if case .filter(let predicate)? = plan.stages.first {
            for leaf in predicate.leaves { pattern += try narrowing(leaf).map { "\n" + $0 } ?? "" }
        }
        let stated = try statements(where: pattern)
        let kinds = try self.kinds(of: Set(stated.map(\.fact.subject)))
        let ordered = stated.sorted { a, b in
            let (x, y) = (EntityRef(id: a.fact.subject, kind: kinds[a.fact.subject] ?? ""), EntityRef(id: b.fact.subject, kind: kinds[b.fact.subject] ?? ""))
            return x == y ? a.order < b.order : x < y
        }.map(\.fact)
        return try statementFields(for: plan, facts: ordered).apply(plan, to: ordered, cancellation: cancellation)
    }

    /// How `statements` reads fields here: the documents' dates and the entities the plan names.
    func statementFields(for plan: FactPlan, facts: [Fact]) throws -> StatementFields {
        let documents = try self.documents(Set(facts.map(\.document)))
        var named: [String: Set<String>] = [:]
        for text in StatementFields.namesCompared(in: plan) { named[text] = Set(executor.lookUp(text).map { $0.id.lowercased() }) }
        return StatementFields(assertedHedge: schema.assertedHedge, documentDates: documents.compactMapValues(\.date), named: named)
    }

    /// A pattern only the statements that can meet `leaf` match, when the engine can test it exactly.
    private func narrowing(_ leaf: Predicate<StatementField>) throws -> String? {
        guard case .compare(let field, .equal(let text, _, negated: false)) = leaf else { return nil }
        let word = text.lowercased()
        switch field {
        case .subject:
            let ids = Set([word]).union(executor.lookUp(text).map(\.id))
            return "\(values("?subject", ids.sorted())) ?st rdf:subject ?subject ."
        case .predicate:
            let names = Set(schema.kinds.flatMap { $0.attributes.map(\.name) } + schema.relations.map(\.name)).filter { $0.lowercased() == word }
            return "VALUES ?predicate { \(names.sorted().map(vocabulary.property).joined(separator: " ")) } ?st rdf:predicate ?predicate ."
        case .document:
            return "?st prov:wasDerivedFrom ?document . FILTER(LCASE(STRAFTER(STR(?document), \(SPARQLText.literal(vocabulary.documentBase)))) = \(SPARQLText.literal(word)))"
        case .kind:
            return "?st rdf:object ?object . FILTER(\(word == "relation" ? "isIRI" : "isLiteral")(?object))"
        case .negated:
            return "?st kx:negated \(word == "true") ."
        case .hedge where word == schema.assertedHedge.lowercased():
            return "FILTER NOT EXISTS { ?st kx:hedge ?anyHedge }"
        case .hedge:
            return "?st kx:hedge ?hedgeWord . FILTER(LCASE(?hedgeWord) = \(SPARQLText.literal(word)))"
        case .asserted where word == "true":
            return "?st kx:negated false . FILTER NOT EXISTS { ?st kx:hedge ?anyHedge }"
        case .asserted:
            return "FILTER(EXISTS { ?st kx:negated true } || EXISTS { ?st kx:hedge ?anyHedge })"
        default:
            return nil
        }
    }

    /// `statements` as rows.
    func statementRows(_ facts: [Fact]) throws -> Rows {
        try statementFields(for: FactPlan(stages: []), facts: facts).rows(facts)
    }

    /// `select FIELD, … from statements …`.
    func selectStatements(_ fields: [StatementField], columns: [String], from facts: [Fact]) throws -> Rows {
        try statementFields(for: FactPlan(stages: []), facts: facts).select(fields, columns: columns, from: facts)
    }
}
