// Texts of the language switcher in the header. Part of the Polish catalogue.
export const languageSwitch = {
  label: 'Język',
  change: 'Zmień',
  /** Each language's name in itself, the same in every catalogue. */
  names: { pl: 'Polski', en: 'English', uk: 'Українська' },
  /** Shown where the page is not yet translated into the chosen language. */
  partly: 'Część tej strony jest jeszcze po polsku.',
};
