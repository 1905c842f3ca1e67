import KnowledgeGraph

/// The tables of introspection and statements, built from the schema and from values any executor
/// can read from its store, so every executor lays them out the same way.
public enum ResultTables {
    /// `kinds`: each kind with its plural, how many entities it has (by kind name), and its meaning.
    public static func kinds(_ schema: Schema, counts: [String: Int]) -> Rows {
        let rows = schema.kinds.map { kind -> [Rows.Cell] in
            [.text(kind.name), .text(kind.plural), .number(Double(counts[kind.name] ?? 0)), .text(kind.meaning)]
        }
        let columns = [Rows.Column("kind"), Rows.Column("plural"), Rows.Column("entities", .quantity), Rows.Column("meaning")]
        return Rows(columns: columns, rows: rows, noun: Noun("kind", "kinds"))
    }

    /// `relations`: each relation type with its inverse, ends, number of statements (by forward name) and meaning.
    public static func relations(_ schema: Schema, counts: [String: Int]) -> Rows {
        let rows = schema.relations.map { type -> [Rows.Cell] in
            [.text(type.name), .text(type.inverse), .list(type.domain), .list(type.range), .number(Double(counts[type.name] ?? 0)), .text(type.meaning)]
        }
        let columns = ["relation", "inverse", "from", "to"].map { Rows.Column($0) } + [Rows.Column("facts", .quantity), Rows.Column("meaning")]
        return Rows(columns: columns, rows: rows, noun: Noun("relation", "relations"))
    }

    /// `schema KIND`: the fields a kind can be filtered on, with types and meanings; `schema` alone:
    /// every kind's; `schema statements`: the fields of `statements` and the hedge scale.
    public static func schema(_ schema: Schema, _ topic: Plan.SchemaTopic) -> Rows {
        let kinds: [EntityKind]
        switch topic {
        case .everything: kinds = schema.kinds
        case .kind(let name): kinds = schema.kinds.filter { $0.name == name }
        case .statements: return statementSchema(schema)
        }
        var rows: [[Rows.Cell]] = []
        for kind in kinds {
            for attribute in kind.attributes {
                var type = attribute.type.summary
                if attribute.multiple { type += ", several" }
                rows.append([.text(kind.name), .text(attribute.name), .text(type), .text(attribute.meaning)])
            }
            for relation in schema.relations {
                if relation.domain.contains(kind.name) {
                    rows.append([.text(kind.name), .text(relation.name), .text("relation -> \(relation.range.joined(separator: ", "))"), .text(relation.meaning)])
                }
                if relation.range.contains(kind.name) {
                    rows.append([.text(kind.name), .text(relation.inverse), .text("relation <- \(relation.domain.joined(separator: ", "))"), .text("inverse of \(relation.name)")])
                }
            }
        }
        return Rows(columns: schemaColumns, rows: rows, noun: Noun("field", "fields"))
    }

    /// `schema statements`: the fields of the `statements` source, and the hedge scale.
    private static func statementSchema(_ schema: Schema) -> Rows {
        var rows = StatementField.allCases.map { field -> [Rows.Cell] in
            var type = field.type.summary
            if field == .hedge { type += " (\(schema.hedges.map(\.name).joined(separator: ", ")))" }
            return [.text("statement"), .text(field.rawValue), .text(type), .text(field.meaning)]
        }
        rows += schema.hedges.map { [.text("hedge"), .text($0.name), .text("hedge"), .text($0.meaning)] }
        return Rows(columns: schemaColumns, rows: rows, noun: Noun("field", "fields"))
    }

    /// The columns of `schema` and `schema statements`.
    private static let schemaColumns = ["kind", "field", "type", "meaning"].map { Rows.Column($0) }

    /// What `sources` lists of one document.
    public struct Source: Sendable {
        public var id: String
        public var sentences: Int
        public var quotes: Int
        public var citation: String

        public init(id: String, sentences: Int, quotes: Int, citation: String) {
            self.id = id
            self.sentences = sentences
            self.quotes = quotes
            self.citation = citation
        }
    }

    /// `sources`: each document (in id order) with its sentence count, how many quotes cite it, and its citation.
    public static func sources(_ documents: [Source]) -> Rows {
        let rows = documents.map { document -> [Rows.Cell] in
            [.text(document.id), .number(Double(document.sentences)), .number(Double(document.quotes)), .text(document.citation)]
        }
        let columns = [Rows.Column("document"), Rows.Column("sentences", .quantity), Rows.Column("quotes", .quantity), Rows.Column("citation")]
        return Rows(columns: columns, rows: rows, noun: Noun("document", "documents"))
    }
}
