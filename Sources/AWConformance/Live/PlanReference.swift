import AWModels
import DataContractXML
import Foundation

/// A value a plan call takes from an earlier call's answer, written as a whole plan string:
///
/// - `${NAME.PATH}`: a value in the body of call `NAME`'s answer. `PATH` is members and list
///   positions from the root: `BookingID`, `[0].BookingID` (the first item of a list),
///   `Client.UserID`.
/// - `${NAME:HEADER}`: a header of call `NAME`'s answer (`${create:X-AWKit-BookingID}`, the
///   header in which the stand-in's CreateBooking `204` names the new booking).
///
/// - `${now+2d}`, `${now-30m}`: the time that far from when the request is sent (`d`, `h`, `m`,
///   `s`), as `YYYY-MM-DD HH:MM` in UTC, the form the booking pages document for their dates: a
///   plan that creates bookings in the future without dates that go stale.
///
/// Each format takes the value from the answer in its own format: the JSON request from the
/// earlier call's JSON answer, the XML request from its XML answer, so a write call that made
/// two records (one per format) feeds each to the matching request. A number keeps its type (a
/// JSON number, or XML text that is an integer, goes in as a number).
///
/// References may stand for a query parameter, a body member (at any depth) or a record. They
/// are checked when the plan is validated: `NAME` must be an earlier call, and `PATH`'s first
/// member one the earlier endpoint's page documents in its response.
public struct PlanReference: Hashable, Sendable, CustomStringConvertible {
    /// One step of a body path.
    public enum Step: Hashable, Sendable, CustomStringConvertible {
        /// A member by name.
        case member(String)
        /// A list position, 0-based.
        case index(Int)

        /// `Name` or `[n]`.
        public var description: String {
            switch self {
            case .member(let name): name
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// Where in the earlier answer the value is.
    public enum Source: Hashable, Sendable {
        /// A path in the body.
        case body([Step])
        /// A response header, by name (case-insensitive).
        case header(String)
        /// The time this many seconds from now.
        case clock(TimeInterval)
    }

    /// The earlier call's name (``LivePlan/Call/name`` or its 1-based position).
    public var call: String
    /// Where the value is.
    public var source: Source

    /// The reference as written: `${NAME.PATH}` or `${NAME:HEADER}`.
    public var description: String {
        switch source {
        case .body(let steps):
            let path = steps.map { step in
                if case .member(let name) = step { return "." + name }
                return step.description
            }.joined()
            return "${\(call)\(path)}"
        case .header(let name): return "${\(call):\(name)}"
        case .clock(let seconds): return "${now\(seconds < 0 ? "-" : "+")\(Int(abs(seconds)))s}"
        }
    }

    /// A reference.
    public init(call: String, source: Source) {
        self.call = call
        self.source = source
    }

    /// The reference a plan string holds: `nil` when the string does not start with `${` (an
    /// ordinary value).
    ///
    /// - Throws: a message for a string that starts with `${` but is not a reference.
    public static func parse(_ text: String) throws(PlanReferenceSyntaxError) -> PlanReference? {
        guard text.hasPrefix("${") else { return nil }
        guard text.hasSuffix("}"), text.count > 3 else {
            throw PlanReferenceSyntaxError(text: text, reason: "a reference is ${CALL.PATH} or ${CALL:HEADER}, closed by }")
        }
        let inner = String(text.dropFirst(2).dropLast())
        if inner.hasPrefix("now+") || inner.hasPrefix("now-") {
            let sign: Double = inner.hasPrefix("now-") ? -1 : 1
            let amount = inner.dropFirst(4)
            let units: [Character: Double] = ["d": 86_400, "h": 3_600, "m": 60, "s": 1]
            guard let unit = amount.last, let factor = units[unit], let count = Int(amount.dropLast()), count >= 0, count <= 3_650_000 else {
                throw PlanReferenceSyntaxError(text: text, reason: "a time is ${now+N} or ${now-N} with N a whole number and a unit d, h, m or s")
            }
            return PlanReference(call: "now", source: .clock(sign * Double(count) * factor))
        }
        if let colon = inner.firstIndex(of: ":"), !inner[..<colon].contains(".") {
            let call = String(inner[..<colon])
            let header = String(inner[inner.index(after: colon)...])
            guard !call.isEmpty, LivePlan.isHeaderName(header) else {
                throw PlanReferenceSyntaxError(text: text, reason: "${CALL:HEADER} needs a call name and an HTTP header name")
            }
            return PlanReference(call: call, source: .header(header))
        }
        // CALL then .member or [n] steps.
        let start = inner.firstIndex { $0 == "." || $0 == "[" } ?? inner.endIndex
        let call = String(inner[..<start])
        guard !call.isEmpty else { throw PlanReferenceSyntaxError(text: text, reason: "the reference names no call") }
        var steps: [Step] = []
        var rest = inner[start...]
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let name = String(rest[..<end])
                guard !name.isEmpty else { throw PlanReferenceSyntaxError(text: text, reason: "an empty member name in the path") }
                steps.append(.member(name))
                rest = rest[end...]
            } else if first == "[" {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0 else {
                    throw PlanReferenceSyntaxError(text: text, reason: "a list position is [n] with n 0 or more")
                }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            } else {
                throw PlanReferenceSyntaxError(text: text, reason: "expected . or [ in the path")
            }
        }
        guard !steps.isEmpty else {
            throw PlanReferenceSyntaxError(text: text, reason: "the reference has no path: ${CALL.Member} for the body, ${CALL:Header} for a header")
        }
        return PlanReference(call: call, source: .body(steps))
    }

