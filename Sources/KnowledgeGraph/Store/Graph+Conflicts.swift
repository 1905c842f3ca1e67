extension Graph {
    /// Where sources disagree, entity by entity in graph order (see `Conflict.find`).
    public func conflicts() -> [Conflict] {
        (0..<entityCount).flatMap { position in
            Conflict.find(in: entity(at: position), relations: relationIndexes(at: position, .outgoing).map(relation(at:)), schema: schema)
        }
    }
}
