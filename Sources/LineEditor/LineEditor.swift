import CEditLine
import Foundation

/// An interactive line reader built on libedit: emacs key bindings, persistent
/// history with up-arrow recall and Ctrl-R search, TAB completion and Ctrl-C
/// handling that abandons the line instead of exiting.
///
/// Use one instance per process, from the main thread. Creating it installs a
/// SIGINT handler for the whole process: from then on Ctrl-C never kills the
/// process; it abandons the line at the prompt, or sets `interruptRequested`.
public final class LineEditor {
    /// Set by SIGINT (Ctrl-C) while no line is being read, so a running query can
    /// notice and stop. The caller clears it; `readLine` also clears it on entry.
    public static var interruptRequested: Bool {
        get { InterruptSignal.requested.load(ordering: .relaxed) }
        set { InterruptSignal.requested.store(newValue, ordering: .relaxed) }
    }

    /// Also called by the SIGINT handler, after `interruptRequested` is set, for example to cancel
    /// a running statement. It runs inside a signal handler, so it may only store to atomics.
    /// Set it before creating an editor.
    public static var onInterrupt: (@convention(c) () -> Void)? {
        get { InterruptSignal.forward }
        set { InterruptSignal.forward = newValue }
    }

    /// The history, oldest first, as recalled by up-arrow and saved to the history file.
    public private(set) var historyEntries: [String] = []

    /// The most recent failure to load or save the history file, if any.
    /// History keeps working in memory when the file cannot be written.
    public private(set) var historyError: HistoryFileError?

    /// Whether the history file is saved: not when it could not be read (an unreadable or damaged
    /// file is never overwritten), nor without a history file.
    public var savesHistory: Bool {
        historyFile != nil
    }

    let completer: (String, Int) -> Completion
    private let editLine: OpaquePointer?
    private let history: OpaquePointer?
    private var historyFile: HistoryFile?
    /// Whether a failure to save has been returned by `addHistory` already.
    private var saveFailureReported = false
    private let historyLimit: Int
    /// libedit only edits (prompt, raw mode, key bindings) when kx_standard_input() and kx_standard_output() are terminals.
    private let isEditing = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    private(set) var prompt = WideString("")

    /// Creates the editor and loads the history file when it exists.
    ///
    /// - Parameters:
    ///   - programName: Name used by `~/.editrc` to select settings for this program.
    ///   - historyFile: Path of the persistent history, or nil for in-memory history only.
    ///   - historyLimit: Maximum number of entries kept in memory and on disk.
    ///   - completer: Receives the whole line and the cursor position (in `Character`s)
    ///     and returns the candidates for the word under the cursor.
    public init(
        programName: String,
        historyFile: String?,
        historyLimit: Int = 1000,
        completer: @escaping (String, Int) -> Completion
    ) {
        Self.useUTF8CharacterTypeLocale()
        self.completer = completer
        self.historyLimit = max(historyLimit, 1)
        self.historyFile = historyFile.map(HistoryFile.init(path:))
        history = history_winit()
        editLine = el_init(programName, kx_standard_input(), kx_standard_output(), kx_standard_error())
        InterruptSignal.install()
        configure()
        loadHistory()
    }

    deinit {
        if let editLine {
            el_end(editLine)
        }
        if let history {
            history_wend(history)
        }
        InterruptSignal.uninstall()
    }

    /// Shows `prompt` and lets the user edit one line.
    ///
    /// The prompt may contain ANSI escape sequences if they are bracketed by
    /// `\u{1}` characters, see `promptIgnoringEscapes(_:)`. When editing on a
    /// terminal, the cursor is at the start of a fresh line after `.interrupted`
    /// and `.endOfInput`, so the caller can print directly. When kx_standard_input() or kx_standard_output()
    /// is not a terminal, libedit reads plain lines and shows no prompt.
    public func readLine(prompt: String) -> LineEvent {
        guard let editLine else {
            return Self.readPlainLine(prompt: prompt)
        }
        self.prompt = WideString(prompt)
        Self.interruptRequested = false
        InterruptSignal.restartSystemCalls(false)
        defer { InterruptSignal.restartSystemCalls(true) }
        while true {
            if isEditing {
                // el_wgets prints the prompt before leaving cooked mode; keys typed in
                // between would get the terminal's own handling (^D, ^R, ^U, echo).
                kx_el_prepare_terminal(editLine, 1)
            }
            var count: Int32 = 0
            errno = 0
            let text = el_wgets(editLine, &count)
            let failure = errno
            if let text, count > 0 {
                return .line(WideString.string(from: text, count: Int(count)).withoutTrailingNewline)
            }
            if Self.interruptRequested {
                Self.interruptRequested = false
                el_reset(editLine)
                if isEditing {
                    Self.writeToTerminal("\n")
                }
                return .interrupted
            }
            if count < 0, failure == EINTR {
                continue
            }
            if isEditing {
                Self.writeToTerminal("\n")
            }
            return .endOfInput
        }
    }

