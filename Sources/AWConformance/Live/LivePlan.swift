/// What `awkit live` sends: a list of calls, read from a JSON or YAML file.
///
/// ```yaml
/// calls:
///   - name: accept-pending              # optional: a label for reports and --record folders
///     endpoint: PhoneChat/AcceptReceivedBooking
///     body: { Credits: 8 }              # the JSON body (POST); or query: { … } for GET
///     recordKey: BookingID              # where each record ID goes (body member or query parameter)
///     records: [1001, 1002]             # one ID for both formats, or two: the JSON call's, the XML call's
///     parityIgnore: [BookingID, AcceptedDate, LastUpdated]
///     headers: { X-AWKit-Fault: "500" } # optional extra request headers
///   - name: details
///     endpoint: PhoneChat/MadeBookingDetails
///     groupManager: true                # the Group-manager path (/v1/Groups/…); add its UserID
///     query: { BookingID: "${reschedule.BookingID}", UserID: 42 }
/// ```
///
/// A string `${NAME.PATH}` or `${NAME:HEADER}` takes its value from an earlier call's answer
/// (``PlanReference``): each format from the answer in its own format. A plan with references
/// runs its calls one after the other, in plan order.
///
/// Each call is sent twice, with `Accept: application/json` and `Accept: application/xml`. A call
/// that changes state (its endpoint's method is not GET or HEAD) is sent only with
/// ``LiveOptions/allowWrites``; since a write usually cannot be repeated on the same record (an
/// accepted booking is no longer pending), such a call names two records, one per format, and the
/// properties that differ between two records by nature go in ``Call/parityIgnore``.
public struct LivePlan: Codable, Hashable, Sendable {
    /// One API call of the plan.
    public struct Call: Codable, Hashable, Sendable {
        /// A label for reports and recorded folders; defaults to the call's 1-based position.
        public var name: String?
        /// `Group/Operation` of a built-in or `--schemas` schema.
        public var endpoint: String
        /// Query parameters, added to the URL.
        public var query: [String: PlanValue]?
        /// The JSON request body (for POST/PUT); sent as `application/json; charset=utf-8`.
        public var body: PlanValue?
        /// The request property that carries the record ID (`BookingID`): a body member for
        /// endpoints that take a JSON body, else a query parameter. Required with ``records``.
        public var recordKey: String?
        /// The record IDs: none (the call as written), one (both formats ask for it), or two (the
        /// JSON request uses the first, the XML request the second).
        public var records: [PlanValue]?
        /// Paths (`BookingID`, `Client.*`) left out of the JSON/XML parity comparison: what
        /// differs between the two records of a write call.
        public var parityIgnore: [String]?
        /// Extra request headers (e.g. the stand-in's `X-AWKit-Fault`). `Authorization` and
        /// `Accept` cannot be set here.
        public var headers: [String: String]?
        /// Whether to call the endpoint's Group-manager path (`/v1/Groups/…`) instead of its
        /// regular one; the page's Group-manager parameters (`UserID`) then go in ``query`` or
        /// ``body``. Default `false`.
        public var groupManager: Bool?

        /// A call; see the properties.
        public init(
            name: String? = nil, endpoint: String, query: [String: PlanValue]? = nil, body: PlanValue? = nil,
            recordKey: String? = nil, records: [PlanValue]? = nil, parityIgnore: [String]? = nil,
            headers: [String: String]? = nil, groupManager: Bool? = nil
        ) {
            self.groupManager = groupManager
            self.name = name
            self.endpoint = endpoint
            self.query = query
            self.body = body
            self.recordKey = recordKey
            self.records = records
            self.parityIgnore = parityIgnore
            self.headers = headers
        }
    }

    /// The calls, in the order they are reported.
    public var calls: [Call]
    /// The line of each call in the YAML file it was read from (1-based), for error messages;
    /// `nil` for a JSON plan or one made in code. Not encoded.
    public var lines: [Int]?

    /// A plan of these calls.
    public init(calls: [Call], lines: [Int]? = nil) {
        self.calls = calls
        self.lines = lines
    }

    private enum CodingKeys: String, CodingKey {
        case calls
    }

    /// Whether a call takes a value from an earlier answer (then the calls run in order).
    public var hasReferences: Bool {
        calls.contains { (try? $0.references().isEmpty) == false }
    }
}
