@_exported import KnowledgeGraph
@_exported import KnowledgeQuery
