import Rendering
/// readline's question before a completion listing taller than the terminal:
/// `Display all 1,234 possibilities? (y or n)`, answered by one key.
public enum CompletionQuestion {
    /// What a key does to the question.
    public enum Answer: Equatable {
        /// List the candidates (`y`, `Y`, space).
        case show
        /// Leave the line as it was (`n`, `N`, DEL, Ctrl-C, Ctrl-G).
        case dismiss
    }

    /// Whether to ask before listing `rowCount` rows on a terminal `terminalRows` high: when the
    /// listing and the line after it would not fit on the screen.
    public static func isNeeded(rowCount: Int, terminalRows: Int) -> Bool {
        rowCount > terminalRows - 1
    }

    /// The question for `count` candidates, the number grouped by thousands (`71,833`).
    public static func text(count: Int) -> String {
        "Display all \(count.groupedByThousands) possibilities? (y or n)"
    }

    /// The answer `key` gives, or nil for a key that does not answer (the editor beeps and asks on).
    public static func answer(_ key: Character) -> Answer? {
        switch key {
        case "y", "Y", " ": .show
        case "n", "N", "\u{7F}", "\u{03}", "\u{07}": .dismiss
        default: nil
        }
    }
}
