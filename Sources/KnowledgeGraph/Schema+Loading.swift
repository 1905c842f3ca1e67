extension Schema {
    /// The file name of a schema extension, which a pack folder or a knowledge root may carry.
    public static let extensionFile = "schema-extension.yaml"

    /// Reads and checks `schema.yaml`: kinds with typed attributes, relation types with domain,
    /// range and inverse. Names must be unique across kind words and across attribute and relation names,
    /// so a query word always means one thing.
    /// - Throws: `KnowledgeError` with every problem found.
    public static func load(text: String, file: String) throws -> Schema {
        try load(text: text, file: file, extensions: [])
    }

    /// Reads `schema.yaml` and merges the extensions into it, in order: each may add kinds, attributes of
    /// existing kinds, relation types, kinds to a relation's domain and range, and xrefs, but may not
    /// redefine a word; a clash is an error at the extension's word that says where the word is defined.
    /// - Throws: `KnowledgeError` with every problem of every file.
    public static func load(text: String, file: String, extensions: [(text: String, file: String)]) throws -> Schema {
        var builder = SchemaBuilder()
        builder.read(text: text, file: file, isExtension: false)
        for schemaExtension in extensions {
            builder.read(text: schemaExtension.text, file: schemaExtension.file, isExtension: true)
        }
        return try builder.schema()
    }
}
