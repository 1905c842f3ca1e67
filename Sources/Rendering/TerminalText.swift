/// Terminal-oriented text measurement and sanitising, free of any I/O.
public enum TerminalText {
    /// The number of terminal columns `text` occupies.
    ///
    /// Counted per grapheme cluster (see `displayWidth(of:)` for characters), so a
    /// combining accent or an emoji ZWJ sequence does not add extra columns.
    public static func displayWidth(of text: String) -> Int {
        // Printable ASCII, the common case, is one column a byte; anything else goes cluster by cluster.
        isPrintableASCII(text) ? text.utf8.count : text.reduce(0) { $0 + displayWidth(of: $1) }
    }

    /// Whether every byte of `text` is printable ASCII (space to `~`): one column each, nothing to escape.
    /// Read from the string's own bytes, which is several times faster than iterating its UTF-8 view.
    static func isPrintableASCII(_ text: String) -> Bool {
        func printable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(printable) } ?? text.utf8.allSatisfy(printable)
    }

    /// The number of terminal columns one grapheme cluster occupies: 0, 1 or 2.
    ///
    /// A cluster is as wide as its widest scalar: East Asian wide/fullwidth characters and
    /// emoji-presentation characters are 2, combining marks, format characters (zero-width
    /// space, joiners) and controls are 0, everything else is 1. A variation selector-16
    /// after an emoji-capable base makes the cluster 2 wide.
    public static func displayWidth(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1, first.isASCII {
            return first.value >= 0x20 && first.value != 0x7F ? 1 : 0
        }
        var width = 0
        for scalar in scalars {
            if scalar.value == 0xFE0F, scalars.first?.properties.isEmoji == true {
                width = 2
            }
            width = max(width, scalarWidth(scalar))
        }
        return width
    }

    /// The width of a single scalar taken on its own.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value == 0x00AD {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if isHangulMedialOrFinalJamo(scalar.value) {
            return 0
        }
        if scalar.properties.isEmojiPresentation || isEastAsianWide(scalar.value) {
            return 2
        }
        return 1
    }

    /// Conjoining jamo vowels and finals, which merge into the preceding leading consonant.
    private static func isHangulMedialOrFinalJamo(_ value: UInt32) -> Bool {
        (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }
}
