export { chineseNumeral, Citation, CitationDocument, DocumentId, formatCitation } from "./Citation.ts"
export { nationalDocuments } from "./documents.ts"
