// What a charge asks for: its amount less its share of the contract's discounts (never below zero).
export const chargeDue = (c: { amount: number; discount: number }) => Math.max(0, c.amount - c.discount);
