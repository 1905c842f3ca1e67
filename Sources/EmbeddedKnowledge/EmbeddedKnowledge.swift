import Foundation
import KnowledgeGraph

/// The project's `Knowledge/` folder, built into the binary by the EmbedKnowledge plugin,
/// so `kx` runs on its default knowledge from any working directory with no files beside it.
public enum EmbeddedKnowledge {
    /// Every embedded file's bytes, keyed by its path under `Knowledge/`.
    public static func files() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, text) in textFiles { files[path] = Array(text.utf8) }
        for (path, base64) in encodedFiles {
            if let data = Data(base64Encoded: base64) { files[path] = [UInt8](data) }
        }
        return files
    }

    /// The same knowledge compiled at build time: what kx opens at start, without reading YAML or
    /// decoding anything (the bytes are laid out in the binary).
    public static func image() -> [UInt8] {
        compiledImage
    }

    /// The built-in knowledge: its files (for lessons and for `.load`, which merges packs) and its image.
    public static func folder() -> KnowledgeFiles {
        KnowledgeFiles(root: "Knowledge", files: files(), compiled: .bytes(image()))
    }
}
