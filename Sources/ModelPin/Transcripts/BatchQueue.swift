import Dispatch
import Synchronization

/// A queue of a fixed capacity between threads: `put` waits while it is full, `take` while it
/// is empty. Elements come out in the order they went in.
final class BatchQueue<Element: Sendable>: Sendable {
  private let elements = Mutex<[Element]>([])
  /// Counts the elements waiting.
  private let waiting = DispatchSemaphore(value: 0)
  /// Counts the free places.
  private let free: DispatchSemaphore

  init(capacity: Int) {
    free = DispatchSemaphore(value: capacity)
  }

  func put(_ element: Element) {
    free.wait()
    elements.withLock { $0.append(element) }
    waiting.signal()
  }

  func take() -> Element {
    waiting.wait()
    let element = elements.withLock { $0.removeFirst() }
    free.signal()
    return element
  }
}
