@_exported import KnowledgeGraph
