import Glibc

extension LineEditor {
    /// The character libedit is told to treat as "start/end of invisible text" in
    /// prompts (`EL_PROMPT_ESC`), so colour codes do not count towards the width.
    public static let promptIgnoreCharacterValue: Character = "\u{1}"

    static let promptIgnoreCharacter = wchar_t(1)

    /// Returns `prompt` with every ANSI escape sequence (for example colours such as
    /// `"\u{1B}[1;32m"`) bracketed by `\u{1}`, so libedit measures the prompt correctly.
    /// Pass the result to `readLine(prompt:)`.
    public static func promptIgnoringEscapes(_ prompt: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            var sequence: [Unicode.Scalar] = [scalar]
            if scalars.first == "[" {
                sequence.append(scalars.removeFirst())
                while let next = scalars.popFirst() {
                    sequence.append(next)
                    if (0x40...0x7E).contains(next.value) {
                        break
                    }
                }
            } else if let next = scalars.popFirst() {
                sequence.append(next)
            }
            result.append("\u{1}")
            result.append(contentsOf: sequence)
            result.append("\u{1}")
        }
        return String(result)
    }
}
