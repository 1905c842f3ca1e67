import CEditLine
import Foundation
import KnowledgeGraph
import KnowledgeStore
import Rendering
import Synchronization

/// One line on standard error, rewritten in place, that says how far a long load has come: packs
/// checked, then merging and compiling. Updates from several threads are serialised and at most
/// ten a second are written, so a large folder's progress costs nothing measurable.
final class ProgressLine: Sendable {
    private let lastWrite = Mutex<Double>(0)

    /// Writes `text` as the line, unless a line was written less than a tenth of a second ago and `urgent` is false.
    func show(_ text: String, urgent: Bool = false) {
        lastWrite.withLock { last in
            let now = Date().timeIntervalSinceReferenceDate
            guard urgent || now - last >= 0.1 else { return }
            last = now
            fputs("\u{1B}[2K" + text + "\r", kx_standard_error())
            fflush(kx_standard_error())
        }
    }

    /// Clears the line.
    func clear() {
        lastWrite.withLock { _ in
            fputs("\u{1B}[2K", kx_standard_error())
            fflush(kx_standard_error())
        }
    }

    /// Reports a load's stages on this line.
    func report(_ progress: LoadProgress) {
        switch progress {
        case .checked(let done, let total):
            show("checking packs: \(done.groupedByThousands) of \(total.groupedByThousands)…", urgent: done == total)
        case .merging:
            show("merging entities and statements…", urgent: true)
        case .compiling:
            show("compiling…", urgent: true)
        case .writing:
            show("writing…", urgent: true)
        }
    }
}
