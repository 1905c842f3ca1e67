import Glibc
import Synchronization

/// Process-wide SIGINT (and SIGWINCH) handling shared by every `LineEditor`.
///
/// While installed, SIGINT only raises `requested` instead of killing the process.
/// Outside `readLine` the handler uses `SA_RESTART` so a Ctrl-C during a query does
/// not make unrelated system calls (terminal writes, file reads) fail with EINTR;
/// inside `readLine` it does not, so a blocked read returns and the line is abandoned.
enum InterruptSignal {
    /// Set from the signal handler; cleared by the caller.
    static let requested = Atomic<Bool>(false)
    // Set on the main thread (install, uninstall, LineEditor.onInterrupt) and read by the signal
    // handler, which may take no lock: so not isolated, and kept to plain values.

    /// Called from the signal handler after `requested` is set (see `LineEditor.onInterrupt`).
    nonisolated(unsafe) static var forward: (@convention(c) () -> Void)?

    nonisolated(unsafe) private static var installCount = 0
    nonisolated(unsafe) private static var previousAction = sigaction()
    nonisolated(unsafe) private static var previousResizeAction = sigaction()

    /// Installs the handler (once per process, reference counted).
    static func install() {
        requested.store(false, ordering: .relaxed)
        installCount += 1
        guard installCount == 1 else {
            return
        }
        var action = makeAction(restartingSystemCalls: true)
        sigaction(SIGINT, &action, &previousAction)
        // SIGWINCH is ignored by default, which would not wake the line editor's wait for a key
        // once libedit's own handler has run; a handler that does nothing lets it resize each time.
        var resize = sigaction()
        resize.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&resize.sa_mask)
        resize.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &resize, &previousResizeAction)
    }

    /// Restores the disposition SIGINT had before the first `install`.
    static func uninstall() {
        guard installCount > 0 else {
            return
        }
        installCount -= 1
        if installCount == 0 {
            sigaction(SIGINT, &previousAction, nil)
            sigaction(SIGWINCH, &previousResizeAction, nil)
        }
    }

    /// Chooses whether a SIGINT restarts interrupted system calls (`SA_RESTART`).
    static func restartSystemCalls(_ restart: Bool) {
        guard installCount > 0 else {
            return
        }
        var action = makeAction(restartingSystemCalls: restart)
        sigaction(SIGINT, &action, nil)
    }

    private static func makeAction(restartingSystemCalls restart: Bool) -> sigaction {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            InterruptSignal.requested.store(true, ordering: .relaxed)
            InterruptSignal.forward?()
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = restart ? SA_RESTART : 0
        return action
    }
}
