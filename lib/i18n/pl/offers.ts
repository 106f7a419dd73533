// The purchase options of a course, as the course page, the cart and the order show them (and
// as an order's line stores them, in Polish).
export const offers = {
  single: 'Dla jednej osoby',
  package: (seats: number) => `Pakiet grupowy — ${seats} kont`,
} as const;
