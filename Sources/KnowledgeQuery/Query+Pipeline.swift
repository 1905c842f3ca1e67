extension Query {
    /// One operation of a query, applied to the result of the query it is written after.
    enum Operation {
        case filter(Condition)
        case step(ArrowDirection, Name)
        case order(FieldPath, descending: Bool)
        case limit(Int)
    }

    /// The name the query starts at and its operations, innermost first. The AST nests each
    /// operation around the query before it; this walks down the nesting without recursion.
    var pipeline: (source: Name, operations: [Operation]) {
        var operations: [Operation] = []
        var query = self
        while true {
            switch query {
            case .kind(let name), .entity(let name):
                return (name, operations.reversed())
            case .filter(let inner, let condition):
                operations.append(.filter(condition))
                query = inner
            case .step(let inner, let arrow, let relation):
                operations.append(.step(arrow, relation))
                query = inner
            case .order(let inner, let field, let descending):
                operations.append(.order(field, descending: descending))
                query = inner
            case .limit(let inner, let count, _):
                operations.append(.limit(count))
                query = inner
            }
        }
    }
}
