import Foundation

extension Session {
    /// `path` with a leading `~` (alone or before `/`) replaced by `$HOME`, as a shell does; the
    /// user database's home only when HOME is unset. (Foundation's `expandingTildeInPath` ignores
    /// HOME on Linux.) `~user` is left as it is.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let environment = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let home = environment.isEmpty ? NSHomeDirectory() : environment
        return home + path.dropFirst()
    }
}
