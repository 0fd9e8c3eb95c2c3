/** Historical leads that cannot support a suggested model; the message names what is missing. */
export class ModelSuggestionError extends Error {
  override name = "ModelSuggestionError";
}
