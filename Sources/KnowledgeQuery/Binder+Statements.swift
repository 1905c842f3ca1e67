import KnowledgeGraph

/// Binding `statements` (also `facts`): every statement of every source as a row, filtered, sorted
/// and limited with the same words as entity queries: `statements where hedge=may`.
extension Binder {
    /// The source words that list statements rather than entities.
    static let statementWords: Set<String> = ["statements", "facts"]

    /// Whether `query` lists statements: its innermost source is the word `statements` or `facts`.
    static func listsStatements(_ query: Query) -> Bool {
        let source = query.pipeline.source
        return !source.quoted && statementWords.contains(source.text.lowercased())
    }

    /// The plan for a statement query. Its operations are checked from the last written to the
    /// first, so the error reported is the one in the outermost operation.
    func bindStatements(_ query: Query) throws -> FactPlan {
        var stages: [FactPlan.Stage] = []
        for operation in query.pipeline.operations.reversed() {
            switch operation {
            case .filter(let condition):
                stages.append(.filter(try bindStatements(condition)))
            case .step(let arrow, let relation):
                throw QueryError(span: relation.span, message: "'\(arrow.rawValue)' follows relations from entities, and statements are not entities",
                                 notes: ["filter statements instead: statements where subject=ID"])
            case .order(let field, let descending):
                stages.append(.order(try statementField(field), descending: descending))
            case .limit(let count):
                stages.append(.limit(count))
            }
        }
        return FactPlan(stages: stages.reversed())
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

    /// A condition on statements, its fields and values checked.
    private func bindStatements(_ condition: Condition) throws -> Predicate<StatementField> {
        switch condition {
        case .and(let a, let b):
            return .and(try bindStatements(a), try bindStatements(b))
        case .or(let a, let b):
            return .or(try bindStatements(a), try bindStatements(b))
        case .not(let inner):
            return .not(try bindStatements(inner))
        case .has(let path):
            return .has(try statementField(path))
        case .compare(let path, let comparison, let value):
            let field = try statementField(path)
            return .compare(field, try self.comparison(field, path, comparison, value))
        }
    }

    /// What one value of `field` is compared with; enumerations and the hedge scale only take their values.
    private func comparison(_ field: StatementField, _ path: FieldPath, _ comparison: ComparisonOperator, _ value: Name) throws -> Comparison {
        if comparison.isOrdering {
            guard field.type == .date || field.type == .number else {
                throw QueryError(span: path.span, message: "'\(comparison.rawValue)' compares numbers and dates, but '\(field.rawValue)' is not one",
                                 notes: ["'\(comparison.rawValue)' works on: as-of, sentence"])
            }
            guard case .success(let bound) = Value.parse(value.text, as: field.type) else {
                throw QueryError(span: value.span, message: "'\(value.text)' is not \(field.type.name.withIndefiniteArticle); '\(field.rawValue)' is \(field.type.name.withIndefiniteArticle)")
            }
            return .ordering(comparison, bounds: [bound])
        }
        if comparison == .contains { return .contains(value.text) }
        var allowed: [String] = []
        if case .enumeration(let words) = field.type { allowed = words }
        if field == .hedge { allowed = schema.hedges.map(\.name) }
        if !allowed.isEmpty, !allowed.contains(value.text.lowercased()) {
            throw QueryError(span: value.span, message: "'\(value.text)' is not a value of '\(field.rawValue)'",
                             notes: QueryError.suggestion(value.text, allowed) + ["values: \(allowed.joined(separator: ", "))"])
        }
        return .equal(value.text, number: field == .sentence ? Double(value.text) : nil, negated: comparison == .notEqual)
    }
}
