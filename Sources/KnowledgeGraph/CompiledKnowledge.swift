/// Where a compiled knowledge image is: bytes in memory (the built-in knowledge) or a file, which is
/// mapped into memory and read in place (`KnowledgeStore` opens it).
public enum CompiledKnowledge: Sendable {
    case bytes([UInt8])
    case file(String)
}
