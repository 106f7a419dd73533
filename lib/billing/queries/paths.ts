// Where contracts live in the address bar. A contract number ("UM/2026/7KQ3XZ") holds slashes,
// which no path segment may, so the address carries it with dashes instead.
export const OFFERS_PATH = '/umowy';
export const ACCOUNT_CONTRACTS_PATH = '/konto/umowy';
// /panel/umowy is the queue of group agreements (lib/groups/agreement): customers' contracts
// are listed one level down, beside their overdue list, statements and detail pages.
export const PANEL_CONTRACTS_PATH = '/panel/umowy/lista';
export const PANEL_OVERDUE_PATH = '/panel/umowy/zalegle';
export const PANEL_STATEMENTS_PATH = '/panel/umowy/wyciagi';

/** A contract number's shape (lib/billing/contracts/sign.ts: "UM/2026/7KQ3XZ"). */
export const CONTRACT_NUMBER = /^UM\/\d{4}\/[0-9A-Z]{1,12}$/;

export const contractSlug = (number: string) => number.replaceAll('/', '-');
export const numberFromSlug = (slug: string) => slug.replaceAll('-', '/');
export const offerPath = (slug: string) => `${OFFERS_PATH}/${slug}`;
export const accountContractPath = (number: string) => `${ACCOUNT_CONTRACTS_PATH}/${contractSlug(number)}`;
export const panelContractPath = (number: string) => `/panel/umowy/${contractSlug(number)}`;
export const proformaPath = (chargeId: string) => `/api/proforma/${chargeId}`;
export const invoicePath = (orderId: string) => `/zamowienia/${orderId}/faktura`;
