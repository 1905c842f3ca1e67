extension YAMLReader {
    /// `true` or `false` (also `yes` or `no`), for switches such as `negated`.
    public func flag(_ node: YAMLNode, what: String) throws -> Bool {
        switch try scalar(node, what: what).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw KnowledgeError(diagnostic(node, "expected \(what) to be true or false"))
        }
    }
}
