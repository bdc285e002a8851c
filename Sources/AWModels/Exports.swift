// The models' public API is made of DataContractXML types (`DateTime`, `DataContractDecoder.Options`,
// `DataContractXMLError`, `DecodingError.diagnosticDescription`), so `import AWModels` brings them in.
@_exported import DataContractXML
