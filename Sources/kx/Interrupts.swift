import Glibc
import KnowledgeGraph
import LineEditor

/// Ctrl-C while a statement runs: SIGINT cancels `cancellation`, which the session's statements check.
enum Interrupts {
    /// The session's cancellation; a global so the signal handler can reach it.
    static let cancellation = Cancellation()

    /// Makes SIGINT cancel `cancellation` instead of killing kx, with or without a line editor
    /// (an editor's own handler forwards to it through `LineEditor.onInterrupt`).
    static func install() {
        _ = cancellation // initialised here, not lazily inside the signal handler
        LineEditor.onInterrupt = { Interrupts.cancellation.cancel() }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.cancellation.cancel() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }
}
