import CEditLine
import Glibc

/// Where libedit draws things, recomputed on the Swift side.
///
/// After printing a completion listing, libedit's redisplay first clears as many
/// rows above the terminal cursor as the edit cursor was below the prompt's first
/// row; printing that many blank lines after the listing keeps it from being erased.
public enum DisplayLayout {
    /// The row (0 = the prompt's first row) holding the cursor, given the prompt as
    /// passed to libedit (escapes bracketed by `ignore`), the text before the cursor
    /// and the terminal width. Rows wrap the way libedit wraps them: as soon as a row is full.
    public static func cursorRow(prompt: String, ignore: Character, textBeforeCursor: String, columns: Int) -> Int {
        let width = max(columns, 1)
        var row = 0
        var column = 0
        func advance(_ scalar: Unicode.Scalar) {
            if scalar == "\n" {
                row += 1
                column = 0
                return
            }
            column += displayWidth(scalar)
            if column >= width {
                row += 1
                column = 0
            }
        }
        var ignoring = false
        for scalar in prompt.unicodeScalars {
            if Character(scalar) == ignore {
                ignoring.toggle()
            } else if !ignoring {
                advance(scalar)
            }
        }
        textBeforeCursor.unicodeScalars.forEach(advance)
        return row
    }

    /// Columns a scalar occupies; control characters are shown by libedit as `^X`.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        let width = kx_wcwidth(wchar_t(bitPattern: scalar.value))
        return width < 0 ? 2 : Int(width)
    }
}
