import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Tells whether some files may have changed since the last look, without a `stat` of each when
/// none did: on Linux, one non-blocking read of an inotify descriptor watching their folders.
///
/// The kernel queues an event in the same system call that renames, writes, truncates, creates,
/// removes or `chmod`s a file, so a change made before a request arrives is seen when the request
/// looks: no event means no change. Where that cannot be relied on, ``mayHaveChanged()`` always
/// says yes and the caller compares signatures as before: on other systems, for a folder that
/// cannot be watched (missing, reached through a symbolic link, on a network or FUSE file system),
/// for a file that is a symbolic link or has other names (whose edits elsewhere no folder watch
/// sees), and once a watched folder is removed or renamed, or the queue overflows.
public final class FileWatch: Sendable {
  /// The files watched, as given.
  public let paths: [String]
  /// Nil until the first look; one reader at a time, so that the events one caller drains are
  /// seen by that caller.
  private let state = Mutex<State?>(nil)

  private struct State {
    /// The inotify descriptor; -1 when events cannot tell every change.
    var descriptor: Int32 = -1
    /// The watched names of each watch descriptor's folder, with their paths.
    var names: [Int32: [(name: String, path: String)]] = [:]
    /// The path of each watch descriptor of a file itself: a file's own watch sees writes through
    /// any of its names, and a new name (a hard link) as a change of its link count.
    var files: [Int32: String] = [:]

    /// Watches the file now at `path` itself, when there is one.
    mutating func watchFile(_ path: String) {
      #if os(Linux)
        let watch = inotify_add_watch(descriptor, path, FileWatch.fileMask)
        if watch >= 0 { files[watch] = path }
      #endif
    }

    /// Closes the descriptor: from now on every look says the files may have changed.
    mutating func giveUp() {
      if descriptor >= 0 { close(descriptor) }
      self = State()
    }
  }

  /// A watch of `paths`, which begins at the first ``mayHaveChanged()``: nothing is done until then.
  public init(paths: [String]) {
    self.paths = paths
  }

  deinit {
    state.withLock { $0?.giveUp() }
  }

  /// False only when no watched file changed since the last call; true when one may have, and
  /// the caller should look. The first call begins the watch, and says true: it knows nothing of
  /// what came before.
  public func mayHaveChanged() -> Bool {
    state.withLock { state in
      guard let current = state else {
        state = Self.begin(paths)
        return true
      }
      #if os(Linux)
        guard current.descriptor >= 0 else { return true }
        var changed = false
        var reliable = true
        var replaced: [String] = []
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { buffer in
          while true {
            let count = read(current.descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
              let event = buffer.baseAddress!.advanced(by: offset)
              let header = event.loadUnaligned(as: inotify_event.self)
              let nameBytes = UnsafeRawBufferPointer(
                start: event.advanced(by: MemoryLayout<inotify_event>.size), count: Int(header.len))
              offset += MemoryLayout<inotify_event>.size + Int(header.len)
              if let path = current.files[header.wd] {
                changed = true
                // A new name for the file is a change of its link count: no longer one to watch.
                if header.mask & UInt32(IN_ATTRIB) != 0, !Self.isWatchableFile(path) { reliable = false }
                continue
              }
              if header.mask & Self.folderGone != 0 || header.wd < 0 {
                // The folder itself went, or events were lost: names no longer tell.
                reliable = false
                changed = true
                continue
              }
              let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
              guard let watched = current.names[header.wd]?.first(where: { $0.name == name }) else { continue }
              changed = true
              replaced.append(watched.path)
              // A file that became a link, or got a second name, changes where no folder watch sees it.
              if !Self.isWatchableFile(watched.path) { reliable = false }
            }
          }
        }
        if !reliable {
          state?.giveUp()
        } else {
          // The file now at a changed name may be another: its own watch follows it.
          for path in replaced { state?.watchFile(path) }
        }
        return changed
      #else
        return true
      #endif
    }
  }

  /// The watch of `paths` from now on: an inotify descriptor when it can tell every change.
  private static func begin(_ paths: [String]) -> State {
    var state = State()
    #if os(Linux)
      var byFolder: [String: [(name: String, path: String)]] = [:]
      var folders: [String] = []
      for path in paths {
        let folder = StateFile.parentFolder(of: path)
        if byFolder[folder] == nil { folders.append(folder) }
        byFolder[folder, default: []].append((StateFile.baseName(of: path), path))
      }
      guard !paths.isEmpty, paths.allSatisfy(isWatchableFile), folders.allSatisfy(isWatchableFolder) else {
        return state
      }
      let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard descriptor >= 0 else { return state }
      state.descriptor = descriptor
      for folder in folders {
        let watch = inotify_add_watch(descriptor, folder, mask)
        guard watch >= 0 else {
          state.giveUp()
          return state
        }
        state.names[watch] = byFolder[folder]
      }
      for path in paths { state.watchFile(path) }
    #endif
    return state
  }
  #if os(Linux)
    /// Whatever changes a file's signature (`FileSignature`) or replaces it.
    private static let mask = UInt32(
      IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
        | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW)
    /// Whatever changes a file's contents or its names, seen by the file itself. A watch on a file
    /// replaced by another ends by itself (`IN_IGNORED`) once the old one is gone.
    fileprivate static let fileMask = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_DONT_FOLLOW)
    /// The events that end a folder's watch.
    private static let folderGone = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT | IN_Q_OVERFLOW)

    /// A file that does not exist, or a regular file or folder with one name: not a symbolic link,
    /// whose target may change elsewhere, nor a file with hard links, editable through another folder.
    private static func isWatchableFile(_ path: String) -> Bool {
      var status = stat()
      guard lstat(path, &status) == 0 else { return errno == ENOENT }
      switch status.st_mode & S_IFMT {
      case S_IFREG: return status.st_nlink == 1
      case S_IFDIR: return true
      default: return false
      }
    }

    /// A folder that exists, is reached through no symbolic link (one could be pointed elsewhere),
    /// and is on a local file system, where inotify sees every change.
    private static func isWatchableFolder(_ folder: String) -> Bool {
      var absolute = folder
      if !folder.hasPrefix("/") {
        guard let current = getcwd(nil, 0) else { return false }
        absolute = String(cString: current) + "/" + folder
        free(current)
      }
      var prefix = ""
      for component in absolute.split(separator: "/") {
        prefix += "/" + component
        var status = stat()
        guard lstat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return false }
      }
      return fileSystemType(of: absolute).map(localFileSystems.contains) ?? false
    }

    /// ext2–4, XFS, Btrfs, tmpfs, overlayfs, ZFS, F2FS, bcachefs: every change goes through this kernel.
    private static let localFileSystems: Set<String> = [
      "ext2", "ext3", "ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "f2fs", "bcachefs",
    ]

    /// The type of the file system holding `absolute` (no links in it), from the mount whose
    /// point is its longest prefix in `/proc/self/mountinfo`.
    private static func fileSystemType(of absolute: String) -> String? {
      guard let bytes = try? StateFile.read("/proc/self/mountinfo") else { return nil }
      var best: (length: Int, type: String)?
      for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
        // `id parent major:minor root mount-point options [optional…] - type source super-options`
        let fields = line.split(separator: " ")
        guard fields.count > 4, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
        let point = String(fields[4]).replacing("\\040", with: " ")
        let covers = point == "/" || absolute == point || absolute.hasPrefix(point + "/")
        if covers, point.count >= (best?.length ?? -1) { best = (point.count, String(fields[dash + 1])) }
      }
      return best?.type
    }
  #endif
}
