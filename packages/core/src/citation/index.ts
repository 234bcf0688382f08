export { chineseNumeral, Citation, CitationDocument, ClauseNumber, DocumentId, formatCitation, ItemLetter } from "./Citation.ts"
export { nationalDocuments } from "./documents.ts"
