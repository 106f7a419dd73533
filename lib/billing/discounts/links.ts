// Where the payer's e-mails about discounts point: their contracts in the account (helper "ui").
export const CONTRACTS_LINK = '/konto/umowy';
