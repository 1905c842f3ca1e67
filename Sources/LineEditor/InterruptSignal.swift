import Glibc
import Synchronization

/// Process-wide SIGINT handling shared by every `LineEditor`.
///
/// While installed, SIGINT only raises `requested` instead of killing the process.
/// Outside `readLine` the handler uses `SA_RESTART` so a Ctrl-C during a query does
/// not make unrelated system calls (terminal writes, file reads) fail with EINTR;
/// inside `readLine` it does not, so a blocked read returns and the line is abandoned.
enum InterruptSignal {
    /// Set from the signal handler; cleared by the caller.
    static let requested = Atomic<Bool>(false)
    /// Called from the signal handler after `requested` is set (see `LineEditor.onInterrupt`).
    static var forward: (@convention(c) () -> Void)?

    private static var installCount = 0
    private static var previousAction = sigaction()

    /// Installs the handler (once per process, reference counted).
    static func install() {
        requested.store(false, ordering: .relaxed)
        installCount += 1
        guard installCount == 1 else {
            return
        }
        var action = makeAction(restartingSystemCalls: true)
        sigaction(SIGINT, &action, &previousAction)
    }

    /// Restores the disposition SIGINT had before the first `install`.
    static func uninstall() {
        guard installCount > 0 else {
            return
        }
        installCount -= 1
        if installCount == 0 {
            sigaction(SIGINT, &previousAction, nil)
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
