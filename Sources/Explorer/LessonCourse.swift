/// A course: the lessons of a folder `lessons/COURSE/`, taken in the order its index
/// `lessons/COURSE/course.yaml` gives:
///
///     title: Grey fever from the start
///     audience: first-year students      # optional
///     lessons: [first-look, counting]    # the lesson files' names, in order
public struct LessonCourse: Sendable {
    /// The folder's name, as typed after `.lesson` (which starts its first unfinished lesson).
    public var name: String
    /// The index file's path as shown in messages.
    public var file: String
    /// The course's title.
    public var title: String
    /// Who it is for; empty when the index does not say.
    public var audience: String
    /// Its lessons' names (`COURSE/LESSON`) in order; only those that loaded.
    public var lessons: [String]
}
