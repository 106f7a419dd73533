// Texts shared by every e-mail (emails/layout.tsx and the templates): the footer, the greeting,
// the signature, the fallback for a button. Part of the Polish catalogue.
export const emails = {
  footer: 'Wiadomość wysłana automatycznie przez platformę Planeta. Nie odpowiadaj na nią.',
  greeting: (firstName: string) => `Dzień dobry ${firstName},`,
  signature: '— Planeta',
  buttonFallback: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
  seeOrder: 'Zobacz zamówienie',
  order: (link: string) => `Zamówienie: ${link}`,
};
