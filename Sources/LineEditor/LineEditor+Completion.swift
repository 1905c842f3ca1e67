import CEditLine
import Glibc
import Rendering

extension LineEditor {
    /// Handles TAB: asks the completer, then inserts, lists or beeps (see `CompletionEdit`).
    /// Returns the libedit `CC_*` code telling the editor how to redraw.
    func complete(in editLine: OpaquePointer) -> UInt8 {
        guard let info = el_wline(editLine)?.pointee, let buffer = info.buffer,
              let cursor = info.cursor, let lastCharacter = info.lastchar else {
            return UInt8(CC_ERROR)
        }
        let beforeCursor = WideString.string(from: buffer, count: cursor - buffer)
        let afterCursor = WideString.string(from: cursor, count: lastCharacter - cursor)
        let cursorIndex = beforeCursor.count
        let completion = completer(beforeCursor + afterCursor, cursorIndex)
        let edit = CompletionEdit.apply(line: beforeCursor + afterCursor, cursor: cursorIndex, completion: completion)

        if !edit.listing.isEmpty {
            let width = Int(kx_el_columns(editLine))
            let height = Int(kx_el_lines(editLine))
            // Candidates are names from data: listed with control characters made visible.
            let shown = edit.listing.map { TerminalText.escapeControlCharacters($0) }
            let rows = CandidateColumns.rows(shown, width: width > 0 ? width : 80)
            let cursorRow = DisplayLayout.cursorRow(
                prompt: prompt.text,
                ignore: Self.promptIgnoreCharacterValue,
                textBeforeCursor: beforeCursor,
                columns: width > 0 ? width : 80
            )
            let padding = String(repeating: "\n", count: cursorRow)
            if CompletionQuestion.isNeeded(rowCount: rows.count, terminalRows: height > 0 ? height : 24) {
                Self.writeToTerminal("\n" + CompletionQuestion.text(count: shown.count))
                if askToShow(in: editLine) == .dismiss {
                    Self.writeToTerminal("\n" + padding)
                    return UInt8(CC_REDISPLAY)
                }
            }
            Self.writeToTerminal("\n" + rows.joined(separator: "\n") + "\n" + padding)
            return UInt8(CC_REDISPLAY)
        }
        if edit.isNoOp {
            return UInt8(CC_ERROR)
        }
        let removed = String(beforeCursor.suffix(edit.deleteCount)).unicodeScalars.count
        if removed > 0 {
            el_deletestr(editLine, Int32(removed))
        }
        let inserted = WideString(edit.insert).withPointer { el_winsertstr(editLine, $0) }
        return UInt8(inserted == 0 ? CC_REFRESH : CC_ERROR)
    }

    /// Reads keys until one answers the completion question; Ctrl-C (a SIGINT, not a key, while
    /// the terminal is in edit mode) and the end of input dismiss it and keep the line.
    private func askToShow(in editLine: OpaquePointer) -> CompletionQuestion.Answer {
        while true {
            var key: wchar_t = 0
            guard el_wgetc(editLine, &key) == 1 else {
                if Self.interruptRequested {
                    // libedit's own SIGINT handler left edit (raw) mode; this line is not abandoned.
                    Self.interruptRequested = false
                    kx_el_prepare_terminal(editLine, 1)
                }
                return .dismiss
            }
            if let answer = Unicode.Scalar(UInt32(bitPattern: key)).flatMap({ CompletionQuestion.answer(Character($0)) }) {
                return answer
            }
            Self.writeToTerminal("\u{07}")
        }
    }
}
