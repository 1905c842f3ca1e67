import KnowledgeGraph
import Rendering

extension Evaluator {
    /// `kinds`: each kind with its plural, how many entities it has, and its meaning.
    func kindsTable() -> QueryResult {
        let rows = graph.schema.kinds.map { kind -> [Table.Cell] in
            [.text(kind.name), .text(kind.plural), .number(Double(graph.positions(ofKind: kind.name).count)), .text(kind.meaning)]
        }
        let columns = [Table.Column(name: "kind"), Table.Column(name: "plural"), Table.Column(name: "entities", alignment: .right), Table.Column(name: "meaning")]
        return .table(Table(columns: columns, rows: rows), noun: Noun("kind", "kinds"))
    }

    /// `relations`: each relation type with its inverse, ends, number of facts and meaning.
    func relationsTable() -> QueryResult {
        let counts = graph.relationCounts()
        let rows = graph.schema.relations.map { type -> [Table.Cell] in
            [.text(type.name), .text(type.inverse), .list(type.domain), .list(type.range), .number(Double(counts[type.name] ?? 0)), .text(type.meaning)]
        }
        let columns = ["relation", "inverse", "from", "to"].map { Table.Column(name: $0) }
            + [Table.Column(name: "facts", alignment: .right), Table.Column(name: "meaning")]
        return .table(Table(columns: columns, rows: rows), noun: Noun("relation", "relations"))
    }

    /// `schema KIND`: the fields a kind can be filtered on, with types and meanings; `schema` alone: every kind's.
    func schemaTable(_ name: Name?) throws -> QueryResult {
        if let name, Self.statementWords.contains(name.text.lowercased()) { return statementSchemaTable() }
        var kinds = graph.schema.kinds
        if let name {
            guard let kind = graph.schema.kind(named: name.text) else {
                throw QueryError(span: name.span, message: "unknown kind '\(name.text)'", notes: QueryError.suggestion(name.text, graph.schema.kindWords))
            }
            kinds = [kind]
        }
        var rows: [[Table.Cell]] = []
        for kind in kinds {
            for attribute in kind.attributes {
                var type = attribute.type.summary
                if attribute.multiple { type += ", several" }
                rows.append([.text(kind.name), .text(attribute.name), .text(type), .text(attribute.meaning)])
            }
            for relation in graph.schema.relations {
                if relation.domain.contains(kind.name) {
                    rows.append([.text(kind.name), .text(relation.name), .text("relation -> \(relation.range.joined(separator: ", "))"), .text(relation.meaning)])
                }
                if relation.range.contains(kind.name) {
                    rows.append([.text(kind.name), .text(relation.inverse), .text("relation <- \(relation.domain.joined(separator: ", "))"), .text("inverse of \(relation.name)")])
                }
            }
        }
        let columns = ["kind", "field", "type", "meaning"].map { Table.Column(name: $0) }
        return .table(Table(columns: columns, rows: rows), noun: Noun("field", "fields"))
    }

    /// `schema statements`: the fields of the `statements` source, and the hedge scale.
    func statementSchemaTable() -> QueryResult {
        var rows = StatementField.allCases.map { field -> [Table.Cell] in
            var type = field.type.summary
            if field == .hedge { type += " (\(graph.schema.hedges.map(\.name).joined(separator: ", ")))" }
            return [.text("statement"), .text(field.rawValue), .text(type), .text(field.meaning)]
        }
        rows += graph.schema.hedges.map { [.text("hedge"), .text($0.name), .text("hedge"), .text($0.meaning)] }
        let columns = ["kind", "field", "type", "meaning"].map { Table.Column(name: $0) }
        return .table(Table(columns: columns, rows: rows), noun: Noun("field", "fields"))
    }

    /// `sources`: each document with its citation, sentence count and how many quotes cite it.
    func sourcesTable() -> QueryResult {
        let quotes = graph.quoteCounts()
        let rows = graph.documentIDs.compactMap(graph.document).map { document -> [Table.Cell] in
            let sentences = document.segments.filter { $0.role == .sentence }.count
            return [.text(document.id), .number(Double(sentences)), .number(Double(quotes[document.id] ?? 0)), .text(document.citation)]
        }
        let columns = [Table.Column(name: "document"), Table.Column(name: "sentences", alignment: .right),
                       Table.Column(name: "quotes", alignment: .right), Table.Column(name: "citation")]
        return .table(Table(columns: columns, rows: rows), noun: Noun("document", "documents"))
    }
}
