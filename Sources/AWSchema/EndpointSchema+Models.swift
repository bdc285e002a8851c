// The rules the generated models follow, shared by the generator and the schema-only decoder so
// that the two cannot drift.

extension PropertySchema {
    /// Whether a model's property for this member is `Optional`: the page allows null, states a
    /// condition, does not require it, or its type is not understood.
    public var isOptionalInModels: Bool {
        nullable.value || condition != nil || !required.value || type.value.isUnknown
    }
}

extension EndpointSchema {
    /// The operation's name (`AcceptReceivedBooking` of `PhoneChat/AcceptReceivedBooking`).
    public var operation: String {
        String(endpoint.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    /// The group's name (`PhoneChat` of `PhoneChat/AcceptReceivedBooking`).
    public var group: String {
        String(endpoint.split(separator: "/", omittingEmptySubsequences: false).first ?? "")
    }

    /// Whether the request's parameters go in a JSON body: the page says so, or it says nothing
    /// and the method is not GET.
    public var passesParametersInBody: Bool {
        parameterPassing == .jsonBody || (parameterPassing == .unspecified && method != "GET")
    }

    /// Whether a request model's property for this parameter is `Optional`: as for any property,
    /// or, on a page with several request forms, when some form does not require it. The
    /// Group-manager parameters are always optional (setting one makes the call a Group manager's).
    public func isOptionalRequestParameter(_ parameter: PropertySchema) -> Bool {
        if !request.contains(where: { $0.name == parameter.name }) { return true }
        if let variants = requestVariants {
            return !variants.allSatisfy { variant in
                variant.properties.contains { $0.name == parameter.name && $0.required.value }
            }
        }
        return parameter.isOptionalInModels
    }

    /// The request's parameters as a model has them: the documented ones, then the Group-manager
    /// ones the request does not already have.
    public var requestParameters: [PropertySchema] {
        request + groupManagerParameters.filter { parameter in !request.contains { $0.name == parameter.name } }
    }
}
