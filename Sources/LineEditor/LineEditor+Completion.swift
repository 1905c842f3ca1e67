import CEditLine
import Glibc

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
            let rows = CandidateColumns.rows(edit.listing, width: width > 0 ? width : 80)
            let cursorRow = DisplayLayout.cursorRow(
                prompt: prompt.text,
                ignore: Self.promptIgnoreCharacterValue,
                textBeforeCursor: beforeCursor,
                columns: width > 0 ? width : 80
            )
            let padding = String(repeating: "\n", count: cursorRow)
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
}
