/// A YAML value with the position it was written at, independent of the YAML library,
/// so code outside this module can read located YAML (lessons, for example).
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        /// A scalar's text; `plain` is false when it was quoted.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var content: Content
    /// 1-based line and column (in Unicode scalars) where the node starts.
    public var line: Int
    public var column: Int

    public init(content: Content, line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar text, when the node is a scalar.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }
}