    /// Records a whole statement (which may span several lines) in the history and
    /// saves the history file. Blank entries and repeats of the latest entry are skipped.
    /// - Returns: the error when saving fails for the first time, to be reported once; nil otherwise.
    @discardableResult
    public func addHistory(_ entry: String) -> HistoryFileError? {
        guard !entry.allSatisfy(\.isWhitespace), historyEntries.last != entry else {
            return nil
        }
        historyEntries.append(entry)
        if historyEntries.count > historyLimit {
            historyEntries.removeFirst(historyEntries.count - historyLimit)
        }
        if let history {
            _ = WideString(entry).withPointer { kx_history_enter(history, $0) }
        }
        guard let error = saveHistory(), !saveFailureReported else { return nil }
        saveFailureReported = true
        return error
    }

    private func configure() {
        if let history {
            // Must precede the first H_ENTER: a new history holds no entries at all.
            kx_history_set_size(history, Int32(clamping: historyLimit))
            kx_history_set_unique(history, 1)
        }
        guard let editLine else {
            return
        }
        kx_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        kx_el_set_editor(editLine, "emacs")
        kx_el_set_signal(editLine, 1)
        kx_el_set_prompt_esc(editLine, { editLine in
            guard let editLine, let editor = LineEditor.owner(of: editLine) else {
                return WideString.empty
            }
            return editor.prompt.pointer
        }, Self.promptIgnoreCharacter)
        if let history {
            kx_el_set_history(editLine, history)
        }
        kx_el_add_function(editLine, "kx-complete", "Complete the word before the cursor", { editLine, _ in
            guard let editLine, let editor = LineEditor.owner(of: editLine) else {
                return UInt8(CC_ERROR)
            }
            return editor.complete(in: editLine)
        })
        kx_el_set_read_function(editLine) { editLine, character in
            guard let editLine, let character else {
                return -1
            }
            return kx_read_character(editLine, STDIN_FILENO, character) {
                InterruptSignal.requested.load(ordering: .relaxed) ? 1 : 0
            }
        }
        kx_el_bind(editLine, "^I", "kx-complete")
        kx_el_bind(editLine, "^R", "em-inc-search-prev")
        kx_el_bind(editLine, "\\e[1;5C", "em-next-word")
        kx_el_bind(editLine, "\\e[1;5D", "ed-prev-word")
        kx_el_bind(editLine, "\\e[3~", "ed-delete-next-char")
        el_source(editLine, nil)
    }

    /// The editor registered as client data of a libedit handle, for C callbacks.
    static func owner(of editLine: OpaquePointer) -> LineEditor? {
        kx_el_get_clientdata(editLine).map { Unmanaged<LineEditor>.fromOpaque($0).takeUnretainedValue() }
    }

    private func loadHistory() {
        guard let historyFile else {
            return
        }
        do {
            let entries = try historyFile.load(keeping: historyLimit)
            var previous: String?
            for entry in entries.suffix(historyLimit) where entry != previous {
                historyEntries.append(entry)
                previous = entry
                if let history {
                    _ = WideString(entry).withPointer { kx_history_enter(history, $0) }
                }
            }
        } catch let error as HistoryFileError {
            historyError = error
            self.historyFile = nil
        } catch {
            historyError = HistoryFileError(operation: "read", path: historyFile.path, reason: "\(error)")
            self.historyFile = nil
        }
    }

    /// Saves the history file.
    /// - Returns: the error when it could not be saved.
    private func saveHistory() -> HistoryFileError? {
        guard let historyFile else {
            return nil
        }
        do {
            try historyFile.save(historyEntries)
            historyError = nil
            return nil
        } catch let error as HistoryFileError {
            historyError = error
        } catch {
            historyError = HistoryFileError(operation: "write", path: historyFile.path, reason: "\(error)")
        }
        return historyError
    }

    /// Writes `text` through the same stdio stream libedit uses, so output stays ordered.
    static func writeToTerminal(_ text: String) {
        fputs(text, kx_standard_output())
        fflush(kx_standard_output())
    }

    /// libedit decodes keystrokes with the C library's multibyte rules, which are
    /// ASCII-only until a program calls setlocale; pick UTF-8 when the environment
    /// names no usable locale.
    private static func useUTF8CharacterTypeLocale() {
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        guard current == "C" || current == "POSIX" else {
            return
        }
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Fallback when libedit could not be initialised: prompt and read with the standard library.
    private static func readPlainLine(prompt: String) -> LineEvent {
        writeToTerminal(prompt.filter { $0 != promptIgnoreCharacterValue })
        guard let line = Swift.readLine(strippingNewline: true) else {
            return .endOfInput
        }
        return .line(line)
    }
}
