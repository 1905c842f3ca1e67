/// What `KnowledgeLoader.compile` wrote: how many entities, relations and documents, and the file's size.
public struct CompiledSummary: Sendable, Equatable {
    public var entities, relations, documents, bytes: Int

    public init(entities: Int, relations: Int, documents: Int, bytes: Int) {
        (self.entities, self.relations, self.documents, self.bytes) = (entities, relations, documents, bytes)
    }
}
