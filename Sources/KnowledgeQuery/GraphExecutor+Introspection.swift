import KnowledgeGraph

extension GraphExecutor {
    /// `kinds`: each kind with its plural, how many entities it has, and its meaning.
    func kindRows() -> QueryResult {
        let rows = graph.schema.kinds.map { kind -> [Rows.Cell] in
            [.text(kind.name), .text(kind.plural), .number(Double(graph.positions(ofKind: kind.name).count)), .text(kind.meaning)]
        }
        let columns = [Rows.Column("kind"), Rows.Column("plural"), Rows.Column("entities", .quantity), Rows.Column("meaning")]
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("kind", "kinds")))
    }

    /// `relations`: each relation type with its inverse, ends, number of facts and meaning.
    func relationRows() -> QueryResult {
        let counts = graph.relationCounts()
        let rows = graph.schema.relations.map { type -> [Rows.Cell] in
            [.text(type.name), .text(type.inverse), .list(type.domain), .list(type.range), .number(Double(counts[type.name] ?? 0)), .text(type.meaning)]
        }
        let columns = ["relation", "inverse", "from", "to"].map { Rows.Column($0) } + [Rows.Column("facts", .quantity), Rows.Column("meaning")]
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("relation", "relations")))
    }

    /// `schema KIND`: the fields a kind can be filtered on, with types and meanings; `schema` alone: every kind's.
    func schemaRows(_ topic: Plan.SchemaTopic) -> QueryResult {
        let kinds: [EntityKind]
        switch topic {
        case .everything: kinds = graph.schema.kinds
        case .kind(let name): kinds = graph.schema.kinds.filter { $0.name == name }
        case .statements: return statementSchemaRows()
        }
        var rows: [[Rows.Cell]] = []
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
        return .rows(Rows(columns: Self.schemaColumns, rows: rows, noun: Noun("field", "fields")))
    }

    /// `schema statements`: the fields of the `statements` source, and the hedge scale.
    func statementSchemaRows() -> QueryResult {
        var rows = StatementField.allCases.map { field -> [Rows.Cell] in
            var type = field.type.summary
            if field == .hedge { type += " (\(graph.schema.hedges.map(\.name).joined(separator: ", ")))" }
            return [.text("statement"), .text(field.rawValue), .text(type), .text(field.meaning)]
        }
        rows += graph.schema.hedges.map { [.text("hedge"), .text($0.name), .text("hedge"), .text($0.meaning)] }
        return .rows(Rows(columns: Self.schemaColumns, rows: rows, noun: Noun("field", "fields")))
    }

    /// `sources`: each document with its citation, sentence count and how many quotes cite it.
    func sourceRows() -> QueryResult {
        let quotes = graph.quoteCounts()
        let rows = graph.documentIDs.compactMap(graph.document).map { document -> [Rows.Cell] in
            let sentences = document.segments.filter { $0.role == .sentence }.count
            return [.text(document.id), .number(Double(sentences)), .number(Double(quotes[document.id] ?? 0)), .text(document.citation)]
        }
        let columns = [Rows.Column("document"), Rows.Column("sentences", .quantity), Rows.Column("quotes", .quantity), Rows.Column("citation")]
        return .rows(Rows(columns: columns, rows: rows, noun: Noun("document", "documents")))
    }

    /// The columns of `schema` and `schema statements`.
    static let schemaColumns = ["kind", "field", "type", "meaning"].map { Rows.Column($0) }
}
