// Texts of the cart, checkout, orders and payments. Part of the Polish catalogue.
export const checkout = {
  cart: 'Koszyk',
} as const;
