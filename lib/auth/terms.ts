/** The version of the terms a person accepts; stored with every account and order. */
export const TERMS_VERSION = '2026-11-01';
