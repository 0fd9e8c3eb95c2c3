/** Hidden input that people never see or fill; a value in it marks a bot. */
export const HONEYPOT_FIELD = "website";

/** Hidden input that carries the signed render token of a hosted form. */
export const RENDER_TOKEN_FIELD = "_pellet_token";

/** Largest request body, in bytes, that the JSON endpoint reads. */
export const MAX_BODY_BYTES = 64 * 1024;
