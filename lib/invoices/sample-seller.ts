// The sample seller printed when PLANETA_SELLER_* are not set (development, demos, tests): demo
// data, not UI text.
export const SAMPLE_SELLER_NAME = 'Planeta sp. z o.o.';
export const SAMPLE_SELLER_ADDRESS = 'ul. Przykładowa 1, 00-001 Warszawa';
// Art. 206 KSH: the registry court with its KRS division and the share capital (5 000 zł, the
// statutory minimum of a sp. z o.o.), printed with the KRS number.
export const SAMPLE_SELLER_REGISTRY_COURT =
  'Sąd Rejonowy dla m.st. Warszawy w Warszawie, XIII Wydział Gospodarczy Krajowego Rejestru Sądowego';
export const SAMPLE_SELLER_SHARE_CAPITAL = '5000,00';
