/// A field of an entity on which sources disagree: different values of a single-valued attribute,
/// or a relation one source asserts and another denies.
public struct Conflict: Hashable, Sendable {
    public var entity: String
    /// The attribute or relation name.
    public var field: String
    /// The statements that disagree, in document order.
    public var facts: [Fact]
}
