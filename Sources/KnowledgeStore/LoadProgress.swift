import KnowledgeGraph

/// How far loading knowledge has come, for a progress line on a terminal (`kx compile`).
public enum LoadProgress: Sendable {
    /// `done` of `total` packs are checked; reported from the worker that finished one, in any order.
    case checked(done: Int, total: Int)
    /// Every pack is checked; their entities and statements are being merged.
    case merging
    /// The merged statements are being laid out as an image.
    case compiling
    /// The image is being written to its file (`KnowledgeLoader.compile`).
    case writing
}
