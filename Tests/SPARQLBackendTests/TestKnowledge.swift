import EmbeddedKnowledge
import Foundation
import KnowledgeGraph

/// The fictional literature of the query tests (Tests/KnowledgeQueryTests/Fixtures/literature: two
/// packs about the made-up drug velostatin that disagree), with the shipped schema.
enum TestKnowledge {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KnowledgeQueryTests/Fixtures/literature").path

    /// The shipped schema beside the fixture packs, as the loader reads them.
    static var folder: KnowledgeFiles {
        var folder = (try? KnowledgeFiles(directory: path)) ?? KnowledgeFiles(root: path, files: [:])
        folder.files["schema.yaml"] = EmbeddedKnowledge.files()["schema.yaml"]
        return folder
    }
}