    /// The value in an answer, or why there is none.
    ///
    /// - Parameters:
    ///   - exchange: the earlier call's exchange in the same format.
    /// - Returns: the value, or a message saying why it cannot be taken.
    public func value(in exchange: LiveExchange) -> Result<PlanValue, PlanReferenceSyntaxError> {
        func missing(_ reason: String) -> Result<PlanValue, PlanReferenceSyntaxError> {
            .failure(PlanReferenceSyntaxError(text: description, reason: reason))
        }
        if case .clock(let seconds) = source { return .success(.string(Self.clockText(Date().addingTimeInterval(seconds)))) }
        guard exchange.sent, exchange.failure?.kind != .unresolvedReference else { return missing("call \(call) was not sent") }
        guard let status = exchange.status else { return missing("call \(call) got no answer") }
        guard (200..<300).contains(status) else {
            let message = LiveRunner.errorMessage(in: exchange.body).map { ": \($0)" } ?? ""
            return missing("call \(call) answered HTTP \(status)\(message)")
        }
        switch source {
        case .clock:
            return missing("unreachable")
        case .header(let name):
            guard let value = exchange.header(name) else { return missing("the answer of \(call) has no \(name) header") }
            return .success(PlanValue.numeric(value) ?? .string(value))
        case .body(let steps):
            if exchange.request.accept == .json {
                guard var node = try? JSONTree.parse(exchange.body).root else { return missing("the JSON answer of \(call) is not JSON") }
                for step in steps {
                    switch (step, node) {
                    case (.member(let name), .object(let members, _)):
                        guard let member = members.last(where: { $0.key == name }) else { return missing("the answer of \(call) has no \(name)") }
                        node = member.value
                    case (.index(let index), .array(let items, _)):
                        guard index < items.count else { return missing("the answer of \(call) has \(items.count) items, not an item [\(index)]") }
                        node = items[index]
                    default:
                        return missing("\(step) does not fit the answer of \(call)")
                    }
                }
                switch node {
                case .string(let text, _): return .success(.string(text))
                case .number(let text, _): return .success(PlanValue.numeric(text) ?? .string(text))
                case .bool(let value, _): return .success(.bool(value))
                case .null: return .success(.null)
                default: return missing("the value at \(description) is not a single value")
                }
            }
            guard var element = (try? XMLTree.parse(exchange.body))?.root else { return missing("the XML answer of \(call) is not XML") }
            for step in steps {
                switch step {
                case .member(let name):
                    guard let child = element.children.first(where: { $0.localName == name }) else { return missing("the answer of \(call) has no \(name)") }
                    element = child
                case .index(let index):
                    guard index < element.children.count else {
                        return missing("the answer of \(call) has \(element.children.count) items, not an item [\(index)]")
                    }
                    element = element.children[index]
                }
            }
            guard element.children.isEmpty else { return missing("the value at \(description) is not a single value") }
            if element.isNil { return .success(.null) }
            return .success(PlanValue.numeric(element.text) ?? .string(element.text))
        }
    }
}

extension PlanReference {
    /// `date` as `YYYY-MM-DD HH:MM` in UTC.
    public static func clockText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return "\(c.year ?? 1970)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}

/// A string that starts like a plan reference (`${`) but is not one, or a reference whose value
/// cannot be taken.
public struct PlanReferenceSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The string as written.
    public var text: String
    /// What is wrong.
    public var reason: String

    /// `text: reason`.
    public var description: String { "\(text): \(reason)" }
}

extension PlanValue {
    /// The plan strings of this value, at any depth.
    var strings: [String] {
        switch self {
        case .string(let s): [s]
        case .array(let items): items.flatMap(\.strings)
        case .object(let members): members.keys.sorted().flatMap { members[$0]!.strings }
        default: []
        }
    }

    /// This value with each reference string replaced by what `resolve` gives it.
    func resolving(_ resolve: (PlanReference) throws(PlanReferenceSyntaxError) -> PlanValue) throws(PlanReferenceSyntaxError) -> PlanValue {
        switch self {
        case .string(let s):
            guard let reference = try PlanReference.parse(s) else { return self }
            return try resolve(reference)
        case .array(let items):
            var out: [PlanValue] = []
            for item in items { out.append(try item.resolving(resolve)) }
            return .array(out)
        case .object(let members):
            var out: [String: PlanValue] = [:]
            for (key, value) in members { out[key] = try value.resolving(resolve) }
            return .object(out)
        default:
            return self
        }
    }
}

extension LivePlan.Call {
    /// Every reference in the call's query, body and records.
    public func references() throws(PlanReferenceSyntaxError) -> [PlanReference] {
        var strings: [String] = []
        for key in (query ?? [:]).keys.sorted() { strings += query![key]!.strings }
        strings += body?.strings ?? []
        strings += (records ?? []).flatMap(\.strings)
        var out: [PlanReference] = []
        for string in strings {
            if let reference = try PlanReference.parse(string) { out.append(reference) }
        }
        return out
    }

    /// The call with each reference replaced by its value.
    func resolving(_ resolve: (PlanReference) throws(PlanReferenceSyntaxError) -> PlanValue) throws(PlanReferenceSyntaxError) -> LivePlan.Call {
        var call = self
        if let query {
            var out: [String: PlanValue] = [:]
            for (key, value) in query { out[key] = try value.resolving(resolve) }
            call.query = out
        }
        call.body = try body?.resolving(resolve)
        if let records {
            var out: [PlanValue] = []
            for record in records { out.append(try record.resolving(resolve)) }
            call.records = out
        }
        return call
    }
}
