/** An import that cannot go on; the message names the file, column or row at fault and how to fix it. */
export class LeadImportError extends Error {
  override name = "LeadImportError";
}
