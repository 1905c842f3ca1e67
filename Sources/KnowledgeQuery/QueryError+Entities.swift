import KnowledgeGraph

extension QueryError {
    /// `show trials`: a kind word where one entity is needed, with up to five of its members.
    /// `members` holds the kind's first six ids, so it can tell whether there are more than five.
    public static func kindNotEntity(_ name: Name, kind: EntityKind, members: [String]) -> QueryError {
        let listed = members.isEmpty || members.count > 5 ? [] : ["\(kind.plural): \(members.joined(separator: ", "))"]
        return QueryError(span: name.span, message: "'\(name.text)' is a kind, not an entity", notes: listed + ["list them with: \(kind.plural)"])
    }

    /// A name that picks out several entities where one is needed.
    public static func notOneEntity(_ name: Name, ids: [String]) -> QueryError {
        QueryError(span: name.span, message: "'\(name.text)' names \(ids.count) entities: \(ids.joined(separator: ", "))", notes: ["use an id to pick one"])
    }
}
