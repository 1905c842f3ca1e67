extension Table {
    /// A named column with its horizontal alignment.
    public struct Column: Sendable, Equatable {
        /// How cell text sits within the column's width.
        public enum Alignment: Sendable, Equatable {
            /// Text starts at the left edge (the usual choice for text).
            case left
            /// Text ends at the right edge (the usual choice for numbers).
            case right
        }

        /// The header text, also used as the key in JSON output.
        public var name: String
        /// The column's alignment in the `table` format and the `markdown` separator row.
        public var alignment: Alignment

        /// When true the `table` format never narrows this column, so values people copy
        /// and type again (ids) are never cut.
        public var keepsWidth: Bool

        /// When true the `table` format may narrow this column on a narrow terminal but never leaves
        /// it out, so a row still says what it is about (a statement's predicate and object).
        public var keepsShown: Bool

        /// Creates a column; columns are left-aligned and may be narrowed or left out unless stated otherwise.
        public init(name: String, alignment: Alignment = .left, keepsWidth: Bool = false, keepsShown: Bool = false) {
            self.name = name
            self.alignment = alignment
            self.keepsWidth = keepsWidth
            self.keepsShown = keepsShown
        }
    }
}
