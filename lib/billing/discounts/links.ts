// Where discount e-mails and the staff queue point: the payer's contracts in the account, and a
// contract's staff page (helper "ui": the number's slashes become dashes in the address, as in
// lib/billing/queries/paths.ts `panelContractPath`).
export const CONTRACTS_LINK = '/konto/umowy';
export const panelContractLink = (number: string) => `/panel/umowy/${number.replaceAll('/', '-')}`;
