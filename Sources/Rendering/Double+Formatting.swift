extension Double {
    /// The shortest round-tripping text for the value, without `.0` when it is integral.
    ///
    /// Integral values up to 2^53 in magnitude print as plain integers (`2`, `-40`);
    /// everything else uses Swift's shortest representation (`0.5`, `1e+20`, `nan`).
    var compactDescription: String {
        if isFinite, rounded(.towardZero) == self, magnitude < 9_007_199_254_740_992 {
            return String(Int64(self))
        }
        return description
    }
}
