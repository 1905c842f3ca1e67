import EmbeddedKnowledge
import KnowledgeGraph

do {
    let graph = try KnowledgeLoader.load([KnowledgeFiles(root: "Knowledge", files: EmbeddedKnowledge.files())])
    for entity in graph.entities { print(entity.kind, entity.id, entity.name) }
    print(graph.entities.count, graph.relations.count)
} catch let error as KnowledgeError {
    for d in error.diagnostics { print(d.rendered()) }
}
