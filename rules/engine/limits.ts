/** Hard cap on text checked, so a pathological paste can never stall the page. */
export const MAX_CHECKED_CHARS = 100_000;
