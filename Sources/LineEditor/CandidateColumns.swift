/// Lays out completion candidates in columns, filled top to bottom then left to
/// right like readline and `ls`, so an ambiguous TAB shows them compactly.
public enum CandidateColumns {
    /// Spaces between two columns.
    static let gap = 2

    /// The rows to print for `candidates` on a terminal `width` columns wide,
    /// without trailing spaces. Widths are counted in `Character`s.
    public static func rows(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else {
            return []
        }
        let cellWidth = (candidates.map(\.count).max() ?? 0) + gap
        let columnCount = max(1, (max(width, 1) + gap) / cellWidth)
        let rowCount = (candidates.count + columnCount - 1) / columnCount
        return (0..<rowCount).map { row in
            var text = ""
            var column = 0
            while row + column * rowCount < candidates.count {
                let candidate = candidates[row + column * rowCount]
                if column > 0 {
                    text += String(repeating: " ", count: cellWidth - candidates[row + (column - 1) * rowCount].count)
                }
                text += candidate
                column += 1
            }
            return text
        }
    }
}
