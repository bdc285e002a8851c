import Dispatch
import Foundation
import Synchronization

/// The oracle's per-record work spread over every core: `swift test --no-parallel` runs one
/// test at a time, and the oracle's 10,000 records per model and writer, decoded, encoded and
/// compared in a debug build, were most of its time on one core.
enum Parallel {
    /// `body(index)` for every index in `0..<count`, on up to `activeProcessorCount` threads at
    /// once; the results in index order. `body` must be safe to call from several threads (the
    /// oracle's is: a new `ResponseDecoder` or `DataContractEncoder` per record, shared arrays
    /// only read).
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
        guard workers > 1 else { return (0..<count).map(body) }
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var computed: [(index: Int, value: T)] = []
            for index in stride(from: worker, to: count, by: workers) { computed.append((index, body(index))) }
            results.withLock { results in
                for (index, value) in computed { results[index] = value }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
