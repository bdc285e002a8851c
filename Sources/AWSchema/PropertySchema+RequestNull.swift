/// How Web API reads a JSON `null` for a request member, so that the stand-in's validation and the
/// OpenAPI document agree.
extension PropertySchema {
    /// Whether a JSON request body may carry `null` for this member without Web API refusing it.
    ///
    /// Json.NET (Web API's JSON formatter) sets a member of a .NET reference type — `string`, an
    /// `aws:` object, a list — to `null`; only `[Required]` then refuses it. A member of a value
    /// type (`int`, `long`, `decimal`, `bool`, `DateTime`) cannot hold `null` unless it is
    /// `Nullable<T>`: Json.NET refuses it with "Error converting value {null} to type
    /// 'System.Int32'" (verified with Json.NET through Mono). So `null` is accepted when the page
    /// says the member is nullable, or when it is optional and of a reference type. A date or time
    /// with a format the page gives (`dd-MM-YYYY`) is taken to be a string the server parses,
    /// since Json.NET reads no such format into a `DateTime`; a type AWKit does not understand
    /// is taken to be a reference type.
    public var acceptsJSONNullInRequest: Bool {
        if nullable.value { return true }
        switch type.value {
        case .integer, .bigInteger, .decimal, .boolean: return false
        case .date, .datetime: return !required.value && format != nil
        case .string, .commaSeparatedIntegers, .object, .array, .unknown: return !required.value
        }
    }
}
